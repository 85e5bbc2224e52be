package io.industrypulse.engine;

/**
 * The value of one enterprise-month row (DESIGN.md section 5), the one place the per-row formulas live: with r the
 * division's value-added ratio and p = PPI / 100,
 *
 * <ul>
 *   <li>comparable value added this year {@code C = output * r / p};
 *   <li>the same-scope base {@code A = output_ly * r};
 *   <li>last year's own value added, the seasonal profile, {@code L = output * r(previous year)}.
 * </ul>
 *
 * <p>One rule for what is missing: a row whose ratio or PPI is unknown (not positive, NaN or infinite) cannot be
 * valued and is refused with {@link IllegalArgumentException} naming what is missing, never valued as NaN or with an
 * assumed price. The loader hands the engine only the months whose PPI is published, so a refusal means bad input.
 */
final class RowValue {

    private RowValue() {}

    /** {@code r / p}: what one 万元 of current-price output is worth in comparable value added. */
    static double deflator(double vaRatio, double ppi, int row) {
        requireKnown(vaRatio, row, "va ratio");
        requireKnown(ppi, row, "ppi");
        return vaRatio / (ppi / 100);
    }

    /** C = output * r / p. */
    static double comparable(double output, double vaRatio, double ppi, int row) {
        return output * deflator(vaRatio, ppi, row);
    }

    /** A = output_ly * r. */
    static double base(double outputLy, double vaRatio, int row) {
        requireKnown(vaRatio, row, "va ratio");
        return outputLy * vaRatio;
    }

    /** L = output * r(previous year). */
    static double profile(double output, double vaRatioPrevious, int row) {
        requireKnown(vaRatioPrevious, row, "previous year's va ratio");
        return output * vaRatioPrevious;
    }

    /** Whether a ratio or PPI can value a row. */
    static boolean known(double value) {
        return value > 0 && !Double.isInfinite(value);
    }

    private static void requireKnown(double value, int row, String what) {
        if (!known(value)) {
            throw new IllegalArgumentException("row " + row + ": no " + what + " for its division and period");
        }
    }
}
