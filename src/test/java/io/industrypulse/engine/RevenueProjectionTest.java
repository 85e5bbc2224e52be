package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The 小升规 projection on series whose trend is known, the batch test at its reference month, and the back-test. */
class RevenueProjectionTest {

    /** Last year's months, then this year's as {@code factor} times last year's through {@code lastMonth}. */
    private static double[] series(double[] lastYear, double factor, int lastMonth) {
        double[] r = new double[24];
        Arrays.fill(r, Double.NaN);
        System.arraycopy(lastYear, 0, r, 0, 12);
        for (int k = 0; k < lastMonth; k++) {
            r[12 + k] = lastYear[k] * factor;
        }
        return r;
    }

    private static double[] seasonal(double level) {
        double[] months = new double[12];
        for (int k = 0; k < 12; k++) {
            months[k] = level * (1 + 0.3 * Math.sin(k));
        }
        return months;
    }

    @Test
    void aSteadyTrendProjectsTheYearAsLastYearTimesTheTrend() {
        double[] last = seasonal(150);
        double lastTotal = Arrays.stream(last).sum();
        var p = RevenueProjection.project(new RevenueProjection.Series(series(last, 1.2, 10), 10));
        assertThat(p.trend().getAsDouble()).isCloseTo(1.2, within(1e-12));
        assertThat(p.annual()).isCloseTo(1.2 * lastTotal, within(1e-9));
        // trailing twelve months: November and December of last year, January to October of this year
        double trailing = last[10] + last[11];
        for (int k = 0; k < 10; k++) {
            trailing += 1.2 * last[k];
        }
        assertThat(p.trailing().getAsDouble()).isCloseTo(trailing, within(1e-9));
    }

    @Test
    void anEnterpriseQualifiesWhenTheTwelveMonthsToTheReferenceMonthReachTheThreshold() {
        // 1,800 last year in even months; this year 20% up: the twelve months to October are 1,800 + 10 months' growth
        double[] last = new double[12];
        Arrays.fill(last, 150);
        double[] r = series(last, 1.2, 10);
        var s = new RevenueProjection.Series(r, 10);
        var p = RevenueProjection.project(s);
        // to October: Nov, Dec of last year (300) + 10 × 180 = 2,100
        assertThat(RevenueProjection.twelveMonthsTo(s, p, 10)).isCloseTo(2100, within(1e-9));
        assertThat(RevenueProjection.qualifies(s, p, 10, 2000)).isTrue();
        // to March: Apr..Dec last year (9 × 150) + 3 × 180 = 1,890: not yet
        assertThat(RevenueProjection.qualifies(s, p, 3, 2000)).isFalse();
        // to December (a batch due in January next year): projected 12 × 180 = 2,160
        assertThat(RevenueProjection.twelveMonthsTo(s, p, 12)).isCloseTo(2160, within(1e-9));
        // last year alone (a February batch of this year, due 5 January): 1,800
        assertThat(RevenueProjection.twelveMonthsTo(s, p, 0)).isCloseTo(1800, within(1e-9));
    }

    @Test
    void theTrailingSumOfAMonthIsItsTwelveMonths() {
        double[] months = new double[24];
        for (int k = 0; k < 24; k++) {
            months[k] = k + 1;
        }
        months[13] = Double.NaN; // unreported: counts 0
        double[] trailing = RevenueProjection.trailingByMonth(months);
        assertThat(trailing[10]).isNaN();
        assertThat(trailing[11]).isEqualTo(78); // 1 + ... + 12
        assertThat(trailing[12]).isEqualTo(78 - 1 + 13);
        assertThat(trailing[23]).isEqualTo((13 + 24) * 12 / 2.0 - 14);
    }

    @Test
    void withoutLastYearTheAverageOfTheMonthsSoFarRunsForward() {
        double[] r = new double[24];
        Arrays.fill(r, Double.NaN);
        r[12 + 6] = 100; // July
        r[12 + 7] = 140;
        var p = RevenueProjection.project(new RevenueProjection.Series(r, 8));
        assertThat(p.trend()).isEmpty();
        // January..June unreported count 0; two reported months average 120, four more projected
        assertThat(p.annual()).isCloseTo(240 + 4 * 120, within(1e-9));
    }

    @Test
    void theBackTestOfAnExactTrendIsExactAndNoiseShowsInTheError() {
        SplittableRandom random = new SplittableRandom(7);
        List<double[]> exact = new ArrayList<>();
        List<double[]> noisy = new ArrayList<>();
        for (int e = 0; e < 200; e++) {
            double[] last = seasonal(random.nextDouble(80, 250));
            double factor = random.nextDouble(0.8, 1.4);
            double[] full = series(last, factor, 12);
            exact.add(full);
            double[] shaken = full.clone();
            for (int k = 12; k < 24; k++) {
                shaken[k] *= random.nextDouble(0.9, 1.1);
            }
            noisy.add(shaken);
        }
        var perfect = RevenueProjection.backTest(exact, 9, 2000);
        assertThat(perfect.enterprises()).isEqualTo(200);
        assertThat(perfect.meanAbsolutePercentError()).isCloseTo(0, within(1e-12));
        assertThat(perfect.classifiedRight()).isEqualTo(1.0);
        var rough = RevenueProjection.backTest(noisy, 9, 2000);
        assertThat(rough.meanAbsolutePercentError()).isGreaterThan(0).isLessThan(0.1);
    }
}
