package io.industrypulse.cultivation;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.FieldInputException;
import io.industrypulse.account.Role;
import io.industrypulse.account.ShownTime;
import io.industrypulse.account.UserScope;
import io.industrypulse.engine.Formulas;
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
     * @param enterprise the pool enterprise
     * @param latestMonth its latest reported month, or {@code null}
     * @param trailing its revenue of the twelve months to the pool's latest month, 万元
     * @param projected its projected revenue of the year, 万元
     * @param poolClass QUALIFIED (已达标), NEAR (临规) or GROWING (培育)
     * @param nextBatch the first batch still open to it (annual; monthly too for 新建新投产)
     * @param qualifiesNext whether it is expected to qualify for that batch
     */
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

    /** Whether the user keeps a pool at all: the city's administrator and analysts, county users. */
    public static boolean mayKeepPool(UserScope scope) {
        return scope.role() == Role.CITY_ADMIN || scope.role() == Role.CITY_ANALYST || scope.role() == Role.COUNTY_USER;
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
        java.util.Set<String> entered = entered();
        List<PoolEnterprise> pool = repository.pool(shown).stream()
                .filter(e -> !entered.contains(e.creditCode()))
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
        int year = projections.year;
        // three years of months, so that every month shown has its full twelve months behind it
        List<PoolMonth> stored = repository.months(YearMonth.of(year - 2, 1), e.creditCode());
        double[] series = new double[36];
        for (PoolMonth m : stored) {
            int index = (m.period().getYear() - (year - 2)) * 12 + m.period().getMonthValue() - 1;
            if (index < 36) {
                series[index] = m.revenue().doubleValue();
            }
        }
        double[] trailing = RevenueProjection.trailingByMonth(series);
        for (PoolMonth m : stored) {
            int index = (m.period().getYear() - (year - 2)) * 12 + m.period().getMonthValue() - 1;
            if (index >= 12 && index < 36) {
                months.add(new MonthView(m.period(), m.output(), m.revenue(), trailing[index]));
            }
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
            Double trailing = Formulas.orNull(p.trailing());
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
            return Optional.of(new BatchOutlook(
                    b, twelve, RevenueProjection.qualifies(series(e), projection(e), index, settings.threshold())));
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
    public record ExitRisk(String creditCode, String name, String countyCode, double projected, String reason) {}

    /** The 临退 list of the user's scope: projected annual revenue under the setting (or under the threshold). */
    @Transactional(readOnly = true)
    public List<ExitRisk> exitRisks(@Nullable String county, UserScope scope) {
        requireRead(scope);
        if (!blank(county) && scope.role() == Role.COUNTY_USER && !scope.coversCounty(county.strip())) {
            throw new AccessDeniedException(Messages.get("cultivation.error.otherCounty"));
        }
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
     * @param regionCode the city or the county (GB/T 2260)
     * @param name its name
     * @param upgrades entries by 小升规 (家)
     * @param newProduction entries by 新建投产 (家)
     * @param exits exits of the year (家)
     * @param net upgrades + new production − exits (家)
     * @param target its 小升规净增 target (家), if set
     * @param gap target − net, when there is a target
     * @param near its pool's 已达标 and 临规 enterprises, who could close the gap (家)
     */
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

    /** The enterprises whose application entered: above-size now, no longer in the pool's lists. */
    private java.util.Set<String> entered() {
        java.util.Set<String> out = new java.util.HashSet<>();
        repository.applications(null, null).stream()
                .filter(a -> a.state() == ApplicationState.ENTERED)
                .forEach(a -> out.add(a.creditCode()));
        return out;
    }

    private List<PoolRow> projectionsOfAll() {
        java.util.Set<String> entered = entered();
        List<PoolEnterprise> pool = repository.pool(null).stream()
                .filter(e -> !entered.contains(e.creditCode()))
                .toList();
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

    // --- keeping the pool

    /**
     * Adds a below-size enterprise to the pool or changes it.
     *
     * @throws FieldInputException naming every field at fault; nothing is written
     * @throws AccessDeniedException when the user keeps no pool at all
     */
    @Transactional
    public PoolEnterprise savePool(PoolForm form, UserScope scope) {
        requireWriter(scope);
        PoolEnterprise row = parsePool(form, aboveSizeNow(), scope);
        PoolEnterprise before = repository.one(row.creditCode()).orElse(null);
        if (before != null && !mayWrite(scope, before.countyCode())) {
            throw new AccessDeniedException(Messages.get("cultivation.error.otherCounty"));
        }
        repository.save(row);
        audit.record("cultivation.pool", "cult_pool", row.creditCode(), before, row);
        return row;
    }

    /** Stores rows read and checked by {@link #parsePool} (an import), audited each; {created, updated}. */
    @Transactional
    public int[] savePoolAll(List<PoolEnterprise> rows, UserScope scope) {
        requireWriter(scope);
        int[] counts = new int[2];
        for (PoolEnterprise row : rows) {
            PoolEnterprise before = repository.one(row.creditCode()).orElse(null);
            counts[repository.save(row) ? 0 : 1]++;
            audit.record("cultivation.pool", "cult_pool", row.creditCode(), before, row);
        }
        return counts;
    }

    /**
     * Records a month of a pool enterprise, replacing what it had.
     *
     * @throws FieldInputException naming the field; nothing is written
     */
    @Transactional
    public PoolMonth saveMonth(MonthForm form, UserScope scope) {
        requireWriter(scope);
        PoolMonth month = parseMonth(form, scope);
        saveMonths(List.of(month), scope);
        return month;
    }

    /** Stores months read and checked by {@link #parseMonth}, audited each; {created, updated}. */
    @Transactional
    public int[] saveMonths(List<PoolMonth> months, UserScope scope) {
        requireWriter(scope);
        int[] counts = new int[2];
        for (PoolMonth m : months) {
            counts[repository.saveMonth(m) ? 0 : 1]++;
            audit.record("cultivation.month", "cult_month", m.creditCode() + "/" + m.period(), null, m);
        }
        return counts;
    }

    /** Refuses a user who keeps no pool (leaders, departments, enterprise users), before any input is looked at. */
    public static void requireWriter(UserScope scope) {
        if (!mayKeepPool(scope)) {
            throw new AccessDeniedException(Messages.get("cultivation.error.writeDenied"));
        }
    }

    /** The credit codes above-size in the latest month with data (they are not pool enterprises). */
    java.util.Set<String> aboveSizeNow() {
        List<YearMonth> periods = statData.periods();
        YearMonth month =
                periods.isEmpty() ? YearMonth.now(clock.withZone(ShownTime.ZONE)) : periods.get(periods.size() - 1);
        return new java.util.HashSet<>(enterprises.aboveSizeIn(month, cityScope()));
    }

    /** Reads and checks a pool row; every problem by field. */
    PoolEnterprise parsePool(PoolForm form, java.util.Set<String> aboveSize, UserScope scope) {
        FieldInputException.Problems problems = new FieldInputException.Problems("cultivation.field.");
        String code = form.creditCode() == null ? "" : form.creditCode().strip().toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            problems.add("creditCode", "cultivation.error.required");
        } else if (io.industrypulse.enterprise.CreditCode.problem(code).isPresent()) {
            problems.add("creditCode", "cultivation.error.creditCode", code);
        } else if (aboveSize.contains(code)) {
            problems.add("creditCode", "cultivation.error.aboveSize", code);
        }
        String name = text(problems, "name", form.name(), 200, true);
        String county = form.countyCode() == null ? "" : form.countyCode().strip();
        if (scope.role() == Role.COUNTY_USER && county.isEmpty()) {
            county = scope.regionCode();
        }
        if (!regions.isCounty(county)) {
            problems.add("countyCode", "cultivation.error.county", county);
        } else if (!mayWrite(scope, county)) {
            problems.add("countyCode", "cultivation.error.countyDenied", county);
        }
        String cls = form.industryClass() == null ? "" : form.industryClass().strip();
        if (!cls.matches("\\d{4}") || !io.industrypulse.enterprise.IndustryDivision.isIndustrial(cls.substring(0, 2))) {
            problems.add("industryClass", "cultivation.error.industryClass", cls);
        }
        PoolKind kind = null;
        if (blank(form.kind())) {
            problems.add("kind", "cultivation.error.required");
        } else {
            String k = form.kind().strip();
            for (PoolKind candidate : PoolKind.values()) {
                if (candidate.name().equalsIgnoreCase(k)
                        || Messages.get("cultivation.kind." + candidate).equals(k)) {
                    kind = candidate;
                }
            }
            if (kind == null) {
                problems.add("kind", "cultivation.error.choice", k);
            }
        }
        LocalDate today = ShownTime.today(clock);
        LocalDate founded = date(problems, "founded", form.founded(), today);
        LocalDate start = date(problems, "productionStart", form.productionStart(), today);
        if (founded != null && start != null && start.isBefore(founded)) {
            problems.add("productionStart", "cultivation.error.startBeforeFounded");
        }
        if (kind == PoolKind.NEW && !problems.has("productionStart")) {
            LocalDate since = LocalDate.of(today.getYear() - 1, 10, 1);
            LocalDate newest = start != null ? start : founded;
            if (newest == null || newest.isBefore(since)) {
                problems.add("productionStart", "cultivation.error.notNew", since);
            }
        }
        String person = text(problems, "contactPerson", form.contactPerson(), 50, false);
        String phone = text(problems, "contactPhone", form.contactPhone(), 30, false);
        if (phone != null && !phone.matches("[0-9+()\\- ]{3,30}")) {
            problems.add("contactPhone", "cultivation.error.phone", phone);
        }
        String cadre = text(problems, "cadre", form.cadre(), 50, false);
        problems.check();
        return new PoolEnterprise(
                code,
                name,
                county,
                cls,
                kind,
                founded,
                start,
                person,
                phone,
                cadre,
                scope.username(),
                java.time.Instant.now(clock));
    }

    /** Reads and checks a month; every problem by field. */
    PoolMonth parseMonth(MonthForm form, UserScope scope) {
        FieldInputException.Problems problems = new FieldInputException.Problems("cultivation.field.");
        String code = form.creditCode() == null ? "" : form.creditCode().strip().toUpperCase(java.util.Locale.ROOT);
        Optional<PoolEnterprise> pool = repository.one(code);
        if (pool.isEmpty() || !visible(pool.get(), scope)) {
            problems.add("creditCode", "cultivation.error.notInPoolField", code);
        } else if (!mayWrite(scope, pool.get().countyCode())) {
            problems.add(
                    "creditCode", "cultivation.error.countyDenied", pool.get().countyCode());
        }
        YearMonth period = null;
        YearMonth current = YearMonth.from(ShownTime.today(clock));
        if (blank(form.period())) {
            problems.add("period", "cultivation.error.required");
        } else {
            try {
                period = YearMonth.parse(form.period().strip());
                if (period.isAfter(current)) {
                    problems.add("period", "cultivation.error.future", period, current);
                }
            } catch (java.time.format.DateTimeParseException e) {
                problems.add("period", "cultivation.error.period", form.period().strip());
            }
        }
        BigDecimal output = amount(problems, "output", form.output());
        BigDecimal revenue = amount(problems, "revenue", form.revenue());
        problems.check();
        return new PoolMonth(code, period, output, revenue);
    }

    private static @Nullable BigDecimal amount(
            FieldInputException.Problems problems, String field, @Nullable String value) {
        if (blank(value)) {
            problems.add(field, "cultivation.error.required");
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(value.strip().replace(",", ""));
            if (v.signum() < 0) {
                problems.add(field, "cultivation.error.negative");
                return null;
            }
            if (Math.max(0, v.stripTrailingZeros().scale()) > 2 || v.compareTo(BigDecimal.valueOf(1_000_000_000)) > 0) {
                problems.add(field, "cultivation.error.amount");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(field, "cultivation.error.number", value.strip());
            return null;
        }
    }

    private static @Nullable String text(
            FieldInputException.Problems problems, String field, @Nullable String value, int max, boolean required) {
        if (blank(value)) {
            if (required) {
                problems.add(field, "cultivation.error.required");
            }
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            problems.add(field, "cultivation.error.tooLong", max);
            return null;
        }
        return v;
    }

    private static @Nullable LocalDate date(
            FieldInputException.Problems problems, String field, @Nullable String value, LocalDate today) {
        if (blank(value)) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.isAfter(today)) {
                problems.add(field, "cultivation.error.futureDate", d);
                return null;
            }
            return d;
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(field, "cultivation.error.date", value.strip());
            return null;
        }
    }

    // --- the batch calendar (the city's)

    /**
     * Adds a batch to the calendar.
     *
     * @throws FieldInputException naming the field (a name already used that year, an effective month not after the
     *     deadline); nothing is written
     */
    @Transactional
    public Batch saveBatch(
            @Nullable String year,
            @Nullable String kind,
            @Nullable String name,
            @Nullable String deadline,
            @Nullable String effectiveMonth,
            UserScope scope) {
        if (!mayKeepCalendar(scope)) {
            throw new AccessDeniedException(Messages.get("cultivation.error.calendarDenied"));
        }
        FieldInputException.Problems problems = new FieldInputException.Problems("cultivation.field.");
        Integer y = null;
        try {
            y = Integer.valueOf(year == null ? "" : year.strip());
            if (y < 2000 || y > 2100) {
                problems.add("year", "cultivation.error.yearField", year.strip());
                y = null;
            }
        } catch (NumberFormatException e) {
            problems.add("year", "cultivation.error.yearField", year == null ? "" : year.strip());
        }
        BatchKind k = null;
        try {
            k = BatchKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("batchKind", "cultivation.error.choice", kind == null ? "" : kind.strip());
        }
        String n = text(problems, "batchName", name, 100, true);
        LocalDate due = null;
        try {
            due = LocalDate.parse(deadline == null ? "" : deadline.strip());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add("deadline", "cultivation.error.date", deadline == null ? "" : deadline.strip());
        }
        YearMonth effective = null;
        try {
            effective = YearMonth.parse(effectiveMonth == null ? "" : effectiveMonth.strip());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(
                    "effectiveMonth", "cultivation.error.period", effectiveMonth == null ? "" : effectiveMonth.strip());
        }
        if (due != null && effective != null && !effective.atDay(1).isAfter(due)) {
            problems.add("effectiveMonth", "cultivation.error.effectiveBeforeDeadline");
        }
        if (y != null && n != null && repository.batchNameTaken(y, n)) {
            problems.add("batchName", "cultivation.error.batchNameTaken", n);
        }
        problems.check();
        Batch batch = new Batch(0, y, k, n, due, effective);
        long id = repository.insertBatch(batch);
        Batch stored = repository.batch(id).orElseThrow();
        audit.record("cultivation.batch", "cult_batch", Long.toString(id), null, stored);
        return stored;
    }

    // --- applications (申报)

    /** An application with its enterprise and batch, for lists. */
    public record ApplicationRow(Application application, PoolEnterprise enterprise, Batch batch) {}

    /** The applications the user may see, of one batch or one enterprise (or all). */
    @Transactional(readOnly = true)
    public List<ApplicationRow> applications(@Nullable Long batch, @Nullable String creditCode, UserScope scope) {
        requireRead(scope);
        Map<Long, Batch> batches = new HashMap<>();
        repository.batches().forEach(b -> batches.put(b.id(), b));
        Map<String, PoolEnterprise> pool = new HashMap<>();
        repository.pool(null).forEach(e -> pool.put(e.creditCode(), e));
        List<ApplicationRow> out = new ArrayList<>();
        for (Application a : repository.applications(creditCode, batch)) {
            PoolEnterprise e = pool.get(a.creditCode());
            if (e != null && visible(e, scope)) {
                out.add(new ApplicationRow(a, e, batches.get(a.batchId())));
            }
        }
        return out;
    }

    /**
     * Prepares an application (拟申报) of a pool enterprise for a coming batch open to it.
     *
     * @throws IllegalArgumentException when the batch is closed, not open to it, or it applied already
     */
    @Transactional
    public Application apply(String creditCode, long batchId, UserScope scope) {
        requireWriter(scope);
        PoolEnterprise e = writable(creditCode, scope);
        Batch batch = repository
                .batch(batchId)
                .orElseThrow(
                        () -> new IllegalArgumentException(Messages.get("cultivation.error.unknownBatch", batchId)));
        if (batch.deadline().isBefore(ShownTime.today(clock))) {
            throw new IllegalArgumentException(Messages.get("cultivation.error.batchClosed", batch.name()));
        }
        if (!open(e, batch)) {
            throw new IllegalArgumentException(Messages.get("cultivation.error.monthlyOnlyNew", batch.name()));
        }
        List<Application> before = repository.applications(creditCode, null);
        if (before.stream().anyMatch(a -> a.batchId() == batchId)) {
            throw new IllegalArgumentException(Messages.get("cultivation.error.appliedAlready", batch.name()));
        }
        if (before.stream().anyMatch(a -> a.state() == ApplicationState.ENTERED)) {
            throw new IllegalArgumentException(Messages.get("cultivation.error.enteredAlready", e.name()));
        }
        Application created = new Application(
                0, creditCode, batchId, ApplicationState.PLANNED, null, scope.username(), java.time.Instant.now(clock));
        long id = repository.insertApplication(created);
        Application stored = repository.application(id).orElseThrow();
        audit.record("cultivation.apply", "cult_application", Long.toString(id), null, stored);
        return stored;
    }

    /**
     * Moves an application on: 拟申报 → 已申报 (until the deadline) → 已入库 or 未通过 (with the reason). 已入库 registers
     * the enterprise above-size from the batch's effective month with its entry reason (小升规 / 新投产).
     *
     * @throws IllegalArgumentException naming what is wrong; nothing is written
     */
    @Transactional
    public Application advance(long id, ApplicationState to, @Nullable String reason, UserScope scope) {
        requireWriter(scope);
        Application before = repository
                .application(id)
                .orElseThrow(
                        () -> new CultivationNotFoundException(Messages.get("cultivation.error.noApplication", id)));
        PoolEnterprise e = writable(before.creditCode(), scope);
        Batch batch = repository.batch(before.batchId()).orElseThrow();
        if (!before.state().next().contains(to)) {
            throw new IllegalArgumentException(Messages.get(
                    "cultivation.error.transition",
                    Messages.get("cultivation.state." + before.state()),
                    Messages.get("cultivation.state." + to)));
        }
        if (to == ApplicationState.SUBMITTED && batch.deadline().isBefore(ShownTime.today(clock))) {
            throw new IllegalArgumentException(Messages.get("cultivation.error.batchClosed", batch.name()));
        }
        String why = blank(reason) ? null : reason.strip();
        if (to == ApplicationState.REJECTED && why == null) {
            throw new IllegalArgumentException(Messages.get("cultivation.error.reasonRequired"));
        }
        if (why != null && why.length() > 300) {
            throw new IllegalArgumentException(Messages.get("cultivation.error.reasonLength", 300));
        }
        Application after = new Application(
                id, before.creditCode(), before.batchId(), to, why, scope.username(), java.time.Instant.now(clock));
        repository.updateApplication(after);
        if (to == ApplicationState.ENTERED) {
            enter(e, batch, scope);
        }
        audit.record("cultivation.application", "cult_application", Long.toString(id), before, after);
        return after;
    }

    /** Registers the entrant above-size from the batch's effective month (or opens a new spell of a past one). */
    private void enter(PoolEnterprise e, Batch batch, UserScope scope) {
        io.industrypulse.enterprise.AboveSizeEntry kind = e.kind() == PoolKind.NEW
                ? io.industrypulse.enterprise.AboveSizeEntry.NEW_PRODUCTION
                : io.industrypulse.enterprise.AboveSizeEntry.UPGRADE;
        if (enterprises.countiesByCreditCode().containsKey(e.creditCode())) {
            enterprises.enterAboveSize(e.creditCode(), batch.effectiveMonth(), kind, scope);
            return;
        }
        enterprises.register(
                new io.industrypulse.enterprise.EnterpriseForm(
                        e.creditCode(),
                        e.name(),
                        e.countyCode(),
                        e.industryClass(),
                        batch.effectiveMonth().toString(),
                        kind.name(),
                        false,
                        null,
                        false,
                        List.of(),
                        e.contactPerson(),
                        e.contactPhone(),
                        null,
                        null),
                scope);
    }

    private PoolEnterprise writable(String creditCode, UserScope scope) {
        PoolEnterprise e = repository
                .one(creditCode)
                .filter(p -> visible(p, scope))
                .orElseThrow(() ->
                        new CultivationNotFoundException(Messages.get("cultivation.error.notInPool", creditCode)));
        if (!mayWrite(scope, e.countyCode())) {
            throw new AccessDeniedException(Messages.get("cultivation.error.otherCounty"));
        }
        return e;
    }

    /**
     * The application's data sheet: the enterprise's output and revenue of the twelve months to the batch's reference
     * month (what the application carries, METHODOLOGY.md 5).
     */
    @Transactional(readOnly = true)
    public List<PoolMonth> sheet(long id, UserScope scope) {
        requireRead(scope);
        Application a = repository
                .application(id)
                .orElseThrow(
                        () -> new CultivationNotFoundException(Messages.get("cultivation.error.noApplication", id)));
        PoolEnterprise e = repository
                .one(a.creditCode())
                .filter(p -> visible(p, scope))
                .orElseThrow(
                        () -> new CultivationNotFoundException(Messages.get("cultivation.error.noApplication", id)));
        YearMonth to = repository.batch(a.batchId()).orElseThrow().referenceMonth();
        YearMonth from = to.minusMonths(11);
        return repository.months(from, e.creditCode()).stream()
                .filter(m -> !m.period().isAfter(to))
                .toList();
    }

    // --- loaders

    /**
     * Brings a pool, its months, the batches and applications onto a platform that has none of them yet (the demo
     * city's): no caller is checked; audited as the system's. An application's {@code batchId} is the index of its
     * batch in {@code batches}.
     */
    @Transactional
    public void load(
            List<PoolEnterprise> pool, List<PoolMonth> months, List<Batch> batches, List<Application> applications) {
        for (PoolEnterprise e : pool) {
            repository.save(e);
            audit.record("cultivation.pool", "cult_pool", e.creditCode(), null, e);
        }
        repository.insertMonths(months);
        List<Long> ids = new ArrayList<>();
        for (Batch b : batches) {
            long id = repository.insertBatch(b);
            ids.add(id);
            audit.record("cultivation.batch", "cult_batch", Long.toString(id), null, b);
        }
        for (Application a : applications) {
            Application stored = new Application(
                    0, a.creditCode(), ids.get((int) a.batchId()), a.state(), a.reason(), a.updatedBy(), a.updatedAt());
            long id = repository.insertApplication(stored);
            audit.record("cultivation.application", "cult_application", Long.toString(id), null, stored);
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
