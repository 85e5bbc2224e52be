package io.industrypulse.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * From an episode's dates to what {@link EpisodeCost} and {@link ControlPlan} need (DESIGN.md 5.1, METHODOLOGY.md 7):
 * the days of the episode in each month (fractions of a day when it starts or ends at an hour), an enterprise's
 * output loss per month ({@code daily_base × days × output_reduction}), the default production base (last year's
 * same-month daily average), and its emissions over the episode with the wind rule (our own, advice only: a day whose
 * forecast wind blows from the enterprise towards the monitoring sites weighs its emissions more).
 */
public final class EpisodeLoss {

    private EpisodeLoss() {}

    /**
     * Days of the episode in each month of {@code year} (index m - 1), counting from {@code start} to {@code end}
     * (exclusive), in days of 24 hours: an episode from 20:00 on 1 March to 20:00 on 4 March has 3 days in March.
     *
     * @throws IllegalArgumentException when it ends before it starts
     */
    public static double[] daysByMonth(LocalDateTime start, LocalDateTime end, int year) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("an episode ends after it starts");
        }
        double[] days = new double[12];
        for (int m = 1; m <= 12; m++) {
            LocalDateTime from = YearMonth.of(year, m).atDay(1).atStartOfDay();
            LocalDateTime to = from.plusMonths(1);
            LocalDateTime a = start.isAfter(from) ? start : from;
            LocalDateTime b = end.isBefore(to) ? end : to;
            if (b.isAfter(a)) {
                days[m - 1] = ChronoUnit.MINUTES.between(a, b) / 1440.0;
            }
        }
        return days;
    }

    /** Whole days: from the start of {@code first} to the end of {@code last}. */
    public static double[] daysByMonth(LocalDate first, LocalDate last, int year) {
        return daysByMonth(first.atStartOfDay(), last.plusDays(1).atStartOfDay(), year);
    }

    /**
     * Output lost at current prices per month: {@code dailyBase[m] × days[m] × outputCut}.
     *
     * @param dailyBase the production base, 万元 a day, per month (index m - 1)
     * @param outputCut the share of output the measure takes, 0..1
     */
    public static double[] outputLoss(double[] dailyBase, double[] days, double outputCut) {
        if (dailyBase.length != 12 || days.length != 12 || !(outputCut >= 0 && outputCut <= 1)) {
            throw new IllegalArgumentException("12 months of base and days, a cut in 0..1");
        }
        double[] loss = new double[12];
        for (int m = 0; m < 12; m++) {
            if (dailyBase[m] < 0) {
                throw new IllegalArgumentException("a production base is not negative");
            }
            loss[m] = dailyBase[m] * days[m] * outputCut;
        }
        return loss;
    }

    /**
     * The default production base of {@code year}: last year's output of each month divided by that month's days
     * (same-period daily average); 0 for a month without output last year.
     */
    public static double[] defaultDailyBase(double[] outputLastYear, int year) {
        if (outputLastYear.length != 12) {
            throw new IllegalArgumentException("12 months of last year's output");
        }
        double[] base = new double[12];
        for (int m = 1; m <= 12; m++) {
            base[m - 1] = outputLastYear[m - 1] / YearMonth.of(year - 1, m).lengthOfMonth();
        }
        return base;
    }

    /** Last year's output over its days: the production base as one figure (万元 a day), for the list. */
    public static double dailyAverage(double[] outputLastYear, int year) {
        if (outputLastYear.length != 12) {
            throw new IllegalArgumentException("12 months of last year's output");
        }
        double total = 0;
        for (double v : outputLastYear) {
            total += v;
        }
        return total / java.time.Year.of(year - 1).length();
    }

    /** What the enterprise would have produced over the episode at its production base: {@code sum base × days}. */
    public static double normalOutput(double[] dailyBase, double[] days) {
        double[] full = outputLoss(dailyBase, days, 1);
        double sum = 0;
        for (double v : full) {
            sum += v;
        }
        return sum;
    }

    /**
     * An enterprise's emissions of one pollutant over the episode's days, each day's {@code dailyKg} weighted by
     * {@code factor} when that day's forecast wind comes from within its upwind sector.
     *
     * @param sector the wind directions (degrees, 0 = from the north, clockwise) in which it lies upwind of the
     *     monitoring sites, {@code from} to {@code to} clockwise (wrapping past 360); empty: no wind rule
     * @param wind the forecast wind direction per day, where known
     */
    public static double emissions(
            double dailyKg,
            LocalDate first,
            LocalDate last,
            java.util.Optional<double[]> sector,
            Map<LocalDate, Double> wind,
            double factor) {
        if (dailyKg < 0 || factor < 1) {
            throw new IllegalArgumentException("emissions are not negative and the wind factor is at least 1");
        }
        double sum = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Double direction = wind.get(day);
            boolean upwind = sector.isPresent() && direction != null && within(direction, sector.get());
            sum += dailyKg * (upwind ? factor : 1);
        }
        return sum;
    }

    /** Whether {@code direction} lies in the clockwise sector from {@code sector[0]} to {@code sector[1]}. */
    static boolean within(double direction, double[] sector) {
        double d = normal(direction);
        double from = normal(sector[0]);
        double to = normal(sector[1]);
        return from <= to ? d >= from && d <= to : d >= from || d <= to;
    }

    private static double normal(double degrees) {
        double d = degrees % 360;
        return d < 0 ? d + 360 : d;
    }
}
