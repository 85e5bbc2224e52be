package io.industrypulse.target;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.DataVersion;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual targets and official benchmarks: stored all-or-nothing, replacing the same keys, each change audited
 * (before/after) and announced with {@link TargetsChanged}; read in key order.
 */
@Service
public class TargetService {

    /** Targets outside this range (percent) are refused as typing errors. */
    static final BigDecimal MIN_TARGET = new BigDecimal("-50");

    static final BigDecimal MAX_TARGET = new BigDecimal("100");

    private final TargetRepository repository;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final BigDecimal minGrowthTarget;
    private final BigDecimal maxGrowthTarget;
    private final BigDecimal confirmChangeAbove;
    private final DataVersion dataVersion;
    /**
     * The official figures and 奋斗目标 the pages and the API read on every request, kept until the data version moves
     * (every committed audited write, here or on another instance): a query per request before.
     */
    private volatile Kept kept = new Kept(-1);

    private record Kept(
            long version,
            java.util.Map<YearMonth, java.util.Map<String, OfficialGrowth>> official,
            java.util.Map<Year, java.util.Map<String, BigDecimal>> raised) {

        Kept(long version) {
            this(
                    version,
                    new java.util.concurrent.ConcurrentHashMap<>(),
                    new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    TargetService(
            TargetRepository repository,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            DataVersion dataVersion,
            @org.springframework.beans.factory.annotation.Value("${industrypulse.target.min-growth:-20}")
                    BigDecimal minGrowthTarget,
            @org.springframework.beans.factory.annotation.Value("${industrypulse.target.max-growth:50}")
                    BigDecimal maxGrowthTarget,
            @org.springframework.beans.factory.annotation.Value("${industrypulse.target.confirm-change-above:5}")
                    BigDecimal confirmChangeAbove) {
        this.confirmChangeAbove = confirmChangeAbove;
        this.dataVersion = dataVersion;
        this.repository = repository;
        this.auditLog = auditLog;
        this.events = events;
        this.minGrowthTarget = minGrowthTarget;
        this.maxGrowthTarget = maxGrowthTarget;
    }

    /**
     * Refuses a user who may not change targets (only the city's administrator and analysts may), before any input is
     * looked at.
     *
     * @throws AccessDeniedException for such a user
     */
    public void requireWriter(UserScope by) {
        if (by.role() != Role.CITY_ADMIN && by.role() != Role.CITY_ANALYST) {
            throw new AccessDeniedException(Messages.get("target.error.denied"));
        }
    }

    /**
     * How far (percentage points) the target is from the same region's and indicator's target of the year before, when
     * that is further than the setting {@code industrypulse.target.confirm-change-above} (default 5): the page asks to
     * confirm such a target before it is saved. Empty when there was no target the year before or the change is small.
     */
    public Optional<BigDecimal> changeToConfirm(Target target) {
        return repository
                .target(target.year() - 1, target.regionCode(), target.indicator())
                .map(last -> target.value().subtract(last))
                .filter(change -> change.abs().compareTo(confirmChangeAbove) > 0);
    }

    /**
     * Checks a target typed by a person or imported: the indicator's format, and for a growth target the plausible
     * range of the settings {@code industrypulse.target.min-growth} / {@code max-growth} (default -20..50 %): a city
     * target of -50 % is a typing error, not a plan.
     *
     * @throws IllegalArgumentException naming the field
     */
    public void checkTarget(TargetIndicator indicator, BigDecimal value, String field) {
        indicator.check(value, field);
        if (indicator.growth() && (value.compareTo(minGrowthTarget) < 0 || value.compareTo(maxGrowthTarget) > 0)) {
            throw new IllegalArgumentException(
                    Messages.get("target.error.growthTargetRange", field, minGrowthTarget, maxGrowthTarget, value));
        }
    }

    /** Stores targets, replacing those of the same year, region and indicator. */
    @Transactional
    public void storeTargets(List<Target> targets) {
        if (targets.isEmpty()) {
            return;
        }
        for (Target target : targets) {
            Optional<BigDecimal> before = repository.target(target.year(), target.regionCode(), target.indicator());
            if (before.isEmpty() || before.get().compareTo(target.value()) != 0) {
                auditLog.record(
                        before.isEmpty() ? "target.create" : "target.update",
                        "target",
                        target.year() + "/" + target.regionCode() + "/" + target.indicator(),
                        before.map(value -> new Target(target.year(), target.regionCode(), target.indicator(), value))
                                .orElse(null),
                        target);
            }
        }
        repository.upsertTargets(targets);
        targets.stream().map(Target::year).distinct().forEach(year -> events.publishEvent(new TargetsChanged(year)));
    }

    /**
     * Sets one region's target from the targets page; only the city's administrator and analysts may.
     *
     * @throws IllegalArgumentException with a Chinese message naming the field, nothing written
     */
    @Transactional
    public void setTarget(Target target, UserScope by) {
        requireWriter(by);
        TargetIndicator indicator = TargetIndicator.of(target.indicator())
                .orElseThrow(() -> new IllegalArgumentException(
                        Messages.get("target.error.unknownIndicator", target.indicator())));
        checkTarget(indicator, target.value(), Messages.get("target.field.value"));
        storeTargets(List.of(new Target(target.year(), target.regionCode(), indicator.name(), target.value())));
    }

    /** Whether the user may record a 奋斗目标 for the county: the county's own users only. */
    public static boolean mayRaise(UserScope scope, String countyCode) {
        return scope.role() == Role.COUNTY_USER && countyCode.equals(scope.regionCode());
    }

    /**
     * Records, corrects or (with {@code value} null) withdraws a county's 奋斗目标 for a year. It must lie above the
     * county's 人代会目标 of that year (a target not above it raises nothing) and within the plausible range of growth
     * targets; the 人代会目标 itself is never touched. Audited, which moves the data version the page caches follow; the
     * growth snapshot does not depend on it, so no {@link TargetsChanged}.
     *
     * @throws AccessDeniedException for anyone but the county's own users
     * @throws IllegalArgumentException naming the field, nothing written
     */
    @Transactional
    public void setRaisedTarget(int year, String countyCode, @Nullable BigDecimal value, UserScope by) {
        if (!mayRaise(by, countyCode)) {
            throw new AccessDeniedException(Messages.get("target.raised.error.denied"));
        }
        String field = Messages.get("target.raised.field");
        Optional<BigDecimal> before = repository.raisedTarget(year, countyCode);
        String key = year + "/" + countyCode;
        if (value == null) {
            if (before.isPresent()) {
                repository.deleteRaisedTarget(year, countyCode);
                auditLog.record(
                        "raised_target.delete",
                        "raised_target",
                        key,
                        new RaisedTarget(year, countyCode, before.get()),
                        null);
            }
            return;
        }
        checkTarget(TargetIndicator.VA_GROWTH, value, field);
        BigDecimal official = repository
                .target(year, countyCode, Target.VA_GROWTH)
                .orElseThrow(() -> new IllegalArgumentException(Messages.get("target.raised.error.noOfficial", year)));
        if (value.compareTo(official) <= 0) {
            throw new IllegalArgumentException(Messages.get(
                    "target.raised.error.notAbove",
                    field,
                    value.toPlainString(),
                    official.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()));
        }
        if (before.isPresent() && before.get().compareTo(value) == 0) {
            return;
        }
        RaisedTarget after = new RaisedTarget(year, countyCode, value);
        repository.setRaisedTarget(after);
        auditLog.record(
                before.isEmpty() ? "raised_target.create" : "raised_target.update",
                "raised_target",
                key,
                before.map(v -> new RaisedTarget(year, countyCode, v)).orElse(null),
                after);
    }

    /** A county's 奋斗目标 of a year, if it recorded one. */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> raisedTarget(Year year, String countyCode) {
        return repository.raisedTarget(year.getValue(), countyCode);
    }

    /** Every county's 奋斗目标 of a year, by county code (not to be changed). */
    public java.util.Map<String, BigDecimal> raisedTargets(Year year) {
        return keptNow().raised().computeIfAbsent(year, y -> {
            java.util.Map<String, BigDecimal> byCounty = new java.util.LinkedHashMap<>();
            repository.raisedTargets(y.getValue()).forEach(t -> byCounty.put(t.regionCode(), t.value()));
            return java.util.Collections.unmodifiableMap(byCounty);
        });
    }

    /** Every target of a year, ordered by region code and indicator. */
    @Transactional(readOnly = true)
    public List<Target> targets(Year year) {
        return repository.targets(year.getValue());
    }

    /** A region's value-added growth target (%) for a year, if set. */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> growthTarget(Year year, String regionCode) {
        return repository.target(year.getValue(), regionCode, Target.VA_GROWTH);
    }

    /** Stores benchmarks, replacing those of the same period and scope; each change audited with before/after. */
    @Transactional
    public void storeBenchmarks(List<Benchmark> benchmarks) {
        if (benchmarks.isEmpty()) {
            return;
        }
        YearMonth first = benchmarks.stream()
                .map(Benchmark::period)
                .min(YearMonth::compareTo)
                .orElseThrow();
        YearMonth last = benchmarks.stream()
                .map(Benchmark::period)
                .max(YearMonth::compareTo)
                .orElseThrow();
        java.util.Map<String, Benchmark> stored = new java.util.HashMap<>();
        repository
                .benchmarks(first, last)
                .forEach(b -> stored.put(b.period() + "/" + b.scope().code(), b));
        for (Benchmark benchmark : benchmarks) {
            Benchmark before =
                    stored.get(benchmark.period() + "/" + benchmark.scope().code());
            if (before == null || before.growthCum().compareTo(benchmark.growthCum()) != 0) {
                auditLog.record(
                        before == null ? "benchmark.create" : "benchmark.update",
                        "benchmark",
                        benchmark.period() + "/" + benchmark.scope().code(),
                        before,
                        benchmark);
            }
        }
        repository.upsertBenchmarks(benchmarks);
        benchmarks.stream()
                .map(b -> b.period().getYear())
                .distinct()
                .forEach(year -> events.publishEvent(new TargetsChanged(year)));
    }

    /** Benchmarks of the months {@code from}..{@code to}, ordered by period, province before city. */
    @Transactional(readOnly = true)
    public List<Benchmark> benchmarks(YearMonth from, YearMonth to) {
        return repository.benchmarks(from, to);
    }

    /** Benchmarks of a year, ordered by period, province before city. */
    @Transactional(readOnly = true)
    public List<Benchmark> benchmarks(Year year) {
        return repository.benchmarks(year.atMonth(1), year.atMonth(12));
    }

    /**
     * Sets one benchmark from the targets page; only the city's administrator and analysts may.
     *
     * @throws IllegalArgumentException with a Chinese message naming the field, nothing written
     */
    @Transactional
    public void setBenchmark(Benchmark benchmark, UserScope by) {
        requireCityRole(by, Messages.get("target.error.benchmarkDenied"));
        checkGrowth(benchmark.growthCum(), Messages.get("target.field.growthCum"));
        storeBenchmarks(List.of(benchmark));
    }

    /**
     * Checks a growth rate typed by a person: between {@link #MIN_TARGET} and {@link #MAX_TARGET}, one decimal.
     *
     * @throws IllegalArgumentException naming the field
     */
    public static void checkGrowth(BigDecimal value, String field) {
        if (value == null || value.compareTo(MIN_TARGET) < 0 || value.compareTo(MAX_TARGET) > 0) {
            throw new IllegalArgumentException(Messages.get("target.error.growthRange", field, MIN_TARGET, MAX_TARGET));
        }
        if (value.stripTrailingZeros().scale() > 1) {
            throw new IllegalArgumentException(Messages.get("target.error.scale", field));
        }
    }

    /** Whether the user may change targets, benchmarks and official figures (市级管理员, 市级业务). */
    public static boolean mayChange(UserScope scope) {
        return scope.role() == Role.CITY_ADMIN || scope.role() == Role.CITY_ANALYST;
    }

    private static void requireCityRole(UserScope scope, String message) {
        if (!mayChange(scope)) {
            throw new AccessDeniedException(message);
        }
    }

    /**
     * Stores the statistics bureau's official figures (统计局反馈数), replacing those of the same period and region;
     * each change audited with before/after. The platform's own estimate is not touched.
     */
    @Transactional
    public void storeOfficial(List<OfficialGrowth> rows) {
        if (rows.isEmpty()) {
            return;
        }
        YearMonth first = rows.stream()
                .map(OfficialGrowth::period)
                .min(YearMonth::compareTo)
                .orElseThrow();
        YearMonth last = rows.stream()
                .map(OfficialGrowth::period)
                .max(YearMonth::compareTo)
                .orElseThrow();
        java.util.Map<String, OfficialGrowth> stored = new java.util.HashMap<>();
        repository.official(first, last).forEach(o -> stored.put(o.period() + "/" + o.regionCode(), o));
        for (OfficialGrowth row : rows) {
            OfficialGrowth before = stored.get(row.period() + "/" + row.regionCode());
            if (before == null || !sameFigures(before, row)) {
                auditLog.record(
                        before == null ? "official.create" : "official.update",
                        "official_growth",
                        row.period() + "/" + row.regionCode(),
                        before,
                        row);
            }
        }
        repository.upsertOfficial(rows);
        rows.stream()
                .map(o -> o.period().getYear())
                .distinct()
                .forEach(year -> events.publishEvent(new TargetsChanged(year)));
    }

    /** The official figures of one month by region code (empty when none was fed back; not to be changed). */
    public java.util.Map<String, OfficialGrowth> official(YearMonth period) {
        return keptNow().official().computeIfAbsent(period, p -> {
            java.util.Map<String, OfficialGrowth> byRegion = new java.util.LinkedHashMap<>();
            repository.official(p, p).forEach(o -> byRegion.put(o.regionCode(), o));
            return java.util.Collections.unmodifiableMap(byRegion);
        });
    }

    /**
     * What is kept for the current data version. The version is read before the figures: a write committing meanwhile
     * moves it, and what was read is then dropped at the next call.
     */
    private Kept keptNow() {
        long version = dataVersion.current();
        Kept now = kept;
        if (now.version() != version) {
            now = new Kept(version);
            kept = now;
        }
        return now;
    }

    /** The official figures of the months {@code from}..{@code to}, ordered by period and region code. */
    @Transactional(readOnly = true)
    public List<OfficialGrowth> official(YearMonth from, YearMonth to) {
        return repository.official(from, to);
    }

    /** Whether two official figures of the same period and region say the same (scale ignored). */
    public static boolean sameFigures(OfficialGrowth a, OfficialGrowth b) {
        return same(a.growthMonth(), b.growthMonth()) && same(a.growthCum(), b.growthCum());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
