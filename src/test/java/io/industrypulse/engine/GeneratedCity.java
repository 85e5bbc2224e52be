package io.industrypulse.engine;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated city for tests against a recomputed snapshot: last year's output and this year's, per enterprise and
 * month, over 3 counties and 4 divisions. The value-added ratios are equal in both years and this year's same-scope
 * base equals last year's rows, so that the remaining base B estimated from the seasonal profile is exactly the base
 * the completed year has.
 */
final class GeneratedCity {

    static final int COUNTIES = 3;
    static final int DIVISIONS = 4;

    final int[] county;
    final int[] division;
    final double[][] lastYear;
    final double[][] thisYear;
    final double[] ratio;
    final double[][] ppi;

    private GeneratedCity(int enterprises, SplittableRandom random) {
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

    static GeneratedCity generate(SplittableRandom random, int enterprises) {
        return new GeneratedCity(enterprises, random);
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

    /** The data through {@code lastMonth} with the given outputs of this year. */
    EngineInput build(int lastMonth, double[][] output) {
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
