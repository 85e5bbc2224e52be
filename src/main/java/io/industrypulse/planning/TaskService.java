package io.industrypulse.planning;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.engine.EnterpriseMonth;
import io.industrypulse.engine.LargestRemainder;
import io.industrypulse.engine.MonthlyPlan;
import io.industrypulse.engine.Rows;
import io.industrypulse.i18n.Messages;
import io.industrypulse.monitor.GrowthSnapshot;
import io.industrypulse.monitor.MonitorService;
import io.industrypulse.target.TargetService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks down to each enterprise (任务落实到企业末端, METHODOLOGY 3.2): the value added a county must produce in a month
 * is allocated to its enterprises; a county user may set one enterprise's task, the others re-balance. Reads are
 * limited to the caller's scope (another county is "not found"); writes to a county user's own county and the city
 * administrator, audited.
 */
@Service
public class TaskService {

    private final MonitorService monitor;
    private final TargetService targets;
    private final TaskRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    /**
     * The tasks computed from one snapshot's rows (its rows, prices and registry: the monitor keeps the same rows
     * across a target change), by county, month, target and adjustments. The warnings allocate every county's tasks
     * after each change; after one county's target moved, the other counties' tasks are those computed before
     * (issue 18). Dropped when the rows change.
     */
    private volatile Computed computed = new Computed(null, new ConcurrentHashMap<>());

    private record Computed(@Nullable Rows rows, Map<TaskKey, CountyTasks> byKey) {}

    private record TaskKey(String county, YearMonth period, double target, Map<String, BigDecimal> adjusted) {}

    /** Enough for every county's months with a few target versions each. */
    private static final int COMPUTED_MAX = 2_000;

    TaskService(
            MonitorService monitor,
            TargetService targets,
            TaskRepository repository,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.monitor = monitor;
        this.targets = targets;
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A county's tasks for a month: the coming month (the one after the latest data) or any earlier month of the year,
     * then with the actual figures.
     *
     * @throws PlanningNotFoundException for another county, an unknown county, a month without plan or target
     */
    @Transactional(readOnly = true)
    public CountyTasks tasks(String countyCode, YearMonth period) {
        UserScope scope = currentUser.scope();
        if (scope.role() == Role.ENTERPRISE_USER) {
            // its own task only; a county where it has none is "not found" like any other county
            String own = scope.enterpriseCreditCode();
            CountyTasks narrowed = own == null || !countyCode.equals(scope.regionCode())
                    ? null
                    : compute(countyCode, period).narrowedTo(own);
            if (narrowed == null || narrowed.tasks().isEmpty()) {
                throw new PlanningNotFoundException(Messages.get("planning.error.noCounty", countyCode));
            }
            return narrowed;
        }
        requireReadable(countyCode);
        return compute(countyCode, period);
    }

    /**
     * What the county's 奋斗目标, if it recorded one, asks of the month (planned from the same months as its tasks);
     * empty without one or for a user who may not see the county's requirement (an enterprise sees its own task only).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<RaisedRequirement> raisedRequirement(String countyCode, YearMonth period) {
        if (currentUser.scope().role() == Role.ENTERPRISE_USER) {
            return java.util.Optional.empty();
        }
        requireReadable(countyCode);
        return targets.raisedTarget(Year.of(period.getYear()), countyCode)
                .flatMap(raised -> monitor.snapshot(Year.of(period.getYear()))
                        .map(SnapshotView::new)
                        .filter(view -> view.index(countyCode) >= 0)
                        .map(view -> {
                            MonthlyPlan plan =
                                    view.plan(view.index(countyCode), raised.doubleValue(), knownMonths(period, view));
                            return new RaisedRequirement(
                                    raised,
                                    plan.requiredRestGrowth().isPresent()
                                            ? plan.requiredRestGrowth().getAsDouble()
                                            : null,
                                    cents(plan.month(period.getMonthValue()).comparable()));
                        }));
    }

    /**
     * Sets one enterprise's task for the coming month; the other enterprises re-balance.
     *
     * @param value 万元, two decimals, not negative
     * @throws AccessDeniedException for a role that may not write
     * @throws PlanningNotFoundException for another county or an enterprise without a task there
     * @throws PlanningConflictException when the month's data are already in
     */
    @Transactional
    public CountyTasks adjust(String countyCode, YearMonth period, String creditCode, BigDecimal value) {
        requireAdjustable(countyCode);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(Messages.get("planning.tasks.error.negative"));
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        CountyTasks before = compute(countyCode, period);
        if (before.dataArrived()) {
            throw new PlanningConflictException(Messages.get("planning.tasks.error.reported", period));
        }
        CountyTasks.EnterpriseTask task = before.tasks().stream()
                .filter(t -> t.creditCode().equals(creditCode))
                .findFirst()
                .orElseThrow(() -> new PlanningNotFoundException(
                        Messages.get("planning.tasks.error.noTask", countyCode, period, creditCode)));
        repository.store(
                countyCode, period, creditCode, rounded, currentUser.scope().username(), OffsetDateTime.now(clock));
        audit.record(
                "planning.task.adjust",
                "planning_task",
                period + "/" + creditCode,
                Map.of("task", task.task(), "adjusted", task.adjusted()),
                Map.of("task", rounded, "adjusted", true));
        return compute(countyCode, period);
    }

    /** Returns one enterprise's task to its allocated share. */
    @Transactional
    public CountyTasks reset(String countyCode, YearMonth period, String creditCode) {
        requireAdjustable(countyCode);
        repository.adjustment(period, creditCode).ifPresent(previous -> {
            repository.delete(period, creditCode);
            audit.record(
                    "planning.task.reset",
                    "planning_task",
                    period + "/" + creditCode,
                    Map.of("task", previous, "adjusted", true),
                    null);
        });
        return compute(countyCode, period);
    }

    /** Tasks of every county for a month (no scope: for warnings computed for everyone). */
    List<CountyTasks> allCounties(GrowthSnapshot snapshot, YearMonth period) {
        List<CountyTasks> all = new ArrayList<>();
        for (String county : snapshot.labels().countyCodes()) {
            try {
                all.add(compute(county, period, new SnapshotView(snapshot)));
            } catch (PlanningNotFoundException e) {
                // a county without a target has no tasks
            }
        }
        return all;
    }

    private CountyTasks compute(String countyCode, YearMonth period) {
        SnapshotView view = monitor.snapshot(Year.of(period.getYear()))
                .map(SnapshotView::new)
                .orElseThrow(() ->
                        new PlanningNotFoundException(Messages.get("planning.error.noYearData", period.getYear())));
        return compute(countyCode, period, view);
    }

    private CountyTasks compute(String countyCode, YearMonth period, SnapshotView view) {
        int county = view.index(countyCode);
        if (county < 0) {
            throw new PlanningNotFoundException(Messages.get("planning.error.noCounty", countyCode));
        }
        int known = knownMonths(period, view);
        double target = targets.growthTarget(Year.of(period.getYear()), countyCode)
                .orElseThrow(() -> new PlanningNotFoundException(
                        Messages.get("planning.error.noTarget", countyCode, period.getYear())))
                .doubleValue();
        Map<String, BigDecimal> adjusted = repository.adjustments(countyCode, period);
        Rows rows = view.input().rows();
        Computed memo = computed;
        if (memo.rows() != rows || memo.byKey().size() > COMPUTED_MAX) {
            memo = new Computed(rows, new ConcurrentHashMap<>());
            computed = memo;
        }
        TaskKey key = new TaskKey(countyCode, period, target, Map.copyOf(adjusted));
        CountyTasks found = memo.byKey().get(key);
        if (found != null) {
            return found;
        }
        CountyTasks tasks = compute(view, county, countyCode, period, known, target, adjusted);
        memo.byKey().put(key, tasks);
        return tasks;
    }

    private CountyTasks compute(
            SnapshotView view,
            int county,
            String countyCode,
            YearMonth period,
            int known,
            double target,
            Map<String, BigDecimal> adjusted) {
        int month = period.getMonthValue();
        MonthlyPlan plan = view.plan(county, target, known);
        MonthlyPlan.Month planned = plan.month(month);
        BigDecimal requirement = cents(planned.comparable());
        EnterpriseMonth figures = view.month(month);
        Map<Integer, double[]> bases = SnapshotView.lastYearBases(county, figures);
        // active: a base in the month, and (after January) reporting in the latest month known before it
        java.util.Set<Integer> reporting =
                known >= 1 ? SnapshotView.comparable(county, view.month(known)).keySet() : null;
        List<Integer> enterprises = new ArrayList<>();
        bases.forEach((e, base) -> {
            if (base[0] > 0 && (reporting == null || reporting.contains(e))) {
                enterprises.add(e);
            }
        });
        BigDecimal fixed = BigDecimal.ZERO;
        List<Integer> free = new ArrayList<>();
        for (int e : enterprises) {
            BigDecimal value = adjusted.get(view.snapshot().enterprises().get(e).creditCode());
            if (value != null) {
                fixed = fixed.add(value);
            } else {
                free.add(e);
            }
        }
        BigDecimal rest = requirement.subtract(fixed).max(BigDecimal.ZERO);
        double[] weights = free.stream().mapToDouble(e -> bases.get(e)[0]).toArray();
        BigDecimal[] shares = LargestRemainder.allocate(rest, weights);
        boolean arrived = month <= view.lastMonth();
        Map<Integer, Double> actuals = arrived ? SnapshotView.comparable(county, figures) : Map.of();
        List<CountyTasks.EnterpriseTask> tasks = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int nextShare = 0; // the free enterprises come in the same order as in free
        for (int e : enterprises) {
            GrowthSnapshot.EnterpriseRef ref = view.snapshot().enterprises().get(e);
            BigDecimal task = adjusted.get(ref.creditCode());
            boolean isAdjusted = task != null;
            if (!isAdjusted) {
                task = shares[nextShare++];
            }
            total = total.add(task);
            int division = (int) bases.get(e)[1];
            BigDecimal actual = arrived ? cents(actuals.getOrDefault(e, 0.0)) : null;
            tasks.add(new CountyTasks.EnterpriseTask(
                    ref.creditCode(),
                    ref.name(),
                    cents(bases.get(e)[0]),
                    task,
                    isAdjusted,
                    cents(view.grossOutput(task.doubleValue(), division, month)),
                    actual,
                    actual == null ? null : actual.compareTo(task) >= 0));
        }
        BigDecimal countyActual =
                arrived ? cents(view.group(county).month(month).comparableMonth()) : null;
        BigDecimal shortfall =
                countyActual == null ? null : requirement.subtract(countyActual).max(BigDecimal.ZERO);
        return new CountyTasks(
                countyCode,
                view.name(countyCode),
                period,
                plan.requiredRestGrowth().isPresent()
                        ? plan.requiredRestGrowth().getAsDouble()
                        : null,
                requirement,
                total,
                total.subtract(requirement),
                arrived,
                countyActual,
                shortfall,
                tasks);
    }

    private void requireReadable(String countyCode) {
        if (!currentUser.scope().coversCounty(countyCode)) {
            throw new PlanningNotFoundException(Messages.get("planning.error.noCounty", countyCode));
        }
    }

    /** Whether the caller may adjust the county's tasks: the county's own users and the city administrator. */
    public boolean mayAdjust(String countyCode) {
        UserScope scope = currentUser.scope();
        return scope.role() == Role.CITY_ADMIN
                || (scope.role() == Role.COUNTY_USER && scope.regionCode().equals(countyCode));
    }

    /**
     * @throws PlanningNotFoundException for a county outside the caller's scope
     * @throws AccessDeniedException when the caller may read but not adjust the county's tasks
     */
    public void requireAdjustable(String countyCode) {
        requireReadable(countyCode);
        if (!mayAdjust(countyCode)) {
            throw new AccessDeniedException(Messages.get("planning.tasks.error.notOwnCounty"));
        }
    }

    /**
     * The months a month's tasks are planned from: a month already reported from the months before it; a month still
     * to come (the next one or December) from the latest data, as the monthly plan shows it.
     */
    private static int knownMonths(YearMonth period, SnapshotView view) {
        return Math.min(period.getMonthValue() - 1, view.lastMonth());
    }

    private static BigDecimal cents(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
