package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A month's per-enterprise figures add up to the engine's: comparable value added to each county's month figure, last
 * year's value added to the seasonal profile of the monthly plan; and the gross output of a comparable value added
 * inverts C.
 */
class EnterpriseMonthTest {

    @Test
    void perEnterpriseFiguresAddUpToTheEnginesCountyFiguresAndProfile() {
        for (long seed = 1; seed <= 5; seed++) {
            EngineInput input = SyntheticCity.generate(seed, 300, 10);
            EngineResult result = Engine.compute(input);
            for (int month = 1; month <= 12; month++) {
                EnterpriseMonth figures = EnterpriseMonth.of(input, month);
                for (int k = 0; k < SyntheticCity.COUNTIES; k++) {
                    double c = 0;
                    double l = 0;
                    for (int e = 0; e < figures.size(); e++) {
                        if (figures.reported()[e] && figures.county()[e] == k) {
                            c += figures.comparable()[e];
                        }
                        if (figures.profiled()[e] && figures.profileCounty()[e] == k) {
                            l += figures.profile()[e];
                        }
                    }
                    if (month <= 10) {
                        double engine = result.county(k).month(month).comparableMonth();
                        assertThat(c).isCloseTo(engine, within(1e-9 * Math.max(1, engine)));
                    } else {
                        assertThat(c).as("no data after month 10").isZero();
                    }
                    double profile = MonthlyPlan.lastYearProfiles(input)[k + 1][month - 1];
                    assertThat(l).isCloseTo(profile, within(1e-9 * Math.max(1, profile)));
                }
            }
        }
    }

    @Test
    void grossOutputInvertsTheComparableValueAdded() {
        EngineInput input = SyntheticCity.generate(7, 50, 10);
        Rows rows = input.rows();
        int checked = 0;
        for (int i = 0; i < rows.size(); i++) {
            int p = rows.period()[i];
            if (p >= Rows.currentYear(1)) {
                int month = p - Rows.currentYear(1) + 1;
                int d = rows.division()[i];
                double c = rows.output()[i] * input.vaRatioCurrent()[d] / (input.ppi()[month - 1][d] / 100);
                assertThat(EnterpriseMonth.grossOutput(input, c, d, month))
                        .isCloseTo(rows.output()[i], within(1e-9 * Math.max(1, rows.output()[i])));
                checked++;
            }
        }
        assertThat(checked).isPositive();
        // a month without a published PPI (0) takes the latest published one
        int d = rows.division()[0];
        double[][] ppi = new double[12][];
        for (int m = 0; m < 12; m++) {
            ppi[m] = input.ppi()[m].clone();
        }
        ppi[10][d] = 0;
        ppi[11][d] = 0;
        EngineInput unpublished = new EngineInput(
                input.year(),
                input.countyCount(),
                input.divisionCount(),
                rows,
                input.vaRatioPrevious(),
                input.vaRatioCurrent(),
                ppi,
                input.targets(),
                input.benchmarks(),
                input.tags());
        assertThat(EnterpriseMonth.grossOutput(unpublished, 100, d, 12))
                .isCloseTo(100 / input.vaRatioCurrent()[d] * ppi[9][d] / 100, within(1e-9));
    }
}
