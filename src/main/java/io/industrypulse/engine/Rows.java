package io.industrypulse.engine;

/**
 * The enterprise-month rows of the engine input, as parallel columns (one index = one row).
 *
 * <p>{@code period} counts months from January of the previous year: 0..11 are January..December of the previous
 * year (their {@code output} gives the seasonal profile L of DESIGN.md section 5), 12..23 are January..December of the
 * current year. {@code county} and {@code division} are the row's group indices (0-based), {@code enterprise} its
 * enterprise index (for tag groups). Amounts in 万元, never negative.
 */
public record Rows(int[] period, int[] enterprise, int[] county, int[] division, double[] output, double[] outputLy) {

    /** Number of periods a row may refer to: the previous year and the current year. */
    public static final int PERIODS = 24;

    public Rows {
        int n = period.length;
        if (enterprise.length != n
                || county.length != n
                || division.length != n
                || output.length != n
                || outputLy.length != n) {
            throw new IllegalArgumentException("row columns differ in length");
        }
    }

    /** The period index of month {@code month} (1..12) of the previous year. */
    public static int previousYear(int month) {
        return month - 1;
    }

    /** The period index of month {@code month} (1..12) of the current year. */
    public static int currentYear(int month) {
        return 11 + month;
    }

    public int size() {
        return period.length;
    }
}
