package io.industrypulse.engine;

import java.util.Arrays;

/**
 * Per-enterprise figures of one month M, from the same rows and formulas as the engine (DESIGN.md section 5): the
 * comparable value added of month M this year, {@code C = output * r / (ppi / 100)}, and last year's own value added of
 * month M, {@code L = output * r(previous year)} (the seasonal profile, the weight of an enterprise's task). Summing
 * {@link #comparable} over a county's enterprises gives that county's comparable value added of the month.
 *
 * <p>Arrays are indexed by enterprise; the county and division of each year are those of that year's row (an
 * enterprise may have moved), -1 without one.
 *
 * @param month M
 * @param reported the enterprise has a row in month M of this year
 * @param comparable C of month M (0 when not reported)
 * @param county the county of its row in month M this year
 * @param profiled the enterprise has a row in month M of last year
 * @param profile L of month M of last year (0 when not profiled)
 * @param profileCounty the county of its row in month M last year
 * @param profileDivision the division of its row in month M last year
 */
public record EnterpriseMonth(
        int month,
        boolean[] reported,
        double[] comparable,
        int[] county,
        boolean[] profiled,
        double[] profile,
        int[] profileCounty,
        int[] profileDivision) {

    /** The figures of month {@code month} (1..12) of {@code input}. */
    public static EnterpriseMonth of(EngineInput input, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12");
        }
        Rows rows = input.rows();
        int enterprises = 0;
        for (int e : rows.enterprise()) {
            enterprises = Math.max(enterprises, e + 1);
        }
        boolean[] reported = new boolean[enterprises];
        double[] comparable = new double[enterprises];
        int[] county = new int[enterprises];
        boolean[] profiled = new boolean[enterprises];
        double[] profile = new double[enterprises];
        int[] profileCounty = new int[enterprises];
        int[] profileDivision = new int[enterprises];
        Arrays.fill(county, -1);
        Arrays.fill(profileCounty, -1);
        Arrays.fill(profileDivision, -1);
        int thisYear = Rows.currentYear(month);
        int lastYear = Rows.previousYear(month);
        for (int i = 0; i < rows.size(); i++) {
            int p = rows.period()[i];
            int e = rows.enterprise()[i];
            int d = rows.division()[i];
            if (p == thisYear) {
                reported[e] = true;
                comparable[e] +=
                        RowValue.comparable(rows.output()[i], input.vaRatioCurrent()[d], input.ppi()[month - 1][d], i);
                county[e] = rows.county()[i];
            } else if (p == lastYear) {
                if (!profiled[e]) {
                    profileCounty[e] = rows.county()[i];
                    profileDivision[e] = d;
                }
                profiled[e] = true;
                profile[e] += RowValue.profile(rows.output()[i], input.vaRatioPrevious()[d], i);
            }
        }
        return new EnterpriseMonth(
                month, reported, comparable, county, profiled, profile, profileCounty, profileDivision);
    }

    /**
     * The gross output value (current prices, 万元) that yields comparable value added {@code va} in a division in month
     * {@code month}: {@code va / r * ppi / 100}, the inverse of C. This values a plan, not a row: a month whose PPI is
     * not published yet (the coming month a task is for) takes the latest published one before it (100 when none
     * is), the price level the enterprise sells at now.
     */
    public static double grossOutput(EngineInput input, double va, int division, int month) {
        double ratio = input.vaRatioCurrent()[division];
        double ppi = 100;
        for (int m = month; m >= 1; m--) {
            double known = input.ppi()[m - 1][division];
            if (known > 0) {
                ppi = known;
                break;
            }
        }
        return ratio > 0 ? va / ratio * ppi / 100 : 0;
    }

    /** Number of enterprise indices. */
    public int size() {
        return reported.length;
    }
}
