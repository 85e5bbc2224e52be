package io.industrypulse.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What an enterprise that is stopped or limited is worth to its county's and the city's growth for the year
 * (DESIGN.md section 5.1): back to last year's same-month real output for the rest of the year, each remaining month
 * would add {@code C_normal - C_now}, where {@code C_normal = A(e,m) = output_ly * r} (last year's output at this
 * year's prices, deflated back) and {@code C_now} its latest month's comparable value added carried forward. The sum
 * {@code dC} is worth {@code dC / Ay * 100} percentage points of a group's cumulative growth for the year, with the
 * year's base {@code Ay = Ad + B} and the remaining base {@code B} estimated from last year's seasonal profile, as for
 * the required growth.
 *
 * <p>"The rest of the year" is months M+1..12 after the latest month M with data; in December nothing is left.
 */
public final class OutputAtStake {

    private OutputAtStake() {}

    /**
     * @param county the enterprise's county index (its row of month M)
     * @param valueAdded dC, comparable value added in 万元 (negative when it produces more than last year already)
     * @param countyPoints dC as percentage points of its county's growth for the year; empty without a base
     * @param cityPoints the same for the city
     */
    public record Stake(int county, double valueAdded, OptionalDouble countyPoints, OptionalDouble cityPoints) {}

    /**
     * The stake of enterprise {@code enterprise} (its index in {@code input.rows()}); empty when it has no row in the
     * latest month M, or when no month is left (M = 12 or no data).
     */
    public static Optional<Stake> of(EngineInput input, int enterprise) {
        return Optional.ofNullable(of(input, Set.of(enterprise)).get(enterprise));
    }

    /**
     * The stakes of several enterprises in one pass over the rows (a ticket list): by enterprise index, only those
     * with a row in the latest month; empty when no month is left.
     */
    public static Map<Integer, Stake> of(EngineInput input, Set<Integer> enterprises) {
        GroupSums sums = GroupSums.accumulate(input);
        int lastMonth = sums.lastMonth;
        if (enterprises.isEmpty() || lastMonth == 0 || lastMonth == GroupSums.MONTHS) {
            return Map.of();
        }
        Rows rows = input.rows();
        Map<Integer, Integer> county = new HashMap<>();
        Map<Integer, Double> now = new HashMap<>();
        Map<Integer, Double> normal = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int e = rows.enterprise()[i];
            if (!enterprises.contains(e)) {
                continue;
            }
            int p = rows.period()[i];
            int d = rows.division()[i];
            if (p == Rows.currentYear(lastMonth)) {
                county.put(e, rows.county()[i]);
                now.put(e, rows.output()[i] * input.vaRatioCurrent()[d] / (input.ppi()[lastMonth - 1][d] / 100));
            } else if (p < GroupSums.MONTHS && p >= lastMonth) {
                // last year's row of a month still to come: its output is this year's same-month output_ly
                normal.merge(e, rows.output()[i] * input.vaRatioCurrent()[d], Double::sum);
            }
        }
        int monthsLeft = GroupSums.MONTHS - lastMonth;
        Map<Integer, Stake> stakes = new HashMap<>();
        for (Map.Entry<Integer, Integer> entry : county.entrySet()) {
            int e = entry.getKey();
            int k = entry.getValue();
            double stake = normal.getOrDefault(e, 0.0) - monthsLeft * now.get(e);
            stakes.put(e, new Stake(k, stake, points(sums, sums.county(k), stake), points(sums, 0, stake)));
        }
        return stakes;
    }

    /** {@code dC / (Ad + B) * 100} for the group in {@code slot}; empty when B cannot be estimated. */
    private static OptionalDouble points(GroupSums sums, int slot, double stake) {
        double baseDone = 0;
        double profileDone = 0;
        double profileRest = 0;
        for (int m = 0; m < GroupSums.MONTHS; m++) {
            int i = slot * GroupSums.MONTHS + m;
            if (m < sums.lastMonth) {
                baseDone += sums.base[i];
                profileDone += sums.profile[i];
            } else {
                profileRest += sums.profile[i];
            }
        }
        if (!(baseDone > 0 && profileDone > 0)) {
            return OptionalDouble.empty();
        }
        double yearBase = baseDone + baseDone * profileRest / profileDone;
        return OptionalDouble.of(stake / yearBase * 100);
    }
}
