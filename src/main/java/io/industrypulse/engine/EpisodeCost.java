package io.industrypulse.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What an alert episode or a control plan costs (DESIGN.md section 5.1): each enterprise loses output at current
 * prices in some months of the year ({@code daily_base × days × output_reduction}, worked out by the caller), valued
 * as comparable value added {@code loss × r / p} with its division's value-added ratio r and the month's PPI p (a
 * month after the latest with data takes that month's PPI), summed per county and the city.
 *
 * <p>The loss is worth, in percentage points of a group's growth:
 *
 * <ul>
 *   <li>for the year, {@code loss_C / Ay * 100} with {@code Ay = Ad + B} as for the required growth;
 *   <li>cumulatively through the latest month M, {@code loss_C(1..M) / Ad * 100}: exactly what the cumulative growth
 *       of a recomputed snapshot with the reduced outputs loses;
 *   <li>in a month m, {@code loss_C(m) / A(m) * 100}, with the month's base A(m) for months with data and, after M,
 *       the base estimated from last year's seasonal profile {@code Ad × L(m) / L(1..M)}.
 * </ul>
 */
public final class EpisodeCost {

    private EpisodeCost() {}

    /**
     * @param enterprise the enterprise index
     * @param county its county index
     * @param output output lost at current prices, 万元
     * @param valueAdded comparable value added lost, 万元
     */
    public record EnterpriseLoss(int enterprise, int county, double output, double valueAdded) {}

    /**
     * @param output output lost at current prices, 万元
     * @param valueAdded comparable value added lost, 万元
     * @param monthValueAdded comparable value added lost by month (index m - 1)
     * @param yearPoints the loss in percentage points of the group's growth for the year; empty without a base
     * @param cumulativePoints the loss of months 1..M in points of the cumulative growth through M; empty without data
     * @param monthPoints by month (index m - 1): the loss in points of that month's growth; empty without a base
     */
    public record GroupLoss(
            double output,
            double valueAdded,
            double[] monthValueAdded,
            OptionalDouble yearPoints,
            OptionalDouble cumulativePoints,
            List<OptionalDouble> monthPoints) {

        public GroupLoss {
            monthValueAdded = monthValueAdded.clone();
            monthPoints = List.copyOf(monthPoints);
        }

        /** The loss in points of month {@code month}'s growth (1..12). */
        public OptionalDouble monthPoints(int month) {
            return monthPoints.get(month - 1);
        }
    }

    /**
     * @param enterprises the enterprises with a loss, in the order given
     * @param counties by county index
     * @param city the whole city
     */
    public record Cost(List<EnterpriseLoss> enterprises, List<GroupLoss> counties, GroupLoss city) {

        public Cost {
            enterprises = List.copyOf(enterprises);
            counties = List.copyOf(counties);
        }
    }

    /**
     * The cost of the given losses.
     *
     * @param losses output lost at current prices by enterprise index, each an array of the 12 months of the current
     *     year (index m - 1)
     * @throws IllegalArgumentException when a loss is negative, not 12 months, or for an enterprise without rows
     */
    public static Cost of(EngineInput input, Map<Integer, double[]> losses) {
        GroupSums sums = GroupSums.accumulate(input);
        int lastMonth = sums.lastMonth;
        Rows rows = input.rows();
        // each enterprise's county and division: its latest row
        Map<Integer, int[]> where = new HashMap<>();
        Map<Integer, Integer> latest = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int e = rows.enterprise()[i];
            if (losses.containsKey(e) && rows.period()[i] >= latest.getOrDefault(e, -1)) {
                latest.put(e, rows.period()[i]);
                where.put(e, new int[] {rows.county()[i], rows.division()[i]});
            }
        }
        int counties = input.countyCount();
        double[][] countyMonths = new double[counties][GroupSums.MONTHS];
        double[] countyOutput = new double[counties];
        double[] cityMonths = new double[GroupSums.MONTHS];
        double cityOutput = 0;
        List<EnterpriseLoss> enterprises = new ArrayList<>();
        for (Map.Entry<Integer, double[]> entry : losses.entrySet()) {
            int e = entry.getKey();
            double[] loss = entry.getValue();
            if (loss.length != GroupSums.MONTHS) {
                throw new IllegalArgumentException("a loss needs 12 months");
            }
            int[] place = where.get(e);
            if (place == null) {
                throw new IllegalArgumentException("enterprise " + e + " has no rows");
            }
            int k = place[0];
            int d = place[1];
            double output = 0;
            double valueAdded = 0;
            for (int m = 0; m < GroupSums.MONTHS; m++) {
                if (loss[m] < 0 || Double.isNaN(loss[m])) {
                    throw new IllegalArgumentException("a loss must not be negative");
                }
                if (loss[m] == 0) {
                    continue;
                }
                double ppi = ppi(input, m, d, lastMonth);
                double comparable = loss[m] * input.vaRatioCurrent()[d] / (ppi / 100);
                output += loss[m];
                valueAdded += comparable;
                countyMonths[k][m] += comparable;
                cityMonths[m] += comparable;
            }
            countyOutput[k] += output;
            cityOutput += output;
            enterprises.add(new EnterpriseLoss(e, k, output, valueAdded));
        }
        List<GroupLoss> byCounty = new ArrayList<>(counties);
        for (int k = 0; k < counties; k++) {
            byCounty.add(group(sums, sums.county(k), countyOutput[k], countyMonths[k]));
        }
        return new Cost(enterprises, byCounty, group(sums, 0, cityOutput, cityMonths));
    }

    /** The month's PPI of the division; after the latest month with data, that month's. */
    private static double ppi(EngineInput input, int month, int division, int lastMonth) {
        double ppi = input.ppi()[month][division];
        if (RowValue.known(ppi)) {
            return ppi;
        }
        double latest = lastMonth == 0 ? Double.NaN : input.ppi()[lastMonth - 1][division];
        if (!RowValue.known(latest)) {
            throw new IllegalArgumentException("no PPI for division " + division);
        }
        return latest;
    }

    private static GroupLoss group(GroupSums sums, int slot, double output, double[] months) {
        int lastMonth = sums.lastMonth;
        double baseDone = 0;
        double profileDone = 0;
        double profileRest = 0;
        double lossDone = 0;
        double loss = 0;
        for (int m = 0; m < GroupSums.MONTHS; m++) {
            int i = slot * GroupSums.MONTHS + m;
            loss += months[m];
            if (m < lastMonth) {
                baseDone += sums.base[i];
                profileDone += sums.profile[i];
                lossDone += months[m];
            } else {
                profileRest += sums.profile[i];
            }
        }
        boolean estimable = baseDone > 0 && profileDone > 0;
        List<OptionalDouble> monthPoints = new ArrayList<>(GroupSums.MONTHS);
        for (int m = 0; m < GroupSums.MONTHS; m++) {
            int i = slot * GroupSums.MONTHS + m;
            double base = m < lastMonth ? sums.base[i] : estimable ? baseDone * sums.profile[i] / profileDone : 0;
            monthPoints.add(base > 0 ? OptionalDouble.of(months[m] / base * 100) : OptionalDouble.empty());
        }
        OptionalDouble year = estimable
                ? OptionalDouble.of(loss / (baseDone + baseDone * profileRest / profileDone) * 100)
                : OptionalDouble.empty();
        OptionalDouble cumulative =
                baseDone > 0 ? OptionalDouble.of(lossDone / baseDone * 100) : OptionalDouble.empty();
        return new GroupLoss(output, loss, months, year, cumulative, monthPoints);
    }
}
