package io.industrypulse.engine;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Who will cross the above-size threshold, and when (小升规, METHODOLOGY.md 5, DESIGN.md 5.1): a below-size
 * enterprise's main-business revenue by month, its trailing twelve months, and a projection of the months not yet
 * reported.
 *
 * <p>The projection of a month m of the current year after the latest reported month M is last year's month m
 * times the year-on-year trend of the months so far, {@code t = sum(this year 1..M) / sum(last year 1..M)}; the
 * projected annual revenue is {@code sum(this year 1..M) + t × sum(last year M+1..12)}. Without last year's months
 * 1..M (an enterprise that started this year) the trend is undefined and the projection runs the average of the
 * months reported so far forward. An enterprise qualifies for a batch when the revenue of the twelve months ending
 * with the batch's reference month (the month before its deadline) reaches the threshold, projected where not yet
 * reported.
 */
public final class RevenueProjection {

    private RevenueProjection() {}

    /**
     * An enterprise's revenue, 万元 by month, from January of last year (index 0) to December of this year (index 23);
     * NaN where not reported.
     *
     * @param lastMonth the latest reported month of this year, 0..12
     */
    public record Series(double[] revenue, int lastMonth) {

        public Series {
            if (revenue.length != 24 || lastMonth < 0 || lastMonth > 12) {
                throw new IllegalArgumentException("24 months of revenue and a latest month in 0..12");
            }
            revenue = revenue.clone();
        }
    }

    /**
     * The projection of one enterprise.
     *
     * @param trailing revenue of the twelve months ending with the latest reported month (unreported months count
     *     0); empty when no month of this year is reported
     * @param trend the year-on-year trend of the months so far ({@code this / last}); empty without last year's months
     * @param months the revenue by month of this year (index m - 1): reported, or projected after the latest month
     * @param annual the projected annual revenue of this year
     */
    public record Projection(OptionalDouble trailing, OptionalDouble trend, double[] months, double annual) {

        public Projection {
            months = months.clone();
        }
    }

    public static Projection project(Series series) {
        double[] r = series.revenue();
        int m = series.lastMonth();
        double thisSoFar = 0;
        double lastSoFar = 0;
        boolean lastKnown = m > 0;
        int reported = 0;
        for (int k = 0; k < m; k++) {
            if (RowValue.known(r[12 + k])) {
                thisSoFar += r[12 + k];
                reported++;
            }
            if (RowValue.known(r[k])) {
                lastSoFar += r[k];
            } else {
                lastKnown = false;
            }
        }
        OptionalDouble trend =
                lastKnown && lastSoFar > 0 ? OptionalDouble.of(thisSoFar / lastSoFar) : OptionalDouble.empty();
        double average = reported == 0 ? 0 : thisSoFar / reported;
        double[] months = new double[12];
        double annual = 0;
        for (int k = 0; k < 12; k++) {
            if (k < m) {
                months[k] = RowValue.known(r[12 + k]) ? r[12 + k] : 0;
            } else if (trend.isPresent()) {
                months[k] = (RowValue.known(r[k]) ? r[k] : 0) * trend.getAsDouble();
            } else {
                months[k] = average;
            }
            annual += months[k];
        }
        OptionalDouble trailing = OptionalDouble.empty();
        if (m > 0) {
            double sum = 0;
            for (int k = m; k < m + 12; k++) {
                sum += RowValue.known(r[k]) ? r[k] : 0;
            }
            trailing = OptionalDouble.of(sum);
        }
        return new Projection(trailing, trend, months, annual);
    }

    /**
     * The revenue of the twelve months ending with month {@code reference} of this year (1..12; 0 is December of last
     * year), reported where reported and projected after the latest month.
     */
    public static double twelveMonthsTo(Series series, Projection projection, int reference) {
        if (reference < 0 || reference > 12) {
            throw new IllegalArgumentException("a reference month in 0..12");
        }
        double sum = 0;
        for (int k = reference; k < reference + 12; k++) {
            if (k < 12) {
                sum += RowValue.known(series.revenue()[k]) ? series.revenue()[k] : 0;
            } else {
                sum += projection.months()[k - 12];
            }
        }
        return sum;
    }

    /**
     * The revenue of the twelve months ending with each month: {@code result[k]} sums {@code months[k-11..k]}, for
     * {@code k >= 11} (earlier entries are NaN: their twelve months are not all there); unreported months count 0.
     */
    public static double[] trailingByMonth(double[] months) {
        double[] out = new double[months.length];
        double sum = 0;
        for (int k = 0; k < months.length; k++) {
            sum += RowValue.known(months[k]) ? months[k] : 0;
            if (k >= 12) {
                sum -= RowValue.known(months[k - 12]) ? months[k - 12] : 0;
            }
            out[k] = k >= 11 ? sum : Double.NaN;
        }
        return out;
    }

    /** Whether the enterprise qualifies for a batch whose reference month is {@code reference}. */
    public static boolean qualifies(Series series, Projection projection, int reference, double threshold) {
        return twelveMonthsTo(series, projection, reference) >= threshold;
    }

    /**
     * How well the projection did on a year already complete.
     *
     * @param enterprises how many were back-tested
     * @param meanAbsolutePercentError the mean of {@code |projected - actual| / actual} over those with revenue
     * @param classifiedRight the share whose projected annual revenue fell on the same side of the threshold
     */
    public record Accuracy(int enterprises, double meanAbsolutePercentError, double classifiedRight) {}

    /**
     * Back-tests the projection: each series is a complete year (index 12..23 all reported) projected from its months
     * 1..{@code asOf} only.
     */
    public static Accuracy backTest(List<double[]> completeYears, int asOf, double threshold) {
        if (asOf < 1 || asOf > 11) {
            throw new IllegalArgumentException("back-test from a month in 1..11");
        }
        int right = 0;
        int n = 0;
        double sumError = 0;
        int withRevenue = 0;
        for (double[] revenue : completeYears) {
            double actual = 0;
            for (int k = 12; k < 24; k++) {
                actual += RowValue.known(revenue[k]) ? revenue[k] : 0;
            }
            Projection p = project(new Series(revenue, asOf));
            n++;
            if (actual > 0) {
                sumError += Math.abs(p.annual() - actual) / actual;
                withRevenue++;
            }
            if ((p.annual() >= threshold) == (actual >= threshold)) {
                right++;
            }
        }
        return new Accuracy(n, withRevenue == 0 ? 0 : sumError / withRevenue, n == 0 ? 0 : (double) right / n);
    }
}
