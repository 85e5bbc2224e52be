package io.industrypulse.planning;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.engine.Benchmarks;
import io.industrypulse.engine.Classification;
import io.industrypulse.engine.GroupResult;
import io.industrypulse.engine.MonthFigures;
import io.industrypulse.engine.Published;
import io.industrypulse.engine.TargetStatus;
import io.industrypulse.enterprise.EnterpriseChanged;
import io.industrypulse.monitor.GrowthSnapshot;
import io.industrypulse.monitor.MonitorService;
import io.industrypulse.statdata.StatDataChanged;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskExecutor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Warnings (预警) of a month, computed from the growth snapshot so they appear and clear as the data change, filtered
 * to the caller's scope: a county user sees its own county's, city-wide users all and the city's.
 */
@Service
@EnableConfigurationProperties(WarningSettings.class)
public class WarningService {

    private static final Logger log = LoggerFactory.getLogger(WarningService.class);

    private final MonitorService monitor;
    private final TaskService tasks;
    private final WarningSettings settings;
    private final CurrentUser currentUser;
    private final ReportingService reporting;
    private final io.industrypulse.cultivation.CultivationService cultivation;
    private final io.industrypulse.investment.InvestmentService investment;
    private final io.industrypulse.region.RegionService regions;
    private final TaskExecutor executor;
    private final UserScope system;
    private final String cityCode;
    private volatile Cached cached;
    private final Object computing = new Object();
    private volatile CachedReporting cachedReporting;
    private volatile CachedProjects cachedProjects;
    private volatile @Nullable HeaderCounts headerCounts;
    private final io.industrypulse.account.DataVersion dataVersion;
    /** The latest month's warnings by rule, as {@code industrypulse.warnings} for Prometheus. */
    private final java.util.Map<WarningRule, java.util.concurrent.atomic.AtomicInteger> counts =
            new java.util.EnumMap<>(WarningRule.class);

    WarningService(
            MonitorService monitor,
            TaskService tasks,
            WarningSettings settings,
            CurrentUser currentUser,
            ReportingService reporting,
            io.industrypulse.cultivation.CultivationService cultivation,
            io.industrypulse.investment.InvestmentService investment,
            io.industrypulse.region.RegionService regions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            @Value("${industrypulse.city-code:130100}") String cityCode,
            io.micrometer.core.instrument.MeterRegistry meters,
            io.industrypulse.account.DataVersion dataVersion) {
        for (WarningRule rule : WarningRule.values()) {
            var count = new java.util.concurrent.atomic.AtomicInteger();
            counts.put(rule, count);
            io.micrometer.core.instrument.Gauge.builder("industrypulse.warnings", count, Number::doubleValue)
                    .description("Warnings of the latest month with data, the whole city, by rule")
                    .tag("rule", rule.name())
                    .register(meters);
        }
        this.executor = executor;
        this.monitor = monitor;
        this.tasks = tasks;
        this.settings = settings;
        this.currentUser = currentUser;
        this.reporting = reporting;
        this.cultivation = cultivation;
        this.investment = investment;
        this.regions = regions;
        this.cityCode = cityCode;
        this.dataVersion = dataVersion;
        this.system = new UserScope(AuditLog.SYSTEM, Role.CITY_ADMIN, cityCode);
    }

    /**
     * The latest month with data, if any. None while the latest year has rows but no month that can be deflated yet
     * (its first month's PPI is not published): its snapshot has no month.
     */
    public Optional<YearMonth> latestPeriod() {
        return monitor.snapshot()
                .filter(s -> s.result().lastMonth() >= 1)
                .map(s -> Year.of(s.result().year()).atMonth(s.result().lastMonth()));
    }

    /**
     * The number of warnings of the latest month in the header of every page: for city-wide roles the city's and the
     * counties' warnings (the hundreds of enterprise task shortfalls would drown them); for everyone else every warning
     * in their own scope, their enterprises' included.
     *
     * <p>Kept per scope until the data move ({@link io.industrypulse.account.DataVersion}: every committed write and
     * every dropped snapshot), the day turns or a minute passes (the reporting rule's clock), as the rendered-answer
     * cache keeps pages: counting gathers every rule's warnings of the month and reads the cultivation batches, which
     * at province size costs more than the page it heads (issue 18).
     */
    public int headerCount(UserScope scope) {
        long version = dataVersion.current();
        LocalDate today = reporting.today();
        HeaderCounts kept = headerCounts;
        if (kept == null
                || kept.version() != version
                || !kept.today().equals(today)
                || System.nanoTime() - kept.since() > REPORTING_CACHE_NANOS) {
            kept = new HeaderCounts(version, today, System.nanoTime(), new java.util.concurrent.ConcurrentHashMap<>());
            headerCounts = kept;
        }
        return kept.byScope().computeIfAbsent(scope, this::countNow);
    }

    private int countNow(UserScope scope) {
        boolean cityWide = scope.isCityWide();
        return latestPeriod()
                .map(p -> (int) warnings(p, scope).stream()
                        .filter(w -> !cityWide || w.creditCode() == null)
                        .count())
                .orElse(0);
    }

    private record HeaderCounts(long version, LocalDate today, long since, java.util.Map<UserScope, Integer> byScope) {}

    /** The warnings of a month in the caller's scope; empty when the month has no data. */
    public List<Warning> warnings(YearMonth period) {
        return warnings(period, currentUser.scope());
    }

    /** The warnings of a month in the given scope (a document's, written outside a request). */
    public List<Warning> warnings(YearMonth period, UserScope scope) {
        List<Warning> warnings = new ArrayList<>(all(period));
        warnings.addAll(reportingWarnings(period));
        warnings.addAll(netIncreaseWarnings(period));
        warnings.addAll(investmentWarnings(period));
        return warnings.stream().filter(w -> visible(w, scope)).toList();
    }

    /**
     * DESIGN.md section 1: a warning on an enterprise is for those who may see that enterprise's figures, one on a
     * county for those who see the county's detail; the city's own warnings are public aggregates, like the ranking.
     */
    private boolean visible(Warning warning, UserScope scope) {
        if (warning.creditCode() != null) {
            return scope.coversEnterprise(warning.creditCode(), warning.regionCode());
        }
        return warning.regionCode().equals(cityCode) || scope.coversCounty(warning.regionCode());
    }

    /*
     * New data or registry facts: the reporting warnings kept for a minute are dropped as the change commits (the
     * growth warnings are kept with the snapshot they were computed from, which the monitor drops first). Then the
     * latest month's warnings are computed again in the background (event publication registry), so the first page
     * after an import does not wait for them.
     */

    @TransactionalEventListener(fallbackExecution = true)
    @Order(100)
    void dropOn(StatDataChanged event) {
        cachedReporting = null;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(100)
    void dropOn(EnterpriseChanged event) {
        cachedReporting = null;
    }

    @ApplicationModuleListener
    void recomputeOn(StatDataChanged event) {
        recompute();
    }

    @ApplicationModuleListener
    void recomputeOn(EnterpriseChanged event) {
        recompute();
    }

    /** A target or benchmark moves classes, required growth and 两个不低于: the first page after it need not wait. */
    @ApplicationModuleListener
    void recomputeOn(io.industrypulse.target.TargetsChanged event) {
        recompute();
    }

    /** Another instance changed the data (its events stay there): everything is read again. */
    @org.springframework.context.event.EventListener
    @Order(100)
    void onDataChangedElsewhere(io.industrypulse.account.DataChangedElsewhere event) {
        cachedProjects = null;
        cachedReporting = null;
        executor.execute(() -> {
            try {
                recompute();
            } catch (RuntimeException e) {
                log.warn("Computing the warnings after another instance's change failed; the next request retries", e);
            }
        });
    }

    /** The latest month's warnings in the city's view, computed and counted by rule for the metrics. */
    private void recompute() {
        if (!monitor.computesInBackground()) {
            return;
        }
        latestPeriod().ifPresent(period -> {
            List<Warning> now = warnings(period, system);
            for (WarningRule rule : WarningRule.values()) {
                counts.get(rule)
                        .set((int) now.stream().filter(w -> w.rule() == rule).count());
            }
        });
    }

    /** After start, in the background: the warnings of the latest month are ready, and counted, before anyone asks. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void recomputeAfterStart() {
        executor.execute(() -> {
            try {
                recompute();
            } catch (RuntimeException e) {
                log.warn("Computing the warnings after start failed; the next request retries", e);
            }
        });
    }

    List<Warning> all(YearMonth period) {
        Optional<GrowthSnapshot> found = monitor.snapshot(Year.of(period.getYear()));
        if (found.isEmpty() || period.getMonthValue() > found.get().result().lastMonth()) {
            return List.of();
        }
        GrowthSnapshot snapshot = found.get();
        Cached last = cached;
        if (fresh(last, snapshot, period)) {
            return last.warnings;
        }
        // one computation at a time: the background one after a change and the first page's header count coincide,
        // and the second then takes the first's result instead of computing it again
        synchronized (computing) {
            last = cached;
            if (fresh(last, snapshot, period)) {
                return last.warnings;
            }
            long start = System.nanoTime();
            List<Warning> warnings = compute(snapshot, period);
            cached = new Cached(snapshot, period, warnings);
            log.info(
                    "Warnings of {} computed: {} ({} ms)",
                    period,
                    warnings.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return warnings;
        }
    }

    /**
     * {@link WarningRule#REPORTING_COVERAGE}: the counties whose coverage is under the threshold while the deadline is
     * at most the configured days away or past. Cached for a minute per period and day; new data clear it.
     */
    List<Warning> reportingWarnings(YearMonth period) {
        if (!settings.enabled(WarningRule.REPORTING_COVERAGE)) {
            return List.of();
        }
        LocalDate today = reporting.today();
        CachedReporting last = cachedReporting;
        if (fresh(last, period, today)) {
            return last.warnings;
        }
        synchronized (computing) { // as in all(): the background computation and the first page coincide
            last = cachedReporting;
            if (fresh(last, period, today)) {
                return last.warnings;
            }
            List<Warning> warnings = new ArrayList<>();
            if (ChronoUnit.DAYS.between(today, reporting.deadline(period)) <= settings.reportingDaysBefore()) {
                for (ReportingProgress.County county :
                        reporting.allCounties(period, system).counties()) {
                    if (county.coverage() != null
                            && county.coverage().doubleValue() < settings.reportingCoverageBelow()) {
                        warnings.add(new Warning(
                                period,
                                WarningRule.REPORTING_COVERAGE,
                                county.countyCode(),
                                county.countyName(),
                                null,
                                null,
                                county.coverage().doubleValue(),
                                settings.reportingCoverageBelow()));
                    }
                }
            }
            cachedReporting = new CachedReporting(period, today, System.nanoTime(), List.copyOf(warnings));
            return cachedReporting.warnings;
        }
    }

    private static boolean fresh(@Nullable CachedReporting last, YearMonth period, LocalDate today) {
        return last != null
                && last.period.equals(period)
                && last.today.equals(today)
                && System.nanoTime() - last.computedAt < REPORTING_CACHE_NANOS;
    }

    /**
     * {@link WarningRule#NET_INCREASE}: the counties whose net increase of the period's year is below their task once
     * the year's last annual batch has closed (no batch is left to close the gap).
     */
    List<Warning> netIncreaseWarnings(YearMonth period) {
        if (!settings.enabled(WarningRule.NET_INCREASE)) {
            return List.of();
        }
        int year = period.getYear();
        Optional<LocalDate> last = cultivation.batches().stream()
                .filter(b -> b.year() == year && b.kind() == io.industrypulse.cultivation.BatchKind.ANNUAL)
                .map(io.industrypulse.cultivation.Batch::deadline)
                .max(java.util.Comparator.naturalOrder());
        if (last.isEmpty() || !reporting.today().isAfter(last.get())) {
            return List.of();
        }
        List<Warning> warnings = new ArrayList<>();
        for (io.industrypulse.cultivation.CultivationService.NetIncrease n : cultivation.netIncrease(year, system)) {
            if (!n.regionCode().equals(cityCode) && n.gap() != null && n.gap() > 0) {
                warnings.add(new Warning(
                        period, WarningRule.NET_INCREASE, n.regionCode(), n.name(), null, null, n.net(), n.target()));
            }
        }
        return warnings;
    }

    /** The ledger changed: its warnings are read again on the next request. */
    @TransactionalEventListener(fallbackExecution = true)
    void dropOn(io.industrypulse.investment.ProjectsChanged event) {
        cachedProjects = null;
    }

    private record CachedProjects(YearMonth period, List<Warning> warnings) {}

    /**
     * {@link WarningRule#INVESTMENT_BEHIND} and {@link WarningRule#INVESTMENT_NOT_STARTED}: the ledger's projects more
     * than the setting's points behind the time progress in the month, and those whose planned start has come without
     * a start (months late, 0 in the planned month). Kept until the ledger changes.
     */
    List<Warning> investmentWarnings(YearMonth period) {
        boolean behind = settings.enabled(WarningRule.INVESTMENT_BEHIND);
        boolean late = settings.enabled(WarningRule.INVESTMENT_NOT_STARTED);
        if (!behind && !late) {
            return List.of();
        }
        CachedProjects last = cachedProjects;
        if (last != null && last.period().equals(period)) {
            return last.warnings();
        }
        java.util.Map<String, String> names = regions.countyNames();
        List<Warning> warnings = new ArrayList<>();
        for (io.industrypulse.investment.InvestmentService.ProjectRow row :
                investment.projects(io.industrypulse.investment.InvestmentService.Filter.all(), period, system)) {
            var p = row.project();
            String county = names.getOrDefault(p.countyCode(), p.countyCode());
            if (behind && row.behind()) {
                warnings.add(new Warning(
                        period,
                        WarningRule.INVESTMENT_BEHIND,
                        p.countyCode(),
                        county,
                        null,
                        p.name(),
                        row.timeProgress(),
                        -investment.behindPoints(),
                        p.code()));
            }
            if (late && row.notStarted()) {
                warnings.add(new Warning(
                        period,
                        WarningRule.INVESTMENT_NOT_STARTED,
                        p.countyCode(),
                        county,
                        null,
                        p.name(),
                        ChronoUnit.MONTHS.between(YearMonth.from(p.plannedStart()), period),
                        0,
                        p.code()));
            }
        }
        cachedProjects = new CachedProjects(period, List.copyOf(warnings));
        return cachedProjects.warnings();
    }

    private List<Warning> compute(GrowthSnapshot snapshot, YearMonth period) {
        int month = period.getMonthValue();
        List<Warning> warnings = new ArrayList<>();
        Benchmarks benchmarks = snapshot.labels().engineInput().benchmarks();
        String cityCode = snapshot.labels().cityCode();
        regionWarnings(snapshot, period, cityCode, snapshot.result().city(), null, warnings);
        List<String> counties = snapshot.labels().countyCodes();
        for (int k = 0; k < counties.size(); k++) {
            regionWarnings(snapshot, period, counties.get(k), snapshot.result().county(k), benchmarks, warnings);
        }
        if (settings.enabled(WarningRule.TASK_SHORTFALL)) {
            for (CountyTasks county : tasks.allCounties(snapshot, period)) {
                for (CountyTasks.EnterpriseTask task : county.tasks()) {
                    if (task.task().signum() > 0 && task.actual() != null) {
                        double percent = Published.round(
                                task.shortfall().doubleValue() / task.task().doubleValue() * 100);
                        if (percent > settings.taskShortfallPercent()) {
                            warnings.add(new Warning(
                                    period,
                                    WarningRule.TASK_SHORTFALL,
                                    county.countyCode(),
                                    county.countyName(),
                                    task.creditCode(),
                                    task.name(),
                                    percent,
                                    settings.taskShortfallPercent()));
                        }
                    }
                }
            }
        }
        return List.copyOf(warnings);
    }

    private void regionWarnings(
            GrowthSnapshot snapshot,
            YearMonth period,
            String code,
            GroupResult group,
            Benchmarks benchmarks,
            List<Warning> warnings) {
        MonthFigures figures = group.month(period.getMonthValue());
        String name = snapshot.names().getOrDefault(code, code);
        if (figures.cumGrowth().isEmpty()) {
            return;
        }
        // every decision on the figure as published and shown (DESIGN.md section 3), the classes the engine's
        double published = Published.round(figures.cumGrowth().getAsDouble());
        Optional<TargetStatus> status = figures.targetStatus();
        Optional<Classification> classification = status.flatMap(TargetStatus::classification);
        if (classification.map(c -> c == Classification.NEGATIVE).orElse(published < 0)) {
            add(warnings, WarningRule.NEGATIVE_GROWTH, period, code, name, published, 0);
        }
        if (status.isPresent()) {
            double target = status.get().target();
            if (classification.orElse(null) == Classification.BELOW_TARGET) {
                add(warnings, WarningRule.BELOW_TARGET, period, code, name, published, target);
            }
            OptionalDouble required = status.get().requiredRestGrowth();
            if (required.isPresent() && Published.round(required.getAsDouble()) > settings.requiredGrowthAbove()) {
                add(
                        warnings,
                        WarningRule.HARD_TO_REACH,
                        period,
                        code,
                        name,
                        Published.round(required.getAsDouble()),
                        settings.requiredGrowthAbove());
            }
        }
        if (figures.monthEffect().isPresent() && pullsDown(figures.monthEffect().getAsDouble())) {
            add(
                    warnings,
                    WarningRule.NEGATIVE_PULL,
                    period,
                    code,
                    name,
                    Published.round(figures.monthEffect().getAsDouble(), PULL_DECIMALS),
                    0);
        }
        if (benchmarks != null) {
            // 两个不低于's benchmark criteria as the engine decided them; without a target, the same comparison
            double highest = highest(benchmarks, period);
            boolean below = status.flatMap(TargetStatus::twoNotBelow)
                    .map(t -> !t.notBelowProvince() || !t.notBelowCity())
                    .orElse(published < highest);
            if (below) {
                add(warnings, WarningRule.BELOW_BENCHMARK, period, code, name, published, highest);
            }
        }
    }

    private void add(
            List<Warning> warnings,
            WarningRule rule,
            YearMonth period,
            String code,
            String name,
            double value,
            double threshold) {
        if (settings.enabled(rule)) {
            warnings.add(new Warning(period, rule, code, name, null, null, value, threshold));
        }
    }

    /**
     * 负拉动 is decided on the month's effect as shown, in percentage points with two decimals: a -0.004 shows as 0.00
     * and is no warning, a -0.005 shows as -0.01 and is one.
     */
    static boolean pullsDown(double monthEffect) {
        return Published.round(monthEffect, PULL_DECIMALS) < 0;
    }

    /** Decimals of a pull or month effect as pages show it (percentage points). */
    static final int PULL_DECIMALS = 2;

    /** The higher of the month's published province and city cumulative growth. */
    private static double highest(@Nullable Benchmarks benchmarks, YearMonth period) {
        double highest = Double.NEGATIVE_INFINITY;
        if (benchmarks != null) {
            int m = period.getMonthValue() - 1;
            for (OptionalDouble benchmark : List.of(
                    benchmarks.provinceCum().get(m), benchmarks.cityCum().get(m))) {
                if (benchmark.isPresent()) {
                    highest = Math.max(highest, benchmark.getAsDouble());
                }
            }
        }
        return highest;
    }

    private record Cached(GrowthSnapshot snapshot, YearMonth period, List<Warning> warnings) {}

    private static boolean fresh(@Nullable Cached last, GrowthSnapshot snapshot, YearMonth period) {
        return last != null && last.snapshot == snapshot && last.period.equals(period);
    }

    private static final long REPORTING_CACHE_NANOS = 60_000_000_000L;

    private record CachedReporting(YearMonth period, LocalDate today, long computedAt, List<Warning> warnings) {}
}
