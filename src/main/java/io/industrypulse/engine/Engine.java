package io.industrypulse.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Computes every standard result of DESIGN.md section 5 for one year in a single pass over the rows: growth (month,
 * cumulative, quarter, nominal), pull and contribution within the whole, the month's effect on the cumulative,
 * required growth of the remaining months, classification, 两个不低于 and the county ranking.
 *
 * <p>Year logic: rows of the current year give C, A and V; rows of the previous year give only the seasonal profile
 * L (their own {@code output} times the previous year's value-added ratio), used to estimate the base of the months
 * still to come.
 */
public final class Engine {

    private static final int MONTHS = GroupSums.MONTHS;

    private final EngineInput input;
    private final GroupSums sums;
    private final double[] comparableCum;
    private final double[] baseCum;
    private final double[] currentPriceCum;
    private final double[] profileCum;

    private Engine(EngineInput input) {
        this.input = input;
        this.sums = GroupSums.accumulate(input);
        this.comparableCum = cumulate(sums.comparable);
        this.baseCum = cumulate(sums.base);
        this.currentPriceCum = cumulate(sums.currentPrice);
        this.profileCum = cumulate(sums.profile);
    }

    /** All standard results for {@code input}; throws IllegalArgumentException on inconsistent input. */
    public static EngineResult compute(EngineInput input) {
        return new Engine(input).result();
    }

    private EngineResult result() {
        int countyCount = sums.countyCount;
        int divisionCount = sums.divisionCount;
        OptionalInt[][] ranks = countyRanks();
        Map<GroupKey, GroupResult> groups = new LinkedHashMap<>();
        groups.put(GroupKey.CITY, group(GroupKey.CITY, 0, -1, input.targets().city(), null));
        for (int k = 0; k < countyCount; k++) {
            groups.put(
                    GroupKey.county(k),
                    group(GroupKey.county(k), sums.county(k), 0, input.targets().county(k), ranksOf(ranks, k)));
        }
        for (int d = 0; d < divisionCount; d++) {
            groups.put(GroupKey.division(d), group(GroupKey.division(d), sums.division(d), 0, none(), null));
        }
        for (int k = 0; k < countyCount; k++) {
            for (int d = 0; d < divisionCount; d++) {
                int slot = sums.countyDivision(k, d);
                if (sums.hasRows[slot]) {
                    GroupKey key = GroupKey.countyDivision(k, d);
                    groups.put(key, group(key, slot, sums.county(k), none(), null));
                }
            }
        }
        for (int t = 0; t < sums.tagCount; t++) {
            groups.put(GroupKey.tag(t), group(GroupKey.tag(t), sums.tag(t), 0, none(), null));
        }
        return new EngineResult(input.year(), sums.lastMonth, groups, sums.newProduction());
    }

    private GroupResult group(GroupKey key, int slot, int whole, OptionalDouble target, OptionalInt[] ranks) {
        List<MonthFigures> months = new ArrayList<>(sums.lastMonth);
        for (int m = 0; m < sums.lastMonth; m++) {
            OptionalInt rank = ranks == null ? OptionalInt.empty() : ranks[m];
            OptionalInt rankChange = OptionalInt.empty();
            if (ranks != null && m > 0 && rank.isPresent() && ranks[m - 1].isPresent()) {
                rankChange = OptionalInt.of(ranks[m - 1].getAsInt() - rank.getAsInt());
            }
            months.add(month(slot, whole, m, target, rank, rankChange));
        }
        List<OptionalDouble> quarters = new ArrayList<>(4);
        for (int q = 0; q < sums.lastMonth / 3; q++) {
            int i = slot * MONTHS + 3 * q;
            double c = sums.comparable[i] + sums.comparable[i + 1] + sums.comparable[i + 2];
            double a = sums.base[i] + sums.base[i + 1] + sums.base[i + 2];
            quarters.add(Formulas.growth(c, a));
        }
        return new GroupResult(key, months, quarters);
    }

    private MonthFigures month(
            int slot, int whole, int m, OptionalDouble target, OptionalInt rank, OptionalInt rankChange) {
        int i = slot * MONTHS + m;
        double c = sums.comparable[i];
        double a = sums.base[i];
        double cd = comparableCum[i];
        double ad = baseCum[i];
        OptionalDouble monthGrowth = Formulas.growth(c, a);
        OptionalDouble cumGrowth = Formulas.growth(cd, ad);
        OptionalDouble pullMonth = OptionalDouble.empty();
        OptionalDouble pullCum = OptionalDouble.empty();
        OptionalDouble contributionMonth = OptionalDouble.empty();
        OptionalDouble contributionCum = OptionalDouble.empty();
        if (whole >= 0) {
            int w = whole * MONTHS + m;
            pullMonth = Formulas.pull(c, a, sums.base[w]);
            pullCum = Formulas.pull(cd, ad, baseCum[w]);
            contributionMonth = Formulas.contribution(c, a, sums.comparable[w], sums.base[w]);
            contributionCum = Formulas.contribution(cd, ad, comparableCum[w], baseCum[w]);
        }
        OptionalDouble monthEffect = OptionalDouble.empty();
        if (m > 0 && monthGrowth.isPresent()) {
            OptionalDouble previousCum = Formulas.growth(comparableCum[i - 1], baseCum[i - 1]);
            if (previousCum.isPresent()) {
                monthEffect = OptionalDouble.of(a / ad * (monthGrowth.getAsDouble() - previousCum.getAsDouble()));
            }
        }
        Optional<TargetStatus> targetStatus = target.isPresent()
                ? Optional.of(targetStatus(slot, m, target.getAsDouble(), cumGrowth))
                : Optional.empty();
        return new MonthFigures(
                m + 1,
                c,
                a,
                cd,
                ad,
                sums.currentPrice[i],
                currentPriceCum[i],
                monthGrowth,
                cumGrowth,
                Formulas.growth(sums.currentPrice[i], a),
                Formulas.growth(currentPriceCum[i], ad),
                pullMonth,
                pullCum,
                contributionMonth,
                contributionCum,
                monthEffect,
                targetStatus,
                rank,
                rankChange);
    }

    /** DESIGN.md section 5: required growth of months M+1..12, classification and 两个不低于 at month M = m + 1. */
    private TargetStatus targetStatus(int slot, int m, double target, OptionalDouble cumGrowth) {
        int i = slot * MONTHS + m;
        double cd = comparableCum[i];
        double ad = baseCum[i];
        OptionalDouble required = OptionalDouble.empty();
        OptionalDouble stillNeeded = OptionalDouble.empty();
        if (m + 1 < MONTHS) {
            double profileDone = profileCum[i];
            double profileRest = profileCum[slot * MONTHS + MONTHS - 1] - profileDone;
            required = RequiredGrowth.of(cd, ad, profileDone, profileRest, target);
            stillNeeded = RequiredGrowth.valueStillNeeded(cd, ad, profileDone, profileRest, target);
        }
        Optional<Classification> classification = Optional.empty();
        Optional<TwoNotBelow> twoNotBelow = Optional.empty();
        if (cumGrowth.isPresent()) {
            double published = Published.round(cumGrowth.getAsDouble());
            classification = Optional.of(Classification.of(published, target));
            OptionalDouble province = input.benchmarks().provinceCum().get(m);
            OptionalDouble city = input.benchmarks().cityCum().get(m);
            if (province.isPresent() && city.isPresent()) {
                twoNotBelow = Optional.of(new TwoNotBelow(
                        published >= target, published >= province.getAsDouble(), published >= city.getAsDouble()));
            }
        }
        return new TargetStatus(target, required, stillNeeded, classification, twoNotBelow);
    }

    private OptionalInt[][] countyRanks() {
        OptionalInt[][] ranks = new OptionalInt[sums.lastMonth][];
        for (int m = 0; m < sums.lastMonth; m++) {
            List<OptionalDouble> cum = new ArrayList<>(sums.countyCount);
            for (int k = 0; k < sums.countyCount; k++) {
                int i = sums.county(k) * MONTHS + m;
                cum.add(Formulas.growth(comparableCum[i], baseCum[i]));
            }
            ranks[m] = CountyRanking.rank(cum);
        }
        return ranks;
    }

    private static OptionalInt[] ranksOf(OptionalInt[][] ranks, int county) {
        OptionalInt[] byMonth = new OptionalInt[ranks.length];
        for (int m = 0; m < ranks.length; m++) {
            byMonth[m] = ranks[m][county];
        }
        return byMonth;
    }

    private static double[] cumulate(double[] byMonth) {
        double[] cumulative = new double[byMonth.length];
        for (int g = 0; g < byMonth.length; g += MONTHS) {
            double running = 0;
            for (int m = 0; m < MONTHS; m++) {
                running += byMonth[g + m];
                cumulative[g + m] = running;
            }
        }
        return cumulative;
    }

    private static OptionalDouble none() {
        return OptionalDouble.empty();
    }
}
