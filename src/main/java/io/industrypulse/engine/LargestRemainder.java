package io.industrypulse.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Splits an amount in 万元 (two decimals) into parts proportional to weights so that the parts add up to the amount to
 * the cent, whatever the rounding (largest-remainder, Hamilton's method): every part gets the floor of its exact
 * quota in cents, and the cents left over go one each to the largest remainders (ties: lower index first). Used to
 * allocate a county's task to its enterprises (任务落实到企业末端, METHODOLOGY 3.2).
 */
public final class LargestRemainder {

    private LargestRemainder() {}

    /**
     * @param amount the amount to split (any scale; rounded half-up to cents first)
     * @param weights non-negative weights; when they are all zero, equal parts
     * @return one part per weight, scale 2, adding up to the rounded amount exactly
     */
    public static BigDecimal[] allocate(BigDecimal amount, double[] weights) {
        int n = weights.length;
        BigDecimal[] parts = new BigDecimal[n];
        if (n == 0) {
            return parts;
        }
        long totalCents =
                amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
        int sign = totalCents < 0 ? -1 : 1;
        BigDecimal cents = BigDecimal.valueOf(Math.abs(totalCents));
        BigDecimal sum = BigDecimal.ZERO;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and non-negative: " + w);
            }
            sum = sum.add(new BigDecimal(w));
        }
        long[] floor = new long[n];
        BigDecimal[] remainder = new BigDecimal[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal quota = sum.signum() == 0
                    ? cents.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128)
                    : cents.multiply(new BigDecimal(weights[i])).divide(sum, MathContext.DECIMAL128);
            BigDecimal whole = quota.setScale(0, RoundingMode.FLOOR);
            floor[i] = whole.longValueExact();
            remainder[i] = quota.subtract(whole);
            given += floor[i];
        }
        long left = Math.abs(totalCents) - given;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(
                order,
                Comparator.comparing((Integer i) -> remainder[i]).reversed().thenComparing(i -> i));
        for (int j = 0; j < left; j++) {
            floor[order[j % n]]++;
        }
        for (int i = 0; i < n; i++) {
            parts[i] = BigDecimal.valueOf(sign * floor[i], 2);
        }
        return parts;
    }
}
