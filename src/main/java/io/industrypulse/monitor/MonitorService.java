package io.industrypulse.monitor;

import io.industrypulse.account.DataVersion;
import io.industrypulse.engine.Engine;
import io.industrypulse.engine.InputBuilder;
import io.industrypulse.engine.LabelledInput;
import io.industrypulse.engine.Rows;
import io.industrypulse.enterprise.Enterprise;
import io.industrypulse.enterprise.EnterpriseChanged;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionService;
import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.StatDataChanged;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.target.Target;
import io.industrypulse.target.TargetService;
import io.industrypulse.target.TargetsChanged;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskExecutor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Growth snapshots per year: the stored data of that year and the one before, with the 重点企业 and industrial chain
 * groups, mapped into the engine's input by {@link InputBuilder}; computed once and kept until the data change. The
 * rows, prices and registry are kept apart from the targets and benchmarks, so a new target recomputes without them.
 */
@Service
public class MonitorService {

    private static final Logger log = LoggerFactory.getLogger(MonitorService.class);

    private final RegionService regions;
    private final EnterpriseService enterprises;
    private final StatDataService statData;
    private final TargetService targets;
    private final DataVersion dataVersion;
    private final TaskExecutor executor;
    private final boolean warmUp;
    private final io.micrometer.core.instrument.Timer computeTime;
    private final io.micrometer.core.instrument.Timer readAll;
    private final io.micrometer.core.instrument.Timer readChanged;
    private final AtomicBoolean warmUpScheduled = new AtomicBoolean();
    private final Map<Year, Optional<GrowthSnapshot>> cached = new ConcurrentHashMap<>();
    /**
     * What a year's snapshot is computed from apart from its targets and benchmarks: the rows, prices and registry,
     * read once and kept until those change. Reading them is most of a recompute at province size (seconds), and a new
     * target or benchmark changes none of them.
     */
    private final Map<Year, Optional<Facts>> facts = new ConcurrentHashMap<>();
    /** Whether a snapshot has been computed since start (readiness: a fresh instance answers pages at once). */
    private volatile boolean computedOnce;
    /** The latest year with data, kept with the snapshots (pages without a period ask for it on every request). */
    private volatile @Nullable Optional<Year> latest;

    MonitorService(
            RegionService regions,
            EnterpriseService enterprises,
            StatDataService statData,
            TargetService targets,
            DataVersion dataVersion,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            @Value("${industrypulse.monitor.warm-up:true}") boolean warmUp,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.computeTime = io.micrometer.core.instrument.Timer.builder("industrypulse.snapshot.compute")
                .description("Computing a year's growth snapshot: reading the rows, mapping, the engine")
                .register(meters);
        this.readAll = readTimer("all", meters);
        this.readChanged = readTimer("changed months", meters);
        this.regions = regions;
        this.dataVersion = dataVersion;
        this.executor = executor;
        this.warmUp = warmUp;
        this.enterprises = enterprises;
        this.statData = statData;
        this.targets = targets;
    }

    private static io.micrometer.core.instrument.Timer readTimer(
            String rows, io.micrometer.core.instrument.MeterRegistry meters) {
        return io.micrometer.core.instrument.Timer.builder("industrypulse.snapshot.read")
                .description("Reading what a year's snapshot is computed from: every row, or the changed months'")
                .tag("rows", rows)
                .register(meters);
    }

    /**
     * Ready to serve: the first snapshot since start is computed, or there are no data to compute it from. Later
     * recomputations after a change do not count: every instance recomputes at once, and none should leave the load
     * balancer for it.
     */
    public boolean ready() {
        return computedOnce || latestYear().isEmpty();
    }

    /**
     * Whether snapshots (and what follows them, the warnings) are computed in the background after start and after each
     * change ({@code industrypulse.monitor.warm-up}); off for the one-shot commands, which exit right after their write.
     */
    public boolean computesInBackground() {
        return warmUp;
    }

    /** The snapshot of the latest year with data, or empty when nothing is stored yet. */
    public Optional<GrowthSnapshot> snapshot() {
        return latestYear().flatMap(this::snapshot);
    }

    /** The snapshot of a year (its months with data, against the year before), or empty when it has no data. */
    public Optional<GrowthSnapshot> snapshot(Year year) {
        Optional<GrowthSnapshot> snapshot = cached.computeIfAbsent(year, this::compute);
        if (snapshot.isPresent()) {
            computedOnce = true;
        }
        return snapshot;
    }

    /** The latest year with monthly data. */
    public Optional<Year> latestYear() {
        Optional<Year> year = latest;
        if (year == null) {
            year = statData.periods().stream().map(p -> Year.of(p.getYear())).max(Year::compareTo);
            latest = year;
        }
        return year;
    }

    /*
     * A change reaches the snapshot twice. Synchronously, as the writing transaction commits: the cached snapshot is
     * dropped, so the writer's next page shows the new figures. Then in the background, through the event publication
     * registry (@ApplicationModuleListener): the snapshot is computed again, so the first reader after an import does
     * not wait; a computation that a crash cut short is republished when the application starts again.
     */

    @TransactionalEventListener(fallbackExecution = true)
    @Order(0) // before the planning module's listeners, which read the new snapshot
    void dropOn(StatDataChanged event) {
        // the facts stay, their changed months marked: the next snapshot reads only those (a month's import at
        // province size reads 50,000 rows instead of a million)
        for (Year year : List.copyOf(facts.keySet())) {
            facts.computeIfPresent(year, (y, known) -> known.map(f -> f.touched(y, event.from(), event.to())));
        }
        facts.values().removeIf(Optional::isEmpty); // a year without data may have some now
        latest = null;
        cached.clear();
        dataVersion.bump();
    }

    /** Registry facts the snapshot is built from (county, industry, chains, key flag, above-size spells) changed. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(0)
    void dropOn(EnterpriseChanged event) {
        dropAll();
    }

    /** New targets or benchmarks change classes, 两个不低于 and required growth of that year. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(0)
    void dropOn(TargetsChanged event) {
        cached.remove(Year.of(event.year())); // its facts stay: a target changes no row
        dataVersion.bump();
    }

    @ApplicationModuleListener
    void recomputeOn(StatDataChanged event) {
        recompute();
    }

    @ApplicationModuleListener
    void recomputeOn(EnterpriseChanged event) {
        recompute();
    }

    @ApplicationModuleListener
    void recomputeOn(TargetsChanged event) {
        recompute();
    }

    /** Another instance changed the data: its events do not reach this one, the shared data version does. */
    @EventListener
    @Order(0)
    void onDataChangedElsewhere(io.industrypulse.account.DataChangedElsewhere event) {
        dropAll();
        warmUp();
    }

    private void dropAll() {
        latest = null;
        facts.clear();
        cached.clear();
        dataVersion.bump();
    }

    /** The latest year's snapshot, computed now unless it is cached (a reader may have asked first). */
    private void recompute() {
        if (warmUp) {
            snapshot().ifPresent(MonitorViews::warm);
        }
    }

    /**
     * Computes the latest year's snapshot in the background after start and after another instance's change, so the
     * first reader does not wait for it (seconds at province scale, where loading the rows dominates). Several changes
     * in a row are coalesced into one computation; a reader arriving meanwhile waits for that one.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (warmUp && warmUpScheduled.compareAndSet(false, true)) {
            executor.execute(() -> {
                warmUpScheduled.set(false);
                try {
                    snapshot().ifPresent(MonitorViews::warm);
                } catch (RuntimeException e) {
                    log.warn("Computing the growth snapshot in the background failed; the next request retries", e);
                }
            });
        }
    }

    /**
     * The rows of the months that can be deflated: the current year's rows stop before the first month in which a
     * division with rows has no PPI yet (data are often imported before the price index is published). Those months
     * are left out of the snapshot until the PPI arrives, instead of failing every page.
     */
    private List<MonthlyRow> monthsWithPrices(Year year, List<MonthlyRow> rows, List<Enterprise> registry) {
        Map<String, String> division = new HashMap<>();
        registry.forEach(e -> division.put(e.creditCode(), e.divisionCode()));
        java.util.Set<String> priced = new java.util.HashSet<>();
        statData.ppi(year, year).forEach(p -> priced.add(p.period() + "/" + p.divisionCode()));
        YearMonth firstUnpriced = null;
        for (MonthlyRow row : rows) {
            String d = division.get(row.creditCode());
            if (row.period().getYear() == year.getValue()
                    && d != null
                    && !priced.contains(row.period() + "/" + d)
                    && (firstUnpriced == null || row.period().isBefore(firstUnpriced))) {
                firstUnpriced = row.period();
            }
        }
        if (firstUnpriced == null) {
            return rows;
        }
        YearMonth cut = firstUnpriced;
        log.warn("PPI missing for some divisions from {}: growth computed up to {} only", cut, cut.minusMonths(1));
        return rows.stream().filter(r -> r.period().isBefore(cut)).toList();
    }

    /**
     * The engine input without goals, with what stands behind its indices: names, enterprises (credit and county code,
     * and division, in the engine's order) and tag groups.
     *
     * @param complete whether every row read is in the input: none left out for want of a PPI
     * @param staleFrom the first month whose rows changed since they were read, or null
     * @param staleTo the last month whose rows changed since they were read, or null
     */
    private record Facts(
            LabelledInput input,
            Map<String, String> names,
            List<GrowthSnapshot.EnterpriseRef> enterprises,
            List<String> divisions,
            Map<String, List<String>> groups,
            boolean complete,
            @Nullable YearMonth staleFrom,
            @Nullable YearMonth staleTo) {

        /** These facts of {@code year} with the months {@code from}..{@code to} of their two years marked changed. */
        Facts touched(Year year, YearMonth from, YearMonth to) {
            YearMonth first = max(from, YearMonth.of(year.getValue() - 1, 1));
            YearMonth last = min(to, YearMonth.of(year.getValue(), 12));
            if (first.isAfter(last)) {
                return this;
            }
            return new Facts(
                    input,
                    names,
                    enterprises,
                    divisions,
                    groups,
                    complete,
                    staleFrom == null ? first : min(first, staleFrom),
                    staleTo == null ? last : max(last, staleTo));
        }

        private static YearMonth min(YearMonth a, YearMonth b) {
            return a.isBefore(b) ? a : b;
        }

        private static YearMonth max(YearMonth a, YearMonth b) {
            return a.isAfter(b) ? a : b;
        }
    }

    private Optional<GrowthSnapshot> compute(Year year) {
        long start = System.nanoTime();
        Optional<Facts> read = facts.compute(
                year,
                (y, known) -> known == null
                        ? read(y)
                        : known.flatMap(f -> f.staleFrom() == null ? Optional.of(f) : refresh(y, f)));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Facts f = read.get();
        InputBuilder goals = new InputBuilder(
                year.getValue(), f.input().cityCode(), f.input().countyCodes());
        targets.targets(year).stream()
                .filter(t -> Target.VA_GROWTH.equals(t.indicator()))
                .forEach(t -> goals.target(t.year(), t.regionCode(), t.value().doubleValue()));
        targets.benchmarks(year)
                .forEach(b -> goals.benchmark(
                        b.period().getYear(),
                        b.period().getMonthValue(),
                        b.scope() == io.industrypulse.target.BenchmarkScope.PROVINCE,
                        b.growthCum().doubleValue()));
        LabelledInput input = goals.goalsOn(f.input());
        GrowthSnapshot snapshot =
                new GrowthSnapshot(Engine.compute(input.engineInput()), input, f.names(), f.enterprises());
        computeTime.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        log.info(
                "Growth snapshot computed: {}, {} enterprises ({} ms)",
                year,
                f.enterprises().size(),
                (System.nanoTime() - start) / 1_000_000);
        return Optional.of(snapshot);
    }

    /** Reads what the snapshot of a year is computed from, except its targets and benchmarks. */
    private Optional<Facts> read(Year year) {
        boolean hasData = statData.periods().stream().anyMatch(p -> p.getYear() == year.getValue());
        if (!hasData || regions.city().isEmpty()) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        Year previous = year.minusYears(1);
        List<Region> allRegions = regions.all();
        List<Enterprise> registry = enterprises.allForStatistics();
        InputBuilder builder = new InputBuilder(
                year.getValue(),
                regions.city().orElseThrow().code(),
                allRegions.stream()
                        .filter(r -> r.level() == io.industrypulse.region.RegionLevel.COUNTY)
                        .map(Region::code)
                        .toList());
        registry.forEach(e -> builder.enterprise(e.creditCode(), e.countyCode(), e.divisionCode()));
        List<MonthlyRow> rows = statData.monthly(previous, year);
        List<MonthlyRow> priced = monthsWithPrices(year, rows, registry);
        priced.forEach(m -> row(builder, m));
        prices(builder, year);
        Map<String, List<String>> groups = enterprises.statisticalGroups(registry);
        LabelledInput input = builder.tags(groups).build();
        Map<String, String> names = new HashMap<>();
        allRegions.forEach(r -> names.put(r.code(), r.name()));
        enterprises.divisions().forEach(d -> names.put(d.code(), d.name()));
        names.put(EnterpriseService.KEY_GROUP, "重点企业");
        enterprises.chains().forEach(c -> names.put(EnterpriseService.CHAIN_GROUP_PREFIX + c.code(), c.name()));
        List<GrowthSnapshot.EnterpriseRef> refs = registry.stream()
                .map(e -> new GrowthSnapshot.EnterpriseRef(e.creditCode(), e.name(), e.countyCode()))
                .toList();
        readAll.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        log.info("Rows for the {} snapshot read: {} ms", year, (System.nanoTime() - start) / 1_000_000);
        return Optional.of(new Facts(
                input,
                Map.copyOf(names),
                refs,
                registry.stream().map(Enterprise::divisionCode).toList(),
                groups,
                priced.size() == rows.size(),
                null,
                null));
    }

    /**
     * The facts of {@code year} with only their changed months read again, the rows of the other months taken from
     * {@code known}: the same rows in the same order as {@link #read}, so the same results to the last bit. Reads all
     * when {@code known} left months out for want of a PPI, or when a changed month lacks one (so it is left out the
     * same way) or the year no longer has rows.
     */
    private Optional<Facts> refresh(Year year, Facts known) {
        YearMonth from = java.util.Objects.requireNonNull(known.staleFrom());
        YearMonth to = java.util.Objects.requireNonNull(known.staleTo());
        if (!known.complete()) {
            return read(year);
        }
        long start = System.nanoTime();
        LabelledInput before = known.input();
        InputBuilder builder = new InputBuilder(year.getValue(), before.cityCode(), before.countyCodes());
        for (int e = 0; e < known.enterprises().size(); e++) {
            GrowthSnapshot.EnterpriseRef ref = known.enterprises().get(e);
            builder.enterprise(
                    ref.creditCode(), ref.countyCode(), known.divisions().get(e));
        }
        Map<YearMonth, List<MonthlyRow>> changed = new HashMap<>();
        statData.monthly(from, to)
                .forEach(r -> changed.computeIfAbsent(r.period(), p -> new java.util.ArrayList<>())
                        .add(r));
        long read = System.nanoTime() - start;
        for (int p = 0; p < Rows.PERIODS; p++) {
            YearMonth month = YearMonth.of(year.getValue() - 1, 1).plusMonths(p);
            if (month.isBefore(from) || month.isAfter(to)) {
                builder.rowsOf(before, p);
            } else {
                changed.getOrDefault(month, List.of()).stream()
                        .sorted(java.util.Comparator.comparing(MonthlyRow::creditCode))
                        .forEach(m -> row(builder, m));
            }
        }
        prices(builder, year);
        LabelledInput input = builder.tags(known.groups()).build();
        if (!everyCurrentRowPriced(input.engineInput())) {
            return read(year);
        }
        readChanged.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        log.info(
                "Rows of {}..{} for the {} snapshot read again: {} ms ({} ms reading the changed months)",
                from,
                to,
                year,
                (System.nanoTime() - start) / 1_000_000,
                read / 1_000_000);
        return Optional.of(new Facts(
                input, known.names(), known.enterprises(), known.divisions(), known.groups(), true, null, null));
    }

    private static void row(InputBuilder builder, MonthlyRow m) {
        builder.row(
                m.period().getYear(),
                m.period().getMonthValue(),
                m.creditCode(),
                m.output().doubleValue(),
                m.outputLy().doubleValue());
    }

    /** The value-added ratios and PPI of the year and the one before (a few hundred rows: always read in full). */
    private void prices(InputBuilder builder, Year year) {
        Year previous = year.minusYears(1);
        statData.vaRatios(previous, year)
                .forEach(v ->
                        builder.vaRatio(v.year(), v.divisionCode(), v.ratio().doubleValue()));
        statData.ppi(previous, year)
                .forEach(p -> builder.ppi(
                        p.period().getYear(),
                        p.period().getMonthValue(),
                        p.divisionCode(),
                        p.ppiYoy().doubleValue()));
    }

    /** Whether every current-year row has its division's PPI of its month; false when the year has no row. */
    private static boolean everyCurrentRowPriced(io.industrypulse.engine.EngineInput input) {
        Rows rows = input.rows();
        boolean any = false;
        for (int i = 0; i < rows.size(); i++) {
            int p = rows.period()[i];
            if (p >= Rows.currentYear(1)) {
                any = true;
                if (Double.isNaN(input.ppi()[p - Rows.currentYear(1)][rows.division()[i]])) {
                    return false;
                }
            }
        }
        return any;
    }
}
