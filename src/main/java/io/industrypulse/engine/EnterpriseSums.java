package io.industrypulse.engine;

/**
 * Per-enterprise sums over January..M of the current year, from the same rows and the same formulas as the engine
 * (DESIGN.md section 5): comparable value added C, same-scope base A, and last year's own value added L split into
 * months 1..M and M+1..12 (the seasonal profile). An enterprise's increment is {@code C - A}; summing any set of
 * enterprises gives that set's figures, e.g. {@link RequiredGrowth#of} for a county with any target t.
 *
 * @param month M
 * @param county county index by enterprise index (-1 for an enterprise without rows)
 * @param division division index by enterprise index (-1 for an enterprise without rows)
 * @param comparableCum C of months 1..M by enterprise index
 * @param baseCum A of months 1..M by enterprise index
 * @param profileDone L of months 1..M of the previous year by enterprise index
 * @param profileRest L of months M+1..12 of the previous year by enterprise index
 */
public record EnterpriseSums(
        int month,
        int[] county,
        int[] division,
        double[] comparableCum,
        double[] baseCum,
        double[] profileDone,
        double[] profileRest) {

    /** Sums for months 1..{@code month} of {@code input}; an enterprise index without rows has zeros. */
    public static EnterpriseSums of(EngineInput input, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12");
        }
        Rows rows = input.rows();
        int enterprises = 0;
        for (int e : rows.enterprise()) {
            enterprises = Math.max(enterprises, e + 1);
        }
        int[] county = new int[enterprises];
        java.util.Arrays.fill(county, -1);
        int[] divisions = new int[enterprises];
        java.util.Arrays.fill(divisions, -1);
        double[] comparable = new double[enterprises];
        double[] base = new double[enterprises];
        double[] done = new double[enterprises];
        double[] rest = new double[enterprises];
        for (int i = 0; i < rows.size(); i++) {
            int e = rows.enterprise()[i];
            int d = rows.division()[i];
            int p = rows.period()[i];
            county[e] = rows.county()[i];
            divisions[e] = d;
            if (p < GroupSums.MONTHS) {
                double profile = RowValue.profile(rows.output()[i], input.vaRatioPrevious()[d], i);
                if (p < month) {
                    done[e] += profile;
                } else {
                    rest[e] += profile;
                }
            } else if (p - GroupSums.MONTHS < month) {
                double ratio = input.vaRatioCurrent()[d];
                comparable[e] += RowValue.comparable(rows.output()[i], ratio, input.ppi()[p - GroupSums.MONTHS][d], i);
                base[e] += RowValue.base(rows.outputLy()[i], ratio, i);
            }
        }
        return new EnterpriseSums(month, county, divisions, comparable, base, done, rest);
    }

    /** Number of enterprise indices. */
    public int size() {
        return county.length;
    }

    /** The increment {@code C - A} of enterprise {@code e} over months 1..M (万元). */
    public double increment(int e) {
        return comparableCum[e] - baseCum[e];
    }
}
