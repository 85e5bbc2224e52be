package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The stake of a stopped enterprise against a recomputed snapshot: the year is completed twice, every other
 * enterprise producing the same in both, the one enterprise carrying its latest month forward in one and producing
 * last year's output at this year's prices in the other. The difference of the two years' cumulative growth, for its
 * county and the city, is the stake in percentage points. The generated city keeps last year's value-added ratios and
 * this year's same-scope base equal to last year's rows, so that the remaining base B estimated from the seasonal
 * profile is exactly the base the completed year has.
 */
class OutputAtStakeTest {

    @RepeatedTest(20)
    void equalsTheGrowthDifferenceOfTheRecomputedYear(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
        int lastMonth = 1 + random.nextInt(11);
        GeneratedCity city = GeneratedCity.generate(random, 40);
        int stopped = random.nextInt(40);
        city.stop(stopped, lastMonth, random.nextDouble(0, 0.6));

        OutputAtStake.Stake stake =
                OutputAtStake.of(city.input(lastMonth), stopped).orElseThrow();

        EngineResult now = Engine.compute(city.completedYear(lastMonth, stopped, false));
        EngineResult normal = Engine.compute(city.completedYear(lastMonth, stopped, true));
        int k = city.county[stopped];
        assertThat(stake.county()).isEqualTo(k);
        double comparableNow = now.county(k).month(12).comparableCum();
        double comparableNormal = normal.county(k).month(12).comparableCum();
        assertThat(stake.valueAdded()).isCloseTo(comparableNormal - comparableNow, within(1e-6));
        assertThat(stake.countyPoints().getAsDouble())
                .isCloseTo(cum(normal.county(k)) - cum(now.county(k)), within(1e-9));
        assertThat(stake.cityPoints().getAsDouble()).isCloseTo(cum(normal.city()) - cum(now.city()), within(1e-9));
    }

    @Test
    void aStoppedEnterpriseIsWorthLastYearsRemainingValueAddedByHand() {
        // one county, one division, r = 0.25 both years, PPI 100: two enterprises of 100 a month last year; this year
        // the second has stopped in October (output 0). Rest of year: Nov + Dec at 100 * 0.25 = 25 each, dC = 50.
        // Ay = Ad + B = 10 months * 2 * 25 + 2 months * 2 * 25 = 600, so 50 / 600 * 100 = 8.333… pp.
        List<double[]> rows = new ArrayList<>();
        for (int e = 0; e < 2; e++) {
            for (int m = 1; m <= 12; m++) {
                rows.add(new double[] {Rows.previousYear(m), e, 100, 0});
            }
            for (int m = 1; m <= 10; m++) {
                rows.add(new double[] {Rows.currentYear(m), e, e == 1 && m == 10 ? 0 : 100, 100});
            }
        }
        int n = rows.size();
        int[] period = new int[n];
        int[] enterprise = new int[n];
        double[] output = new double[n];
        double[] outputLy = new double[n];
        for (int i = 0; i < n; i++) {
            period[i] = (int) rows.get(i)[0];
            enterprise[i] = (int) rows.get(i)[1];
            output[i] = rows.get(i)[2];
            outputLy[i] = rows.get(i)[3];
        }
        double[][] ppi = new double[12][];
        for (int m = 0; m < 12; m++) {
            ppi[m] = new double[] {100};
        }
        EngineInput input = new EngineInput(
                2026,
                1,
                1,
                new Rows(period, enterprise, new int[n], new int[n], output, outputLy),
                new double[] {0.25},
                new double[] {0.25},
                ppi,
                Targets.none(1),
                Benchmarks.none(),
                List.of());

        OutputAtStake.Stake stake = OutputAtStake.of(input, 1).orElseThrow();

        assertThat(stake.valueAdded()).isCloseTo(50, within(1e-12));
        assertThat(stake.countyPoints().getAsDouble()).isCloseTo(50.0 / 600 * 100, within(1e-12));
        assertThat(stake.cityPoints().getAsDouble()).isCloseTo(50.0 / 600 * 100, within(1e-12));
    }

    @Test
    void nothingIsLeftInDecemberOrForAnEnterpriseWithoutARowInTheLatestMonth() {
        SplittableRandom random = new SplittableRandom(7);
        GeneratedCity city = GeneratedCity.generate(random, 10);
        assertThat(OutputAtStake.of(city.input(12), 0)).isEmpty();
        assertThat(OutputAtStake.of(city.input(10), 99)).isEmpty();
    }

    private static double cum(GroupResult group) {
        OptionalDouble growth = group.month(12).cumGrowth();
        return growth.getAsDouble();
    }
}
