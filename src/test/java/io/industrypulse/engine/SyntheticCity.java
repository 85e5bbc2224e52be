package io.industrypulse.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * A seeded random city for property tests and benchmarks: {@code enterprises} enterprises over 12 counties and 30
 * divisions, the previous year in full and the current year up to {@code lastMonth} (11 gives 23 months). About 5% are
 * entrants with no prior-year rows, some months have no base (new production).
 */
public final class SyntheticCity {

    public static final int COUNTIES = 12;
    public static final int DIVISIONS = 30;

    private SyntheticCity() {}

    public static EngineInput generate(long seed, int enterprises, int lastMonth) {
        return generate(seed, enterprises, lastMonth, List.of());
    }

    public static EngineInput generate(long seed, int enterprises, int lastMonth, List<TagGroup> tags) {
        SplittableRandom random = new SplittableRandom(seed);
        int capacity = enterprises * (12 + lastMonth);
        int[] period = new int[capacity];
        int[] enterprise = new int[capacity];
        int[] county = new int[capacity];
        int[] division = new int[capacity];
        double[] output = new double[capacity];
        double[] outputLy = new double[capacity];
        int n = 0;
        for (int e = 0; e < enterprises; e++) {
            int k = random.nextInt(COUNTIES);
            int d = random.nextInt(DIVISIONS);
            double level = Math.exp(random.nextDouble(4, 9));
            double trend = random.nextDouble(-0.15, 0.3);
            boolean entrant = random.nextDouble() < 0.05;
            double[] lastYear = new double[12];
            for (int m = 1; m <= 12; m++) {
                double season = 1 + 0.2 * Math.sin(m / 2.0) + random.nextDouble(-0.1, 0.1);
                lastYear[m - 1] = round(level * season);
                if (!entrant) {
                    period[n] = Rows.previousYear(m);
                    enterprise[n] = e;
                    county[n] = k;
                    division[n] = d;
                    output[n] = lastYear[m - 1];
                    outputLy[n] = round(lastYear[m - 1] * random.nextDouble(0.8, 1.2));
                    n++;
                }
            }
            for (int m = 1; m <= lastMonth; m++) {
                period[n] = Rows.currentYear(m);
                enterprise[n] = e;
                county[n] = k;
                division[n] = d;
                boolean newProduction = random.nextDouble() < 0.01;
                outputLy[n] = newProduction ? 0 : entrant ? round(lastYear[m - 1] * 0.7) : lastYear[m - 1];
                output[n] = round(lastYear[m - 1] * (1 + trend + random.nextDouble(-0.1, 0.1)));
                n++;
            }
        }
        double[] vaPrevious = new double[DIVISIONS];
        double[] vaCurrent = new double[DIVISIONS];
        double[][] ppi = new double[12][DIVISIONS];
        for (int d = 0; d < DIVISIONS; d++) {
            vaPrevious[d] = random.nextDouble(0.18, 0.4);
            vaCurrent[d] = random.nextDouble(0.18, 0.4);
            for (int m = 0; m < 12; m++) {
                ppi[m][d] = Math.round(random.nextDouble(92, 106) * 10) / 10.0;
            }
        }
        List<OptionalDouble> countyTargets = new ArrayList<>();
        for (int k = 0; k < COUNTIES; k++) {
            countyTargets.add(k % 5 == 4 ? OptionalDouble.empty() : OptionalDouble.of(5 + k % 3));
        }
        List<OptionalDouble> province = new ArrayList<>();
        List<OptionalDouble> city = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            province.add(OptionalDouble.of(5.5));
            city.add(m % 4 == 3 ? OptionalDouble.empty() : OptionalDouble.of(6.0));
        }
        return new EngineInput(
                2025,
                COUNTIES,
                DIVISIONS,
                new Rows(
                        java.util.Arrays.copyOf(period, n),
                        java.util.Arrays.copyOf(enterprise, n),
                        java.util.Arrays.copyOf(county, n),
                        java.util.Arrays.copyOf(division, n),
                        java.util.Arrays.copyOf(output, n),
                        java.util.Arrays.copyOf(outputLy, n)),
                vaPrevious,
                vaCurrent,
                ppi,
                new Targets(OptionalDouble.of(6.0), countyTargets),
                new Benchmarks(province, city),
                tags);
    }

    private static double round(double amount) {
        return Math.round(amount * 10) / 10.0;
    }
}
