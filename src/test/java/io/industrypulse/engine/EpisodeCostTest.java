package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The cost of an episode against a recomputed snapshot: the same data with the enterprises' outputs reduced by their
 * losses. Its month and cumulative growth, per county and for the city, fall by exactly the points the cost gives; for
 * the year, the completed year with and without the losses (every other month as generated) differs by the year's
 * points.
 */
class EpisodeCostTest {

    @RepeatedTest(20)
    void equalsTheGrowthThatTheRecomputedSnapshotLoses(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(100 + repetition.getCurrentRepetition());
        int lastMonth = 1 + random.nextInt(12);
        GeneratedCity city = GeneratedCity.generate(random, 40);
        Map<Integer, double[]> losses = losses(random, city, lastMonth, 8);

        EpisodeCost.Cost cost = EpisodeCost.of(city.input(lastMonth), losses);

        EngineResult before = Engine.compute(city.input(lastMonth));
        EngineResult after = Engine.compute(city.build(lastMonth, reduced(city, losses)));
        for (int k = 0; k < GeneratedCity.COUNTIES; k++) {
            EpisodeCost.GroupLoss county = cost.counties().get(k);
            assertThat(county.cumulativePoints().getAsDouble())
                    .isCloseTo(cum(before.county(k), lastMonth) - cum(after.county(k), lastMonth), within(1e-9));
            for (int m = 1; m <= lastMonth; m++) {
                assertThat(county.monthPoints(m).getAsDouble())
                        .as("county %d month %d", k, m)
                        .isCloseTo(month(before.county(k), m) - month(after.county(k), m), within(1e-9));
            }
        }
        EpisodeCost.GroupLoss whole = cost.city();
        assertThat(whole.cumulativePoints().getAsDouble())
                .isCloseTo(cum(before.city(), lastMonth) - cum(after.city(), lastMonth), within(1e-9));
        assertThat(whole.valueAdded())
                .isCloseTo(
                        before.city().month(lastMonth).comparableCum()
                                - after.city().month(lastMonth).comparableCum(),
                        within(1e-6));
        double output = losses.values().stream()
                .flatMapToDouble(java.util.Arrays::stream)
                .sum();
        assertThat(whole.output()).isCloseTo(output, within(1e-6));
    }

    @RepeatedTest(20)
    void forTheYearEqualsWhatTheCompletedYearLoses(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(500 + repetition.getCurrentRepetition());
        int lastMonth = 1 + random.nextInt(11);
        GeneratedCity city = GeneratedCity.generate(random, 40);
        // an episode running on past the latest month: losses in any month of the year
        Map<Integer, double[]> losses = losses(random, city, 12, 8);

        EpisodeCost.Cost cost = EpisodeCost.of(city.input(lastMonth), losses);

        EngineResult whole = Engine.compute(city.build(12, city.thisYear));
        EngineResult cut = Engine.compute(city.build(12, reduced(city, losses)));
        for (int k = 0; k < GeneratedCity.COUNTIES; k++) {
            assertThat(cost.counties().get(k).yearPoints().getAsDouble())
                    .isCloseTo(cum(whole.county(k), 12) - cum(cut.county(k), 12), within(1e-9));
        }
        assertThat(cost.city().yearPoints().getAsDouble())
                .isCloseTo(cum(whole.city(), 12) - cum(cut.city(), 12), within(1e-9));
    }

    @Test
    void aDayOfLimitedProductionByHand() {
        // one enterprise of one county, r = 0.25, PPI 105 in March; last year 100 a month (A = 25 a month), this year
        // data through March. A red alert limits it by 30% for 3 days of March at a daily base of 4 万元: output loss
        // 4 × 3 × 0.3 = 3.6, valued 3.6 × 0.25 / 1.05 = 0.857142…; March's base 25, so 3.428571… points of March's
        // growth; cumulatively 0.857142… / 75 × 100; for the year 0.857142… / 300 × 100.
        int n = 12 + 3;
        int[] period = new int[n];
        double[] output = new double[n];
        double[] outputLy = new double[n];
        for (int m = 1; m <= 12; m++) {
            period[m - 1] = Rows.previousYear(m);
            output[m - 1] = 100;
        }
        for (int m = 1; m <= 3; m++) {
            period[11 + m] = Rows.currentYear(m);
            output[11 + m] = 110;
            outputLy[11 + m] = 100;
        }
        double[][] ppi = new double[12][];
        for (int m = 0; m < 12; m++) {
            ppi[m] = new double[] {m == 2 ? 105 : 100};
        }
        EngineInput input = new EngineInput(
                2026,
                1,
                1,
                new Rows(period, new int[n], new int[n], new int[n], output, outputLy),
                new double[] {0.25},
                new double[] {0.25},
                ppi,
                Targets.none(1),
                Benchmarks.none(),
                List.of());
        double[] loss = new double[12];
        loss[2] = 4 * 3 * 0.3;

        EpisodeCost.Cost cost = EpisodeCost.of(input, Map.of(0, loss));

        double valueAdded = 3.6 * 0.25 / 1.05;
        assertThat(cost.enterprises()).singleElement().satisfies(e -> {
            assertThat(e.output()).isCloseTo(3.6, within(1e-12));
            assertThat(e.valueAdded()).isCloseTo(valueAdded, within(1e-12));
        });
        EpisodeCost.GroupLoss county = cost.counties().get(0);
        assertThat(county.monthPoints(3).getAsDouble()).isCloseTo(valueAdded / 25 * 100, within(1e-12));
        assertThat(county.monthPoints(2).getAsDouble()).isZero();
        assertThat(county.cumulativePoints().getAsDouble()).isCloseTo(valueAdded / 75 * 100, within(1e-12));
        assertThat(county.yearPoints().getAsDouble()).isCloseTo(valueAdded / 300 * 100, within(1e-12));
        // April has no data yet: its base is estimated from last year's profile, 75 × 25 / 75 = 25; a loss of 2 there
        // is valued at April's PPI 100: 2 × 0.25 = 0.5, 2 points of April's growth
        double[] april = new double[12];
        april[3] = 2;
        assertThat(EpisodeCost.of(input, Map.of(0, april))
                        .counties()
                        .get(0)
                        .monthPoints(4)
                        .getAsDouble())
                .isCloseTo(0.5 / 25 * 100, within(1e-12));
    }

    @Test
    void refusesANegativeLossOrAnEnterpriseWithoutRows() {
        GeneratedCity city = GeneratedCity.generate(new SplittableRandom(3), 5);
        double[] negative = new double[12];
        negative[0] = -1;
        assertThatThrownBy(() -> EpisodeCost.of(city.input(6), Map.of(0, negative)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EpisodeCost.of(city.input(6), Map.of(99, new double[12])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Losses of up to half the month's output, in random months up to {@code lastMonth}, for some enterprises. */
    private static Map<Integer, double[]> losses(
            SplittableRandom random, GeneratedCity city, int lastMonth, int enterprises) {
        Map<Integer, double[]> losses = new HashMap<>();
        while (losses.size() < enterprises) {
            int e = random.nextInt(city.thisYear.length);
            double[] loss = new double[12];
            for (int m = 0; m < lastMonth; m++) {
                if (random.nextInt(3) == 0) {
                    loss[m] = city.thisYear[e][m] * random.nextDouble(0, 0.5);
                }
            }
            losses.put(e, loss);
        }
        return losses;
    }

    private static double[][] reduced(GeneratedCity city, Map<Integer, double[]> losses) {
        double[][] output = new double[city.thisYear.length][];
        for (int e = 0; e < output.length; e++) {
            output[e] = city.thisYear[e].clone();
            double[] loss = losses.get(e);
            for (int m = 0; loss != null && m < 12; m++) {
                output[e][m] -= loss[m];
            }
        }
        return output;
    }

    private static double cum(GroupResult group, int month) {
        return group.month(month).cumGrowth().getAsDouble();
    }

    private static double month(GroupResult group, int month) {
        return group.month(month).monthGrowth().getAsDouble();
    }
}
