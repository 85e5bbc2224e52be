package io.industrypulse.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The published form of a rate: rounded half-up to one decimal (DESIGN.md section 3), used for every status decision. */
public final class Published {

    /**
     * The first month whose cumulative growth is published: January is not published alone, so 1-2月 comes first
     * and stands for February's month growth too (DESIGN.md section 3).
     */
    public static final int FIRST_MONTH = 2;

    private Published() {}

    /** {@code rate} rounded half-up to one decimal, as published. */
    public static double round(double rate) {
        return round(rate, 1);
    }

    /**
     * {@code value} rounded half-up to {@code decimals} places from its shortest decimal representation (so 0.05 is
     * 0.1, not the 0.0 of the binary value): how every figure is shown, and the value a decision on a shown figure
     * uses.
     */
    public static double round(double value, int decimals) {
        return decimal(value, decimals).doubleValue();
    }

    /** {@code value} as shown with {@code decimals} places, rounded half-up; "-0.0" never appears. */
    public static String text(double value, int decimals) {
        BigDecimal shown = decimal(value, decimals);
        return (shown.signum() == 0 ? shown.abs() : shown).toPlainString();
    }

    private static BigDecimal decimal(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a figure: " + value);
        }
        return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP);
    }
}
