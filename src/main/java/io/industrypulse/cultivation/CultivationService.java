package io.industrypulse.cultivation;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.Role;
import io.industrypulse.account.ShownTime;
import io.industrypulse.account.UserScope;
import io.industrypulse.engine.RevenueProjection;
import io.industrypulse.enterprise.AboveSizeChange;
import io.industrypulse.enterprise.AboveSizeEntry;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.RegionService;
import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.target.Target;
import io.industrypulse.target.TargetIndicator;
import io.industrypulse.target.TargetService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The pool (培育库), who will cross the threshold by which batch, the 临退 list and the net increase (issue 14). A
 * county user keeps its own county's pool; the city's administrator and analysts keep any county's and the batch
 * calendar; leaders read everything; an enterprise user reads its own pool record; departments nothing. A county's
 * counts of entries, exits and net increase are public aggregates; names only within the caller's scope.
 */
@Service
@EnableConfigurationProperties(CultivationSettings.class)
public class CultivationService {

    private final CultivationRepository repository;
    private final EnterpriseService enterprises;
    private final StatDataService statData;
    private final TargetService targets;
    private final RegionService regions;
    private final CultivationSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    CultivationService(
            CultivationRepository repository,
            EnterpriseService enterprises,
            StatDataService statData,
            TargetService targets,
            RegionService regions,
            CultivationSettings settings,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.enterprises = enterprises;
        this.statData = statData;
        this.targets = targets;
        this.regions = regions;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A pool enterprise with where it stands.
     *
     * @param latestMonth its latest reported month, or {@code null}
     * @param trailing its revenue of the twelve months to the pool's latest month, 万元
     * @param projected its projected revenue of the year
     * @param nextBatch the first batch still open to it (annual; monthly too for 新建新投产)
     * @param qualifiesNext whether it is expected to qualify for that batch
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PoolRow(
            PoolEnterprise enterprise,
            @Nullable YearMonth latestMonth,
            @Nullable Double trailing,
            double projected,
            PoolClass poolClass,
            @Nullable Batch nextBatch,
            @Nullable Boolean qualifiesNext) {}

    /**
     * A batch and whether the enterprise is expected to qualify for it.
     *
     * @param revenue revenue of the twelve months to the batch's reference month, reported and projected
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record BatchOutlook(Batch batch, double revenue, boolean qualifies) {}

    /**
     * An enterprise's page.
     *
     * @param months its months of the last two years: period, output, revenue, trailing twelve months' revenue
     * @param projected the projected revenue by month of this year after the latest month
     */
    public record PoolDetail(
            PoolRow row, int year, List<MonthView> months, double[] projected, List<BatchOutlook> batches) {}

    /** A month of an enterprise's page, 万元. */
    public record MonthView(YearMonth period, BigDecimal output, BigDecimal revenue, double trailing) {}

    /**
     * The pool's filters; {@code null} or blank: any.
     *
     * @param batch only those expected to qualify for this batch
     */
    public record PoolFilter(
            @Nullable String county,
            @Nullable PoolKind kind,
            @Nullable String industryClass,
            @Nullable Long batch) {}

    /**
     * How the projection did on last year: projected from its months 1..{@code asOf} against what the year came to.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Accuracy(
            int year, int asOf, int enterprises, double meanAbsolutePercentError, double classifiedRight) {}

    // --- who may do what

    public static boolean mayRead(UserScope scope) {
        return scope.role() != Role.DEPARTMENT_USER;
    }

    /** Whether the user keeps the county's pool and applications. */
    public static boolean mayWrite(UserScope scope, String county) {
        return scope.role() == Role.CITY_ADMIN
                || scope.role() == Role.CITY_ANALYST
                || (scope.role() == Role.COUNTY_USER && scope.regionCode().equals(county));
    }

    /** Whether the user keeps the batch calendar: the city's administrator and analysts. */
    public static boolean mayKeepCalendar(UserScope scope) {
        return scope.role() == Role.CITY_ADMIN || scope.role() == Role.CITY_ANALYST;
    }

    static void requireRead(UserScope scope) {
        if (!mayRead(scope)) {
            throw new AccessDeniedException(Messages.get("cultivation.error.readDenied"));
        }
    }

    private static boolean visible(PoolEnterprise e, UserScope scope) {
        return scope.coversEnterprise(e.creditCode(), e.countyCode());
    }

    // --- the pool

    /**
     * The pool enterprises the user may see that match the filter, with their projection and class.
     *
     * @throws AccessDeniedException for departments, or a county user asking for another county
     */
    @Transactional(readOnly = true)
    public List<PoolRow> pool(PoolFilter filter, UserScope scope) {
        requireRead(scope);
        String county = blank(filter.county()) ? null : filter.county().strip();
        if (county != null && scope.role() == Role.COUNTY_USER && !scope.coversCounty(county)) {
            throw new AccessDeniedException(Messages.get("cultivation.error.otherCounty"));
        }
        if (county != null && !regions.isCounty(county)) {
            throw new IllegalArgumentException(Messages.get("cultivation.error.unknownCounty", county));
        }
        String shown = scope.role() == Role.COUNTY_USER ? scope.regionCode() : county;
        List<PoolEnterprise> pool = repository.pool(shown).stream()
                .filter(e -> visible(e, scope))
                .filter(e -> filter.kind() == null || e.kind() == filter.kind())
                .filter(e -> blank(filter.industryClass()) || e.industryClass().startsWith(filter.industryClass()))
                .toList();
        Optional<Batch> wanted = filter.batch() == null ? Optional.empty() : repository.batch(filter.batch());
        if (filter.batch() != null && wanted.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("cultivation.error.unknownBatch", filter.batch()));
        }
        Projections projections = projections(pool);
        List<PoolRow> rows = new ArrayList<>();
        for (PoolEnterprise e : pool) {
            PoolRow row = projections.row(e);
            if (wanted.isPresent()) {
                Optional<BatchOutlook> outlook = projections.outlook(e, wanted.get());
                if (outlook.isEmpty() || !outlook.get().qualifies()) {
                    continue;
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** An enterprise's page, when the user may see it. */
    @Transactional(readOnly = true)
    public Optional<PoolDetail> detail(String creditCode, UserScope scope) {
        if (!mayRead(scope)) {
            return Optional.empty();
        }
        Optional<PoolEnterprise> found = repository.one(creditCode).filter(e -> visible(e, scope));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PoolEnterprise e = found.get();
        Projections projections = projections(List.of(e));
        PoolRow row = projections.row(e);
        List<MonthView> months = new ArrayList<>();
        double[] series = projections.series(e).revenue();
        int year = projections.year;
        for (PoolMonth m : repository.months(YearMonth.of(year - 1, 1), e.creditCode())) {
            int index = (m.period().getYear() - (year - 1)) * 12 + m.period().getMonthValue() - 1;
            double trailing = 0;
            for (int k = Math.max(0, index - 11); k <= index; k++) {
                trailing += Double.isNaN(series[k]) ? 0 : series[k];
            }
            months.add(new MonthView(m.period(), m.output(), m.revenue(), trailing));
        }
        List<BatchOutlook> batches = new ArrayList<>();
        for (Batch b : comingBatches()) {
            projections.outlook(e, b).ifPresent(batches::add);
        }
        return Optional.of(
                new PoolDetail(row, year, months, projections.projection(e).months(), batches));
    }

    /** The batches whose deadline is today or later, by deadline. */
    @Transactional(readOnly = true)
    public List<Batch> comingBatches() {
        LocalDate today = ShownTime.today(clock);
        return repository.batches().stream()
                .filter(b -> !b.deadline().isBefore(today))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Batch> batches() {
        return repository.batches();
    }

    /** Days left to the deadline of the first coming batch, with it; empty when none is scheduled. */
    @Transactional(readOnly = true)
    public Optional<Map.Entry<Batch, Long>> countdown() {
        LocalDate today = ShownTime.today(clock);
        return comingBatches().stream()
                .findFirst()
                .map(b -> Map.entry(b, ChronoUnit.DAYS.between(today, b.deadline())));
    }

    /**
     * The projections of the pool at its latest month: each enterprise's months of last year and this year, the
     * year being the latest month's.
     */
    private Projections projections(List<PoolEnterprise> pool) {
        YearMonth latest = repository.latestMonth().orElse(YearMonth.now(clock.withZone(ShownTime.ZONE)));
        int year = latest.getYear();
        Map<String, double[]> revenue = new HashMap<>();
        java.util.Set<String> wanted = new java.util.HashSet<>();
        pool.forEach(e -> wanted.add(e.creditCode()));
        for (PoolMonth m : repository.months(YearMonth.of(year - 1, 1), null)) {
            if (!wanted.contains(m.creditCode()) || m.period().getYear() > year) {
                continue;
            }
            double[] r = revenue.computeIfAbsent(m.creditCode(), k -> nan(24));
            r[(m.period().getYear() - (year - 1)) * 12 + m.period().getMonthValue() - 1] =
                    m.revenue().doubleValue();
        }
        return new Projections(year, latest.getMonthValue(), revenue, comingBatches());
    }

    /** The pool's projections at one month. */
    private final class Projections {

        final int year;
        final int lastMonth;
        final Map<String, double[]> revenue;
        final List<Batch> coming;
        final Map<String, RevenueProjection.Projection> done = new HashMap<>();

        Projections(int year, int lastMonth, Map<String, double[]> revenue, List<Batch> coming) {
            this.year = year;
            this.lastMonth = lastMonth;
            this.revenue = revenue;
            this.coming = coming;
        }

        RevenueProjection.Series series(PoolEnterprise e) {
            return new RevenueProjection.Series(revenue.getOrDefault(e.creditCode(), nan(24)), lastMonth);
        }

        RevenueProjection.Projection projection(PoolEnterprise e) {
            return done.computeIfAbsent(e.creditCode(), k -> RevenueProjection.project(series(e)));
        }

        PoolRow row(PoolEnterprise e) {
            RevenueProjection.Projection p = projection(e);
            double[] r = revenue.getOrDefault(e.creditCode(), nan(24));
            YearMonth latest = null;
            for (int k = 23; k >= 0; k--) {
                if (!Double.isNaN(r[k])) {
                    latest = YearMonth.of(year - 1 + k / 12, k % 12 + 1);
                    break;
                }
            }
            Double trailing = p.trailing().isPresent() ? p.trailing().getAsDouble() : null;
            PoolClass cls = trailing != null && trailing >= settings.threshold()
                    ? PoolClass.QUALIFIED
                    : p.annual() >= settings.threshold() || (trailing != null && trailing >= settings.nearEntry())
                            ? PoolClass.NEAR
                            : PoolClass.GROWING;
            Batch next = coming.stream().filter(b -> open(e, b)).findFirst().orElse(null);
            Boolean qualifies = next == null
                    ? null
                    : outlook(e, next).map(BatchOutlook::qualifies).orElse(null);
            return new PoolRow(e, latest, trailing, p.annual(), cls, next, qualifies);
        }

        /** The outlook for a batch whose reference month lies within last December..this December. */
        Optional<BatchOutlook> outlook(PoolEnterprise e, Batch b) {
            YearMonth reference = b.referenceMonth();
            int index = (reference.getYear() - year) * 12 + reference.getMonthValue();
            if (index < 0 || index > 12 || !open(e, b)) {
                return Optional.empty();
            }
            double twelve = RevenueProjection.twelveMonthsTo(series(e), projection(e), index);
            return Optional.of(new BatchOutlook(b, twelve, twelve >= settings.threshold()));
        }
    }

    /** A monthly batch takes only 新建新投产 enterprises. */
    private static boolean open(PoolEnterprise e, Batch b) {
        return b.kind() == BatchKind.ANNUAL || e.kind() == PoolKind.NEW;
    }

    /** The projection back-tested on the pool's last complete year. */
    @Transactional(readOnly = true)
    public Optional<Accuracy> accuracy() {
        Optional<YearMonth> latest = repository.latestMonth();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        int tested = latest.get().getYear() - 1;
        Map<String, double[]> revenue = new HashMap<>();
        for (PoolMonth m : repository.months(YearMonth.of(tested - 1, 1), null)) {
            if (m.period().getYear() <= tested) {
                revenue.computeIfAbsent(m.creditCode(), k -> nan(24))[
                                (m.period().getYear() - (tested - 1)) * 12
                                        + m.period().getMonthValue()
                                        - 1] =
                        m.revenue().doubleValue();
            }
        }
        List<double[]> complete = revenue.values().stream()
                .filter(r -> Arrays.stream(r, 12, 24).noneMatch(Double::isNaN))
                .toList();
        if (complete.isEmpty()) {
            return Optional.empty();
        }
        RevenueProjection.Accuracy a =
                RevenueProjection.backTest(complete, settings.backTestMonth(), settings.threshold());
        return Optional.of(new Accuracy(
                tested, settings.backTestMonth(), a.enterprises(), a.meanAbsolutePercentError(), a.classifiedRight()));
    }

    // --- exits (临退)

    /**
     * An above-size enterprise at risk of leaving the scope.
     *
     * @param projected its projected revenue of the year, 万元
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ExitRisk(String creditCode, String name, String countyCode, double projected, String reason) {}

    /** The 临退 list of the user's scope: projected annual revenue under the setting (or under the threshold). */
    @Transactional(readOnly = true)
    public List<ExitRisk> exitRisks(@Nullable String county, UserScope scope) {
        requireRead(scope);
        List<YearMonth> periods = statData.periods();
        if (periods.isEmpty()) {
            return List.of();
        }
        YearMonth latest = periods.get(periods.size() - 1);
        int year = latest.getYear();
        Map<String, double[]> revenue = new LinkedHashMap<>();
        for (MonthlyRow m : statData.monthly(Year.of(year - 1), Year.of(year))) {
            if (m.revenue() == null) {
                continue;
            }
            revenue.computeIfAbsent(m.creditCode(), k -> nan(24))[
                            (m.period().getYear() - (year - 1)) * 12
                                    + m.period().getMonthValue()
                                    - 1] =
                    m.revenue().doubleValue();
        }
        java.util.Set<String> above = new java.util.HashSet<>(enterprises.aboveSizeIn(latest, cityScope()));
        Map<String, io.industrypulse.enterprise.Enterprise> registry = new HashMap<>();
        enterprises.allForStatistics().forEach(e -> registry.put(e.creditCode(), e));
        List<ExitRisk> out = new ArrayList<>();
        for (Map.Entry<String, double[]> entry : revenue.entrySet()) {
            io.industrypulse.enterprise.Enterprise e = registry.get(entry.getKey());
            if (e == null
                    || !above.contains(e.creditCode())
                    || !scope.coversEnterprise(e.creditCode(), e.countyCode())) {
                continue;
            }
            if (county != null && !county.isBlank() && !e.countyCode().equals(county)) {
                continue;
            }
            double projected = RevenueProjection.project(
                            new RevenueProjection.Series(entry.getValue(), latest.getMonthValue()))
                    .annual();
            if (projected < settings.exitRisk()) {
                String reason = projected < settings.threshold()
                        ? Messages.get("cultivation.exit.belowThreshold", fmt(projected), fmt(settings.threshold()))
                        : Messages.get("cultivation.exit.belowRisk", fmt(projected), fmt(settings.exitRisk()));
                out.add(new ExitRisk(e.creditCode(), e.name(), e.countyCode(), projected, reason));
            }
        }
        out.sort(java.util.Comparator.comparingDouble(ExitRisk::projected));
        return out;
    }

    private UserScope cityScope() {
        return new UserScope(
                AuditLog.SYSTEM,
                Role.CITY_ANALYST,
                regions.city().map(r -> r.code()).orElse("000000"));
    }

    // --- net increase (净增)

    /**
     * A region's net increase in a year.
     *
     * @param upgrades entries by 小升规; {@code newProduction} by 新建投产
     * @param exits exits of the year
     * @param target its 小升规净增 target (家), if set
     * @param gap target − net, when there is a target
     * @param near its pool's 已达标 and 临规 enterprises, who could close the gap
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record NetIncrease(
            String regionCode,
            String name,
            int upgrades,
            int newProduction,
            int exits,
            int net,
            @Nullable Integer target,
            @Nullable Integer gap,
            int near) {}

    /** The city and each county's net increase of the year (public aggregates). */
    @Transactional(readOnly = true)
    public List<NetIncrease> netIncrease(int year, UserScope scope) {
        requireRead(scope);
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException(Messages.get("cultivation.error.year", year));
        }
        List<AboveSizeChange> changes = enterprises.aboveSizeChanges(YearMonth.of(year, 1), YearMonth.of(year, 12));
        Map<String, int[]> counts = new LinkedHashMap<>();
        regions.counties().forEach(r -> counts.put(r.code(), new int[3]));
        for (AboveSizeChange c : changes) {
            int[] k = counts.computeIfAbsent(c.countyCode(), x -> new int[3]);
            if (!c.entry()) {
                k[2]++;
            } else if (c.what().equals(AboveSizeEntry.NEW_PRODUCTION.name())) {
                k[1]++;
            } else {
                k[0]++;
            }
        }
        Map<String, BigDecimal> goal = new HashMap<>();
        for (Target t : targets.targets(Year.of(year))) {
            if (t.indicator().equals(TargetIndicator.UPGRADE_NET_INCREASE.name())) {
                goal.put(t.regionCode(), t.value());
            }
        }
        Map<String, Integer> near = new HashMap<>();
        for (PoolRow row : projectionsOfAll()) {
            if (row.poolClass() != PoolClass.GROWING) {
                near.merge(row.enterprise().countyCode(), 1, Integer::sum);
            }
        }
        Map<String, String> names = regions.countyNames();
        List<NetIncrease> out = new ArrayList<>();
        int[] city = new int[3];
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] k = e.getValue();
            for (int i = 0; i < 3; i++) {
                city[i] += k[i];
            }
            out.add(net(
                    e.getKey(),
                    names.getOrDefault(e.getKey(), e.getKey()),
                    k,
                    goal.get(e.getKey()),
                    near.getOrDefault(e.getKey(), 0)));
        }
        String cityCode = regions.city().map(r -> r.code()).orElse("");
        out.add(
                0,
                net(
                        cityCode,
                        regions.city().map(r -> r.name()).orElse(cityCode),
                        city,
                        goal.get(cityCode),
                        near.values().stream().mapToInt(Integer::intValue).sum()));
        return out;
    }

    private List<PoolRow> projectionsOfAll() {
        List<PoolEnterprise> pool = repository.pool(null);
        Projections p = projections(pool);
        return pool.stream().map(p::row).toList();
    }

    private static NetIncrease net(String code, String name, int[] k, @Nullable BigDecimal goal, int near) {
        int net = k[0] + k[1] - k[2];
        Integer target = goal == null ? null : goal.intValue();
        return new NetIncrease(code, name, k[0], k[1], k[2], net, target, target == null ? null : target - net, near);
    }

    /** The year's entries and exits the user may name, by month. */
    @Transactional(readOnly = true)
    public List<AboveSizeChange> changes(int year, UserScope scope) {
        requireRead(scope);
        return enterprises.aboveSizeChanges(YearMonth.of(year, 1), YearMonth.of(year, 12)).stream()
                .filter(c -> scope.coversEnterprise(c.creditCode(), c.countyCode()))
                .toList();
    }

    // --- loaders

    /** Brings a pool and its months onto the platform (the demo city's): no caller is checked; audited as the system's. */
    @Transactional
    public void load(List<PoolEnterprise> pool, List<PoolMonth> months, List<Batch> batches) {
        for (PoolEnterprise e : pool) {
            repository.save(e);
            audit.record("cultivation.pool", "cult_pool", e.creditCode(), null, e);
        }
        months.forEach(repository::saveMonth);
        for (Batch b : batches) {
            long id = repository.insertBatch(b);
            audit.record("cultivation.batch", "cult_batch", Long.toString(id), null, b);
        }
    }

    private static String fmt(double value) {
        return BigDecimal.valueOf(value)
                .setScale(0, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
