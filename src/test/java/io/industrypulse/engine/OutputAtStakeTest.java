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

    private static final int COUNTIES = 3;
    private static final int DIVISIONS = 4;

    @RepeatedTest(20)
    void equalsTheGrowthDifferenceOfTheRecomputedYear(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
        int lastMonth = 1 + random.nextInt(11);
        City city = City.generate(random, 40);
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
        City city = City.generate(random, 10);
        assertThat(OutputAtStake.of(city.input(12), 0)).isEmpty();
        assertThat(OutputAtStake.of(city.input(10), 99)).isEmpty();
    }

    private static double cum(GroupResult group) {
        OptionalDouble growth = group.month(12).cumGrowth();
        return growth.getAsDouble();
    }

    /** Last year's output and this year's, per enterprise and month; ratios equal in both years. */
    private static final class City {
        final int[] county;
        final int[] division;
        final double[][] lastYear;
        final double[][] thisYear;
        final double[] ratio;
        final double[][] ppi;

        private City(int enterprises, SplittableRandom random) {
            county = new int[enterprises];
            division = new int[enterprises];
            lastYear = new double[enterprises][12];
            thisYear = new double[enterprises][12];
            ratio = new double[DIVISIONS];
            ppi = new double[12][DIVISIONS];
            for (int d = 0; d < DIVISIONS; d++) {
                ratio[d] = random.nextDouble(0.15, 0.4);
                for (int m = 0; m < 12; m++) {
                    ppi[m][d] = random.nextDouble(92, 108);
                }
            }
            for (int e = 0; e < enterprises; e++) {
                county[e] = e % COUNTIES; // every county has enterprises
                division[e] = random.nextInt(DIVISIONS);
                double level = Math.exp(random.nextDouble(4, 8));
                for (int m = 0; m < 12; m++) {
                    lastYear[e][m] = level * random.nextDouble(0.8, 1.2);
                    thisYear[e][m] = lastYear[e][m] * random.nextDouble(0.85, 1.25);
                }
            }
        }

        static City generate(SplittableRandom random, int enterprises) {
            return new City(enterprises, random);
        }

        /** Cuts the enterprise's output to {@code share} of last year's from month {@code month} on. */
        void stop(int e, int month, double share) {
            for (int m = month - 1; m < 12; m++) {
                thisYear[e][m] = lastYear[e][m] * share;
            }
        }

        /** The data through {@code lastMonth}. */
        EngineInput input(int lastMonth) {
            return build(lastMonth, thisYear);
        }

        /**
         * The year completed: every other enterprise as generated; the stopped one carrying its month-M comparable
         * value added forward, or back to last year's output at this year's prices ({@code normal}).
         */
        EngineInput completedYear(int lastMonth, int stopped, boolean normal) {
            double[][] output = new double[thisYear.length][];
            for (int e = 0; e < thisYear.length; e++) {
                output[e] = thisYear[e].clone();
            }
            int d = division[stopped];
            double carried = thisYear[stopped][lastMonth - 1] * ratio[d] / (ppi[lastMonth - 1][d] / 100);
            for (int m = lastMonth; m < 12; m++) {
                output[stopped][m] =
                        normal ? lastYear[stopped][m] * ppi[m][d] / 100 : carried * (ppi[m][d] / 100) / ratio[d];
            }
            return build(12, output);
        }

        private EngineInput build(int lastMonth, double[][] output) {
            int enterprises = county.length;
            int n = enterprises * (12 + lastMonth);
            int[] period = new int[n];
            int[] enterprise = new int[n];
            int[] counties = new int[n];
            int[] divisions = new int[n];
            double[] out = new double[n];
            double[] outLy = new double[n];
            int i = 0;
            for (int e = 0; e < enterprises; e++) {
                for (int m = 1; m <= 12; m++) {
                    period[i] = Rows.previousYear(m);
                    enterprise[i] = e;
                    counties[i] = county[e];
                    divisions[i] = division[e];
                    out[i] = lastYear[e][m - 1];
                    i++;
                }
                for (int m = 1; m <= lastMonth; m++) {
                    period[i] = Rows.currentYear(m);
                    enterprise[i] = e;
                    counties[i] = county[e];
                    divisions[i] = division[e];
                    out[i] = output[e][m - 1];
                    outLy[i] = lastYear[e][m - 1];
                    i++;
                }
            }
            return new EngineInput(
                    2026,
                    COUNTIES,
                    DIVISIONS,
                    new Rows(period, enterprise, counties, divisions, out, outLy),
                    ratio.clone(),
                    ratio.clone(),
                    ppi,
                    Targets.none(COUNTIES),
                    Benchmarks.none(),
                    List.of());
        }
    }
}
