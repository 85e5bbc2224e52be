package io.industrypulse.monitor;

import io.industrypulse.account.UserScope;
import io.industrypulse.engine.Benchmarks;
import io.industrypulse.engine.Classification;
import io.industrypulse.engine.Formulas;
import io.industrypulse.engine.MonthFigures;
import io.industrypulse.engine.MonthlyPlan;
import io.industrypulse.engine.Published;
import io.industrypulse.engine.TargetStatus;
import io.industrypulse.engine.TwoNotBelow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Turns a snapshot into what the pages show. Reads the engine's figures only (nothing is recomputed); rounds them as
 * published (half-up to one decimal, DESIGN.md section 3).
 */
final class MonitorViews {

    private MonitorViews() {}

    /**
     * Computes in the background what the pages of the latest month show, so the first reader after a change only
     * filters and renders: the ranking, the city's pulls, every county's view and the seasonal profiles.
     */
    static void warm(GrowthSnapshot snapshot) {
        int month = snapshot.result().lastMonth();
        if (month < 1) {
            return;
        }
        rankingRows(snapshot, month);
        divisionPulls(snapshot, month);
        for (int k = 0; k < snapshot.labels().countyCodes().size(); k++) {
            CountyView.of(snapshot, k, month);
        }
        snapshot.seasonalProfiles();
    }

    private record RankingKey(int month) {}

    /**
     * 大排队 at month M: every county, by rank (unranked last), then by code; each row marked visible when the scope may
     * open the county's page. The rows are computed once per snapshot and month; a request only marks them.
     */
    static List<RankingRow> ranking(GrowthSnapshot snapshot, int month, UserScope scope) {
        List<RankingRow> all = rankingRows(snapshot, month);
        List<RankingRow> rows = new ArrayList<>(all.size());
        for (RankingRow row : all) {
            rows.add(row.visibleWhen(scope.coversCounty(row.code())));
        }
        return rows;
    }

    private static List<RankingRow> rankingRows(GrowthSnapshot snapshot, int month) {
        return snapshot.view(new RankingKey(month), () -> List.copyOf(ranking(snapshot, month)));
    }

    private static List<RankingRow> ranking(GrowthSnapshot snapshot, int month) {
        List<String> counties = snapshot.labels().countyCodes();
        List<RankingRow> rows = new ArrayList<>(counties.size());
        for (int k = 0; k < counties.size(); k++) {
            String code = counties.get(k);
            MonthFigures f = snapshot.result().county(k).month(month);
            Optional<TargetStatus> status = f.targetStatus();
            Double cum = published(f.cumGrowth());
            Double target = status.map(TargetStatus::target).orElse(null);
            Optional<TwoNotBelow> two = status.flatMap(TargetStatus::twoNotBelow);
            rows.add(new RankingRow(
                    code,
                    snapshot.names().getOrDefault(code, code),
                    integer(f.rank()),
                    integer(f.rankChange()),
                    cum,
                    cumChange(snapshot.result().county(k), month, cum),
                    monthGrowth(f, month),
                    target,
                    cum != null && target != null ? Published.round(cum - target) : null,
                    two.map(TwoNotBelow::notBelowTarget).orElse(null),
                    two.map(TwoNotBelow::notBelowProvince).orElse(null),
                    two.map(TwoNotBelow::notBelowCity).orElse(null),
                    status.flatMap(TargetStatus::classification)
                            .map(Classification::code)
                            .orElse(null),
                    published(f.pullCum()),
                    published(f.contributionCum()),
                    status.map(s -> published(s.requiredRestGrowth())).orElse(null),
                    false));
        }
        rows.sort(Comparator.comparing((RankingRow r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                .thenComparing(RankingRow::code));
        return rows;
    }

    /**
     * 比上期: the published cumulative growth minus the previous period's published one, in percentage points (1-10月
     * against 1-9月; 1-3月 against 1-2月); none for 1-2月, the year's first published period.
     */
    static @Nullable Double cumChange(io.industrypulse.engine.GroupResult county, int month, @Nullable Double cum) {
        if (cum == null || month - 1 < Published.FIRST_MONTH) {
            return null;
        }
        Double previous = published(county.month(month - 1).cumGrowth());
        return previous == null ? null : Published.round(cum - previous);
    }

    /** A group's pull on the whole, for the lists of divisions pulling up and down. */
    record Pull(String code, String name, @Nullable Double growth, double pull) {}

    private record PullsKey(int month) {}

    /** The divisions of the city by cumulative pull, largest first (once per snapshot and month). */
    static List<Pull> divisionPulls(GrowthSnapshot snapshot, int month) {
        return snapshot.view(new PullsKey(month), () -> List.copyOf(computePulls(snapshot, month)));
    }

    private static List<Pull> computePulls(GrowthSnapshot snapshot, int month) {
        List<String> divisions = snapshot.labels().divisionCodes();
        List<Pull> pulls = new ArrayList<>();
        for (int d = 0; d < divisions.size(); d++) {
            MonthFigures f = snapshot.result().division(d).month(month);
            if (f.pullCum().isPresent()) {
                String code = divisions.get(d);
                pulls.add(new Pull(
                        code,
                        snapshot.names().getOrDefault(code, code),
                        published(f.cumGrowth()),
                        f.pullCum().getAsDouble()));
            }
        }
        pulls.sort(Comparator.comparingDouble(Pull::pull).reversed());
        return pulls;
    }

    /**
     * The quarter view at month M: the city, then every county by code. Single-quarter and cumulative growth from the
     * actual months 1..M ({@link MonthlyPlan#quarterToDate}); 四季度好于三季度 and what the rest of the fourth quarter must
     * reach are decided on the published figures.
     */
    static List<QuarterRow> quarters(GrowthSnapshot snapshot, int month, UserScope scope) {
        List<QuarterRow> rows = new ArrayList<>();
        String city = snapshot.labels().cityCode();
        rows.add(quarterRow(snapshot, -1, city, month, true));
        List<String> counties = snapshot.labels().countyCodes();
        for (int k = 0; k < counties.size(); k++) {
            rows.add(quarterRow(snapshot, k, counties.get(k), month, scope.coversCounty(counties.get(k))));
        }
        return rows;
    }

    private static QuarterRow quarterRow(GrowthSnapshot snapshot, int county, String code, int month, boolean visible) {
        io.industrypulse.engine.GroupResult group =
                county < 0 ? snapshot.result().city() : snapshot.result().county(county);
        // the plan only arranges the actual months by quarter here: the target does not touch months 1..M
        double target =
                group.month(month).targetStatus().map(TargetStatus::target).orElse(0.0);
        MonthlyPlan plan = snapshot.plan(county, target, month);
        List<@Nullable Double> growth = new ArrayList<>(4);
        List<@Nullable Double> cum = new ArrayList<>(4);
        for (int q = 1; q <= 4; q++) {
            growth.add(published(plan.quarterToDate(q)));
            cum.add(month >= 3 * q ? published(group.month(3 * q).cumGrowth()) : null);
        }
        Double q3 = month >= 9 ? growth.get(2) : null;
        Double q4 = growth.get(3);
        Boolean better = q3 != null && q4 != null ? q4 > q3 : null;
        Double gap = q3 != null && q4 != null ? Published.round(q4 - q3) : null;
        Double rest = q3 == null ? null : published(plan.restOfQuarterRequired(4, Published.round(q3 + 0.1)));
        return new QuarterRow(
                code, snapshot.names().getOrDefault(code, code), county < 0, growth, cum, better, gap, rest, visible);
    }

    /** Official published cumulative growth of the province or the city for month M, if fed back. */
    static @Nullable Double benchmark(GrowthSnapshot snapshot, int month, boolean province) {
        Benchmarks b = snapshot.labels().engineInput().benchmarks();
        OptionalDouble value =
                province ? b.provinceCum().get(month - 1) : b.cityCum().get(month - 1);
        return Formulas.orNull(value);
    }

    /**
     * The path to the target for the trend chart, months 2..12: empty before month M, the actual cumulative growth at
     * M, then the cumulative growth of the monthly plan recomputed from the data of 1..M, which reaches the target in
     * December (DESIGN.md section 5, required growth of the remaining months).
     */
    static List<@Nullable Double> targetPath(GrowthSnapshot snapshot, int county, double target, int month) {
        MonthlyPlan plan = snapshot.plan(county, target, month);
        List<@Nullable Double> path = new ArrayList<>();
        for (int m = PageSupport.FIRST_MONTH; m <= 12; m++) {
            path.add(m < month ? null : published(plan.month(m).cumGrowth()));
        }
        return path;
    }

    /**
     * The month growth as published: January is not published alone (1-2月合并, METHODOLOGY.md 1.7), so the month
     * column of 1-2月 shows the growth of January and February together, which is the cumulative growth.
     */
    static @Nullable Double monthGrowth(MonthFigures f, int month) {
        return published(f.publishedMonthGrowth());
    }

    /** Unrounded cumulative growth by month 2..M ({@code null} where undefined), for charts. */
    static List<@Nullable Double> cumPath(io.industrypulse.engine.GroupResult group, int toMonth) {
        List<@Nullable Double> path = new ArrayList<>();
        for (int m = 2; m <= Math.min(toMonth, group.months().size()); m++) {
            path.add(published(group.month(m).cumGrowth()));
        }
        return path;
    }

    /** Month growth by month 2..M. */
    static List<@Nullable Double> monthPath(io.industrypulse.engine.GroupResult group, int toMonth) {
        List<@Nullable Double> path = new ArrayList<>();
        for (int m = 2; m <= Math.min(toMonth, group.months().size()); m++) {
            path.add(monthGrowth(group.month(m), m));
        }
        return path;
    }

    static @Nullable Double published(OptionalDouble value) {
        return value.isPresent() ? Published.round(value.getAsDouble()) : null;
    }

    private static @Nullable Integer integer(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
