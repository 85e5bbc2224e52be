package io.industrypulse.engine;

import java.util.OptionalDouble;

/**
 * The group formulas of DESIGN.md section 5 on already summed comparable values C and bases A, for the engine and for
 * any caller that sums its own set of enterprises (a county's part of a chain, one enterprise). Undefined values are
 * absent, never NaN or Infinity.
 */
public final class Formulas {

    /** Below this many percentage points (absolute) a whole's growth is treated as zero for contributions. */
    public static final double NEGLIGIBLE_GROWTH = 1e-7;

    private Formulas() {}

    /** An undefined value as the pages, documents and answers carry it: null, never NaN. */
    public static @org.jspecify.annotations.Nullable Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /** Growth in %: {@code (C / A - 1) * 100}; undefined when A = 0 (edge rules). */
    public static OptionalDouble growth(double comparable, double base) {
        return base > 0 ? OptionalDouble.of((comparable / base - 1) * 100) : OptionalDouble.empty();
    }

    /** Pull in percentage points: {@code (C_g - A_g) / A_whole * 100}. */
    public static OptionalDouble pull(double comparable, double base, double wholeBase) {
        return wholeBase > 0 ? OptionalDouble.of((comparable - base) / wholeBase * 100) : OptionalDouble.empty();
    }

    /** Contribution in %: {@code (C_g - A_g) / (C_whole - A_whole) * 100}, undefined when the whole barely moved. */
    public static OptionalDouble contribution(
            double comparable, double base, double wholeComparable, double wholeBase) {
        if (!(wholeBase > 0) || Math.abs((wholeComparable / wholeBase - 1) * 100) < NEGLIGIBLE_GROWTH) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((comparable - base) / (wholeComparable - wholeBase) * 100);
    }

    /** Share in %: {@code part / whole * 100}; undefined when the whole is not positive. */
    public static OptionalDouble share(double part, double whole) {
        return whole > 0 ? OptionalDouble.of(part / whole * 100) : OptionalDouble.empty();
    }

    /**
     * The growth of a whole from its parts' growths g_k (%) and bases A_k: {@code sum(A_k * g_k) / sum(A_k)}, which is
     * {@code (sum C / sum A - 1) * 100} since each part's {@code C_k = A_k * (1 + g_k / 100)} (the parts' pulls add up
     * to it). Parts without a growth or a positive base are left out; undefined when none is left.
     */
    public static OptionalDouble combinedGrowth(double[] bases, OptionalDouble[] growths) {
        if (bases.length != growths.length) {
            throw new IllegalArgumentException("one growth per base");
        }
        double weighted = 0;
        double weights = 0;
        for (int k = 0; k < bases.length; k++) {
            if (bases[k] > 0 && growths[k].isPresent()) {
                weighted += bases[k] * growths[k].getAsDouble();
                weights += bases[k];
            }
        }
        return weights > 0 ? OptionalDouble.of(weighted / weights) : OptionalDouble.empty();
    }
}
