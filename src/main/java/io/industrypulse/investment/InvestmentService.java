package io.industrypulse.investment;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.FieldInputException;
import io.industrypulse.account.Role;
import io.industrypulse.account.ShownTime;
import io.industrypulse.account.UserScope;
import io.industrypulse.engine.Formulas;
import io.industrypulse.engine.TimeProgress;
import io.industrypulse.enterprise.CreditCode;
import io.industrypulse.enterprise.IndustryDivision;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.RegionService;
import io.industrypulse.target.Target;
import io.industrypulse.target.TargetIndicator;
import io.industrypulse.target.TargetService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project ledger (项目清单台账): projects in the caller's scope with their year's plan, what is done and the time
 * progress (时序进度), a project's months, and each county's and the city's summary with investment growth against the
 * target. Scope (DESIGN.md section 1): the city roles see every project, a county user its county's, an enterprise user
 * the projects its enterprise builds, departments none; the summary's counts and sums are public aggregates. The city's
 * administrator and analysts keep any county's projects, a county user its own.
 */
@Service
@EnableConfigurationProperties(InvestmentSettings.class)
public class InvestmentService {

    private final InvestmentRepository repository;
    private final RegionService regions;
    private final TargetService targets;
    private final InvestmentSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final io.industrypulse.monitor.MonitorService monitor;
    private final io.industrypulse.dispatch.TicketService tickets;

    InvestmentService(
            InvestmentRepository repository,
            RegionService regions,
            TargetService targets,
            InvestmentSettings settings,
            AuditLog audit,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            io.industrypulse.monitor.MonitorService monitor,
            io.industrypulse.dispatch.TicketService tickets) {
        this.repository = repository;
        this.regions = regions;
        this.targets = targets;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.monitor = monitor;
        this.tickets = tickets;
    }

    // --- who may do what

    public static boolean mayRead(UserScope scope) {
        return scope.role() != Role.DEPARTMENT_USER;
    }

    /** Whether the user keeps projects at all: the city's administrator and analysts, county users. */
    public static boolean mayKeep(UserScope scope) {
        return scope.role() == Role.CITY_ADMIN || scope.role() == Role.CITY_ANALYST || scope.role() == Role.COUNTY_USER;
    }

    /** Whether the user keeps the projects of the county. */
    public static boolean mayWrite(UserScope scope, String county) {
        return scope.role() == Role.CITY_ADMIN
                || scope.role() == Role.CITY_ANALYST
                || (scope.role() == Role.COUNTY_USER && scope.regionCode().equals(county));
    }

    public static void requireRead(UserScope scope) {
        if (!mayRead(scope)) {
            throw new AccessDeniedException(Messages.get("investment.error.readDenied"));
        }
    }

    /** Refuses a user who keeps no projects (leaders, departments, enterprise users), before any input is looked at. */
    public static void requireKeeper(UserScope scope) {
        if (!mayKeep(scope)) {
            throw new AccessDeniedException(Messages.get("investment.error.writeDenied"));
        }
    }

    /** The project, when the user may see it; else not found (out of scope is not told apart). */
    private Project readable(String code, UserScope scope) {
        return repository
                .project(code)
                .filter(p -> visible(p, scope))
                .orElseThrow(() -> new ProjectNotFoundException(Messages.get("investment.error.notFound", code)));
    }

    /** The project, when the user may change it: not found out of scope, refused in another county. */
    private Project writable(String code, UserScope scope) {
        Project p = readable(code, scope);
        if (!mayWrite(scope, p.countyCode())) {
            throw new AccessDeniedException(Messages.get("investment.error.otherCounty"));
        }
        return p;
    }

    private static boolean visible(Project p, UserScope scope) {
        return scope.coversCounty(p.countyCode()) || (p.creditCode() != null && scope.isOwnEnterprise(p.creditCode()));
    }

    // --- the ledger

    /**
     * A project with where it stands in the month.
     *
     * @param project the project
     * @param planYear this year's planned investment, 万元 (0 without a plan)
     * @param monthDone investment completed in the month, 万元
     * @param done investment completed this year through the month, 万元
     * @param completion done ÷ plan, %; {@code null} without a plan
     * @param timeProgress completion against the time elapsed, percentage points (超 > 0, 慢 < 0); {@code null} without a
     *     plan
     * @param behind more than the setting's points behind the time progress
     * @param notStarted its planned start has come and it has not started
     * @param major 重大项目 by its total investment
     * @param form the statistics form it reports on (206-1 or 206-2) once in the statistics; {@code null} before
     * @param openBlockers its blockers (tickets) not closed yet that the user may see
     */
    public record ProjectRow(
            Project project,
            BigDecimal planYear,
            BigDecimal monthDone,
            BigDecimal done,
            @Nullable Double completion,
            @Nullable Double timeProgress,
            boolean behind,
            boolean notStarted,
            boolean major,
            @Nullable String form,
            int openBlockers) {

        ProjectRow withBlockers(int open) {
            return new ProjectRow(
                    project,
                    planYear,
                    monthDone,
                    done,
                    completion,
                    timeProgress,
                    behind,
                    notStarted,
                    major,
                    form,
                    open);
        }
    }

    /** What the ledger list filters on; each {@code null} means all. */
    public record Filter(
            @Nullable String county,
            @Nullable ProjectKind kind,
            @Nullable ProjectStage stage,
            @Nullable Boolean inStatistics,
            @Nullable Boolean behind,
            @Nullable Boolean major) {

        public static Filter all() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    /** Points behind the time progress from which a project is warned (the setting). */
    public double behindPoints() {
        return settings.behindPoints();
    }

    /** The month the ledger shows by default: the latest with progress, else the month before this one. */
    public YearMonth defaultPeriod() {
        return repository
                .latestMonth()
                .orElse(YearMonth.from(ShownTime.today(clock)).minusMonths(1));
    }

    /**
     * The projects the user may see that match the filter, in the month.
     *
     * @throws AccessDeniedException for departments, or a county user asking for another county
     */
    @Transactional(readOnly = true)
    public List<ProjectRow> projects(Filter filter, YearMonth period, UserScope scope) {
        requireRead(scope);
        String county = blank(filter.county()) ? null : filter.county().strip();
        if (county != null && scope.role() == Role.COUNTY_USER && !scope.coversCounty(county)) {
            throw new AccessDeniedException(Messages.get("investment.error.otherCounty"));
        }
        Ledger ledger = ledger(period);
        Predicate<ProjectRow> wanted =
                r -> (county == null || r.project().countyCode().equals(county))
                        && (filter.kind() == null || r.project().kind() == filter.kind())
                        && (filter.stage() == null || r.project().stage() == filter.stage())
                        && (filter.inStatistics() == null || (r.project().statCode() != null) == filter.inStatistics())
                        && (filter.behind() == null || r.behind() == filter.behind())
                        && (filter.major() == null || r.major() == filter.major());
        List<ProjectRow> rows = ledger.rows().stream()
                .filter(r -> visible(r.project(), scope))
                .filter(wanted)
                .toList();
        Map<String, List<Long>> blockers = repository.blockers();
        Map<Long, String> projectOf = new HashMap<>();
        for (ProjectRow r : rows) {
            blockers.getOrDefault(r.project().code(), List.of())
                    .forEach(t -> projectOf.put(t, r.project().code()));
        }
        Map<String, Integer> open = new HashMap<>();
        for (io.industrypulse.dispatch.Ticket t : tickets.some(projectOf.keySet(), scope)) {
            if (t.state() != io.industrypulse.dispatch.TicketState.CLOSED) {
                open.merge(projectOf.get(t.id()), 1, Integer::sum);
            }
        }
        return rows.stream()
                .map(r -> r.withBlockers(open.getOrDefault(r.project().code(), 0)))
                .toList();
    }

    /**
     * A project's page: its row in the month and its months of the year, with the plan spread evenly for the chart.
     *
     * @param row the project and where it stands in the month
     * @param months the months of the year through the period: done in the month and cumulated
     * @param planLastYear last year's planned investment, 万元, if there was a plan
     */
    public record ProjectDetail(
            ProjectRow row,
            List<MonthPoint> months,
            @Nullable BigDecimal planLastYear) {}

    /**
     * A month of a project's year: investment completed and the evenly spread plan, with the county's notes.
     *
     * @param period the month (YYYY-MM)
     * @param done completed in the month, 万元
     * @param cumulative completed this year through the month, 万元
     * @param planShare the plan's share of the year elapsed at the month's end, 万元 (plan × m / 12)
     * @param image 形象进度 the county reported, in words
     * @param physical 实物量 notes the county reported
     * @param problems the problems the county reported (存在问题)
     */
    public record MonthPoint(
            YearMonth period,
            BigDecimal done,
            BigDecimal cumulative,
            double planShare,
            @Nullable String image,
            @Nullable String physical,
            @Nullable String problems) {}

    @Transactional(readOnly = true)
    public Optional<ProjectDetail> detail(String code, YearMonth period, UserScope scope) {
        requireRead(scope);
        Optional<Project> project = repository.project(code).filter(p -> visible(p, scope));
        if (project.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, BigDecimal> plans = repository.plans().getOrDefault(code, Map.of());
        List<ProjectMonth> months = repository.months(YearMonth.of(period.getYear(), 1), period, code);
        int open = (int) tickets.some(repository.blockers().getOrDefault(code, List.of()), scope).stream()
                .filter(t -> t.state() != io.industrypulse.dispatch.TicketState.CLOSED)
                .count();
        ProjectRow row =
                row(project.get(), plans.get(period.getYear()), months, period).withBlockers(open);
        List<MonthPoint> points = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        Map<YearMonth, ProjectMonth> byMonth = new HashMap<>();
        months.forEach(m -> byMonth.put(m.period(), m));
        for (int m = 1; m <= period.getMonthValue(); m++) {
            YearMonth month = YearMonth.of(period.getYear(), m);
            ProjectMonth pm = byMonth.get(month);
            BigDecimal done = pm == null ? BigDecimal.ZERO : pm.completed();
            cumulative = cumulative.add(done);
            points.add(new MonthPoint(
                    month,
                    done,
                    cumulative,
                    TimeProgress.due(row.planYear().doubleValue(), m),
                    pm == null ? null : pm.image(),
                    pm == null ? null : pm.physical(),
                    pm == null ? null : pm.problems()));
        }
        return Optional.of(new ProjectDetail(row, points, plans.get(period.getYear() - 1)));
    }

    /** The month's progress of the rows' projects (rows the caller may see), by project code. */
    @Transactional(readOnly = true)
    public Map<String, ProjectMonth> monthReports(YearMonth period, List<ProjectRow> rows) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        rows.forEach(r -> codes.add(r.project().code()));
        Map<String, ProjectMonth> out = new HashMap<>();
        for (ProjectMonth m : repository.months(period, period, null)) {
            if (codes.contains(m.code())) {
                out.put(m.code(), m);
            }
        }
        return out;
    }

    /** Every project's row in the month, and last year's same months by project. */
    private record Ledger(List<ProjectRow> rows, Map<String, BigDecimal> doneLastYear) {}

    private Ledger ledger(YearMonth period) {
        Map<String, Map<Integer, BigDecimal>> plans = repository.plans();
        Map<String, List<ProjectMonth>> months = new HashMap<>();
        for (ProjectMonth m : repository.months(YearMonth.of(period.getYear() - 1, 1), period, null)) {
            months.computeIfAbsent(m.code(), c -> new ArrayList<>()).add(m);
        }
        List<ProjectRow> rows = new ArrayList<>();
        Map<String, BigDecimal> lastYear = new HashMap<>();
        YearMonth sameMonthLastYear = period.minusYears(1);
        for (Project p : repository.projects(null)) {
            List<ProjectMonth> all = months.getOrDefault(p.code(), List.of());
            rows.add(row(
                    p,
                    plans.getOrDefault(p.code(), Map.of()).get(period.getYear()),
                    all.stream()
                            .filter(m -> m.period().getYear() == period.getYear())
                            .toList(),
                    period));
            lastYear.put(
                    p.code(),
                    all.stream()
                            .filter(m -> m.period().getYear() == sameMonthLastYear.getYear()
                                    && !m.period().isAfter(sameMonthLastYear))
                            .map(ProjectMonth::completed)
                            .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return new Ledger(rows, lastYear);
    }

    /** A project's row from its plan of the year and its months of the year (through the period). */
    private ProjectRow row(Project p, @Nullable BigDecimal plan, List<ProjectMonth> months, YearMonth period) {
        BigDecimal planYear = plan == null ? BigDecimal.ZERO : plan;
        BigDecimal done = BigDecimal.ZERO;
        BigDecimal monthDone = BigDecimal.ZERO;
        for (ProjectMonth m : months) {
            if (m.period().getYear() == period.getYear() && !m.period().isAfter(period)) {
                done = done.add(m.completed());
                if (m.period().equals(period)) {
                    monthDone = m.completed();
                }
            }
        }
        OptionalDouble completion = TimeProgress.completion(done.doubleValue(), planYear.doubleValue());
        OptionalDouble progress =
                TimeProgress.points(done.doubleValue(), planYear.doubleValue(), period.getMonthValue());
        boolean behind = progress.isPresent() && progress.getAsDouble() < -settings.behindPoints();
        LocalDate monthEnd = period.atEndOfMonth();
        boolean notStarted = p.plannedStart() != null
                && !p.plannedStart().isAfter(monthEnd)
                && p.actualStart() == null
                && !p.stage().started();
        double total = p.totalInvestment().doubleValue();
        String form = p.statCode() == null ? null : total >= settings.largeForm() ? "206-1" : "206-2";
        return new ProjectRow(
                p,
                planYear,
                monthDone,
                done,
                Formulas.orNull(completion),
                Formulas.orNull(progress),
                behind,
                notStarted,
                total >= settings.major(),
                form,
                0);
    }

    // --- the summary

    /**
     * A group's figures in the month (a county, a kind, the city). Growth compares this year's completed investment
     * through the month with last year's same months; 工业投资 counts every ledger project (the statistics count 技改
     * within industrial investment), 技改投资 the renovation projects.
     *
     * @param code the county's code (GB/T 2260), the kind (INDUSTRIAL or RENOVATION) or the city's code
     * @param projects projects in the ledger (count)
     * @param stages projects by stage
     * @param behind projects more than the setting's percentage points behind the time progress (count)
     * @param notStarted projects whose planned start has come and that have not started (count)
     * @param planYear this year's planned investment, 万元
     * @param done investment completed this year through the month, 万元
     * @param completion done ÷ plan, %
     * @param timeProgress completion against the time elapsed, percentage points (超 > 0, 慢 < 0)
     * @param doneLastYear the same projects' investment completed in last year's same months, 万元
     * @param growth 工业投资 growth of the ledger's projects, %
     * @param renovationDone 技改 investment completed this year through the month, 万元
     * @param renovationDoneLastYear 技改 investment completed in last year's same months, 万元
     * @param renovationGrowth 技改投资 growth, %
     * @param target the 工业投资增速 target of the year, %
     * @param renovationTarget the 技改投资增速 target of the year, %
     * @param officialGrowth the statistics bureau's 工业投资 cumulative growth of the month (all investment), %
     * @param officialRenovationGrowth the statistics bureau's 技改投资 cumulative growth, %
     * @param pipelineInvestment total investment of next year's pipeline (谋划, 招引, 签约), 万元
     */
    public record GroupFigures(
            String code,
            int projects,
            Map<ProjectStage, Integer> stages,
            int behind,
            int notStarted,
            BigDecimal planYear,
            BigDecimal done,
            @Nullable Double completion,
            @Nullable Double timeProgress,
            BigDecimal doneLastYear,
            @Nullable Double growth,
            BigDecimal renovationDone,
            BigDecimal renovationDoneLastYear,
            @Nullable Double renovationGrowth,
            @Nullable BigDecimal target,
            @Nullable BigDecimal renovationTarget,
            @Nullable BigDecimal officialGrowth,
            @Nullable BigDecimal officialRenovationGrowth,
            BigDecimal pipelineInvestment) {

        /** Next year's pipeline: the projects in 谋划, 招引 and 签约. */
        public int pipeline() {
            return stages.get(ProjectStage.PLANNING)
                    + stages.get(ProjectStage.ATTRACTING)
                    + stages.get(ProjectStage.SIGNED);
        }

        GroupFigures withOfficial(@Nullable OfficialInvestment official) {
            return official == null
                    ? this
                    : new GroupFigures(
                            code,
                            projects,
                            stages,
                            behind,
                            notStarted,
                            planYear,
                            done,
                            completion,
                            timeProgress,
                            doneLastYear,
                            growth,
                            renovationDone,
                            renovationDoneLastYear,
                            renovationGrowth,
                            target,
                            renovationTarget,
                            official.industrialGrowth(),
                            official.renovationGrowth(),
                            pipelineInvestment);
        }
    }

    /**
     * The month's summary: each county, each kind and the city.
     *
     * @param period the month (YYYY-MM)
     * @param counties each county's figures
     * @param kinds each kind's figures: 工业投资 and 技术改造
     * @param city the city's figures
     */
    public record Summary(YearMonth period, List<GroupFigures> counties, List<GroupFigures> kinds, GroupFigures city) {}

    @Transactional(readOnly = true)
    public Summary summary(YearMonth period, UserScope scope) {
        requireRead(scope);
        Ledger ledger = ledger(period);
        Map<String, Map<TargetIndicator, BigDecimal>> goals = new HashMap<>();
        for (Target t : targets.targets(Year.of(period.getYear()))) {
            TargetIndicator.of(t.indicator())
                    .ifPresent(i -> goals.computeIfAbsent(t.regionCode(), r -> new EnumMap<>(TargetIndicator.class))
                            .put(i, t.value()));
        }
        List<GroupFigures> counties = new ArrayList<>();
        for (var county : regions.counties()) {
            counties.add(figures(
                    county.code(),
                    ledger,
                    r -> r.project().countyCode().equals(county.code()),
                    period,
                    goals.getOrDefault(county.code(), Map.of())));
        }
        List<GroupFigures> kinds = new ArrayList<>();
        for (ProjectKind kind : ProjectKind.values()) {
            kinds.add(figures(kind.name(), ledger, r -> r.project().kind() == kind, period, Map.of()));
        }
        String city = regions.city().map(r -> r.code()).orElse("");
        GroupFigures whole = figures(city, ledger, r -> true, period, goals.getOrDefault(city, Map.of()));
        Map<String, OfficialInvestment> official = repository.official(period);
        return new Summary(
                period,
                counties.stream()
                        .map(c -> c.withOfficial(official.get(c.code())))
                        .toList(),
                kinds,
                whole.withOfficial(official.get(city)));
    }

    private static GroupFigures figures(
            String code,
            Ledger ledger,
            Predicate<ProjectRow> member,
            YearMonth period,
            Map<TargetIndicator, BigDecimal> goals) {
        Map<ProjectStage, Integer> stages = new EnumMap<>(ProjectStage.class);
        for (ProjectStage s : ProjectStage.values()) {
            stages.put(s, 0);
        }
        int projects = 0;
        int behind = 0;
        int notStarted = 0;
        BigDecimal plan = BigDecimal.ZERO;
        BigDecimal done = BigDecimal.ZERO;
        BigDecimal lastYear = BigDecimal.ZERO;
        BigDecimal renovation = BigDecimal.ZERO;
        BigDecimal renovationLastYear = BigDecimal.ZERO;
        BigDecimal pipeline = BigDecimal.ZERO;
        for (ProjectRow r : ledger.rows()) {
            if (!member.test(r)) {
                continue;
            }
            projects++;
            stages.merge(r.project().stage(), 1, Integer::sum);
            if (r.project().stage().pipeline()) {
                pipeline = pipeline.add(r.project().totalInvestment());
            }
            behind += r.behind() ? 1 : 0;
            notStarted += r.notStarted() ? 1 : 0;
            plan = plan.add(r.planYear());
            done = done.add(r.done());
            BigDecimal before = ledger.doneLastYear().getOrDefault(r.project().code(), BigDecimal.ZERO);
            lastYear = lastYear.add(before);
            if (r.project().kind() == ProjectKind.RENOVATION) {
                renovation = renovation.add(r.done());
                renovationLastYear = renovationLastYear.add(before);
            }
        }
        return new GroupFigures(
                code,
                projects,
                stages,
                behind,
                notStarted,
                plan,
                done,
                Formulas.orNull(TimeProgress.completion(done.doubleValue(), plan.doubleValue())),
                Formulas.orNull(TimeProgress.points(done.doubleValue(), plan.doubleValue(), period.getMonthValue())),
                lastYear,
                Formulas.orNull(Formulas.growth(done.doubleValue(), lastYear.doubleValue())),
                renovation,
                renovationLastYear,
                Formulas.orNull(Formulas.growth(renovation.doubleValue(), renovationLastYear.doubleValue())),
                goals.get(TargetIndicator.INVESTMENT_GROWTH),
                goals.get(TargetIndicator.RENOVATION_INVESTMENT_GROWTH),
                null,
                null,
                pipeline);
    }

    // --- blockers (问题堵点): tickets of the ticket system

    /** A blocker as the county reports it: what kind, what is wrong and what help is asked. */
    public record BlockerForm(
            io.industrypulse.dispatch.@Nullable TicketCategory category,
            @Nullable String description,
            @Nullable String helpAsked,
            @Nullable Boolean urgent) {}

    /**
     * Opens a blocker of a project: a ticket on its builder, handled at its county and escalated like any ticket.
     *
     * @throws IllegalArgumentException naming what is missing, or when the builder is not in the registry yet (a ticket
     *     is on an enterprise); nothing is written
     */
    @Transactional
    public io.industrypulse.dispatch.Ticket openBlocker(String code, BlockerForm form, UserScope scope) {
        requireKeeper(scope);
        Project p = writable(code, scope);
        if (p.creditCode() == null) {
            throw new IllegalArgumentException(Messages.get("investment.error.unregisteredBuilder", p.builder()));
        }
        io.industrypulse.dispatch.Ticket ticket = tickets.open(
                new io.industrypulse.dispatch.NewTicket(
                        p.creditCode(),
                        form.category(),
                        form.description(),
                        form.helpAsked(),
                        false,
                        Boolean.TRUE.equals(form.urgent())),
                scope);
        repository.addBlocker(code, ticket.id());
        audit.record(
                "investment.blocker",
                "inv_blocker",
                code + "/" + ticket.id(),
                null,
                Map.of("project", code, "ticket", ticket.id()));
        return ticket;
    }

    /**
     * Brings blockers of an existing ledger onto the platform (the demo city's): each a ticket as it stands, linked to
     * its project; no caller is checked.
     *
     * @param blockers project code → the ticket as the ledger has it
     */
    @Transactional
    public void loadBlockers(List<Map.Entry<String, io.industrypulse.dispatch.LedgerTicket>> blockers) {
        List<Long> ids =
                tickets.loadLedger(blockers.stream().map(Map.Entry::getValue).toList());
        for (int i = 0; i < ids.size(); i++) {
            repository.addBlocker(blockers.get(i).getKey(), ids.get(i));
        }
        audit.record("investment.blocker.load", "inv_blocker", "demo", null, Map.of("blockers", ids.size()));
    }

    /** A project's blockers the user may see, oldest first. */
    @Transactional(readOnly = true)
    public List<io.industrypulse.dispatch.Ticket> blockers(String code, UserScope scope) {
        requireRead(scope);
        readable(code, scope);
        return tickets.some(repository.blockers().getOrDefault(code, List.of()), scope);
    }

    /** A project's history: the writes on it, its months, photos and blockers, newest first. */
    @Transactional(readOnly = true)
    public List<AuditLog.Change> history(String code, UserScope scope) {
        requireRead(scope);
        readable(code, scope);
        return audit.history(List.of("inv_project", "inv_progress", "inv_blocker", "inv_photo"), code);
    }

    // --- site photos

    /**
     * Adds a site photo to a project's month: an image by its bytes, with the ticket attachments' limits (10 MB, 5 a
     * month).
     *
     * @throws FieldInputException naming the month or the file; nothing is written
     */
    @Transactional
    public ProjectPhoto addPhoto(
            String code, @Nullable String period, @Nullable String fileName, byte[] content, UserScope scope) {
        requireKeeper(scope);
        Project p = writable(code, scope);
        FieldInputException.Problems problems = new FieldInputException.Problems("investment.field.");
        YearMonth month = problems.month("period", period, true);
        YearMonth current = YearMonth.from(ShownTime.today(clock));
        if (month != null && month.isAfter(current)) {
            problems.add("period", "investment.error.futureMonth", month, current);
        }
        problems.check();
        long before = repository.photos(code).stream()
                .filter(x -> x.period().equals(month))
                .count();
        io.industrypulse.dispatch.Attachments.Checked checked;
        try {
            checked = io.industrypulse.dispatch.Attachments.check(fileName, content, (int) before);
        } catch (IllegalArgumentException e) {
            // the rules' own message names the file; shown at the form's photo field (check() throws)
            problems.add("photo", "investment.error.photo", e.getMessage());
            problems.check();
            throw e;
        }
        if (!checked.image()) {
            problems.add("photo", "investment.error.photoImage", checked.name());
            problems.check();
        }
        ProjectPhoto photo = new ProjectPhoto(
                0,
                code,
                month,
                checked.name(),
                checked.contentType(),
                content.length,
                scope.username(),
                Instant.now(clock));
        long id = repository.insertPhoto(photo, content);
        ProjectPhoto saved = new ProjectPhoto(
                id,
                code,
                month,
                photo.fileName(),
                photo.contentType(),
                photo.sizeBytes(),
                photo.uploadedBy(),
                photo.uploadedAt());
        audit.record("investment.photo", "inv_photo", code + "/" + id, null, saved);
        return saved;
    }

    /** A project's photos the user may see. */
    @Transactional(readOnly = true)
    public List<ProjectPhoto> photos(String code, UserScope scope) {
        requireRead(scope);
        readable(code, scope);
        return repository.photos(code);
    }

    /** A photo's bytes with what they are, for someone who sees the project. */
    @Transactional(readOnly = true)
    public Map.Entry<ProjectPhoto, byte[]> photo(String code, long id, UserScope scope) {
        ProjectPhoto meta = photos(code, scope).stream()
                .filter(p -> p.id() == id)
                .findFirst()
                .orElseThrow(() -> new ProjectNotFoundException(Messages.get("investment.error.noPhoto", id)));
        return Map.entry(meta, repository.photoContent(code, id).orElseThrow());
    }

    // --- next year's output

    /**
     * What the projects going into production bring to next year (the engine's {@link
     * io.industrypulse.engine.ProjectOutput}): output, value added and points of next year's growth.
     *
     * @param code the county's code (GB/T 2260), or the city's
     * @param projects the projects counted
     * @param output output of the projects next year, current prices, 万元
     * @param valueAdded their value added next year, 万元
     * @param base the region's estimated value added base of next year, 万元
     * @param points the value added in percentage points of next year's growth; {@code null} without a base
     */
    public record Gain(
            String code,
            int projects,
            double output,
            double valueAdded,
            double base,
            @Nullable Double points) {}

    /**
     * Next year's output scenario ("产值和投资双提升") on the latest snapshot: the projects under construction or
     * completed (not suspended) whose production, planned or actual, falls after the latest month with data and by the
     * end of next year, valued as new production next year.
     *
     * @param year the snapshot's year (next year is year + 1)
     * @param lastMonth its latest month with data
     * @param counties each county's gain
     * @param city the city's gain
     */
    public record Outlook(int year, int lastMonth, List<Gain> counties, Gain city) {}

    /** The outlook of every county and the city (public aggregates); empty before any data. */
    @Transactional(readOnly = true)
    public Optional<Outlook> outlook(UserScope scope) {
        requireRead(scope);
        Optional<io.industrypulse.monitor.GrowthSnapshot> found = monitor.snapshot();
        // nothing to project from while the latest year has no month that can be deflated yet
        if (found.isEmpty() || found.get().result().lastMonth() < 1) {
            return Optional.empty();
        }
        io.industrypulse.engine.LabelledInput labels = found.get().labels();
        int year = found.get().result().year();
        int lastMonth = found.get().result().lastMonth();
        LocalDate after = YearMonth.of(year, lastMonth).atEndOfMonth();
        LocalDate until = LocalDate.of(year + 1, 12, 31);
        List<io.industrypulse.engine.ProjectOutput.Project> projects = new ArrayList<>();
        int[] counts = new int[labels.countyCodes().size()];
        for (Project p : repository.projects(null)) {
            LocalDate production = p.production();
            int county = found.get().countyIndex(p.countyCode());
            if (county < 0
                    || production == null
                    || p.annualOutput() == null
                    || !(p.stage() == ProjectStage.CONSTRUCTION || p.stage() == ProjectStage.COMPLETED)
                    || !production.isAfter(after)
                    || production.isAfter(until)) {
                continue;
            }
            counts[county]++;
            projects.add(new io.industrypulse.engine.ProjectOutput.Project(
                    county,
                    labels.divisionCodes().indexOf(p.divisionCode()),
                    p.annualOutput().doubleValue(),
                    production.getYear(),
                    production.getMonthValue()));
        }
        io.industrypulse.engine.ProjectOutput.Scenario scenario =
                io.industrypulse.engine.ProjectOutput.nextYear(labels.engineInput(), lastMonth, projects);
        List<Gain> counties = new ArrayList<>();
        for (int k = 0; k < counts.length; k++) {
            counties.add(gain(
                    labels.countyCodes().get(k), counts[k], scenario.counties().get(k)));
        }
        return Optional.of(
                new Outlook(year, lastMonth, counties, gain(labels.cityCode(), projects.size(), scenario.city())));
    }

    private static Gain gain(String code, int projects, io.industrypulse.engine.ProjectOutput.Gain g) {
        return new Gain(code, projects, g.output(), g.valueAdded(), g.base(), Formulas.orNull(g.points()));
    }

    // --- writes

    /** Stores the statistics bureau's figures (the import's), audited each; {created, updated}. */
    @Transactional
    public int[] storeOfficial(List<OfficialInvestment> values, UserScope scope) {
        if (!io.industrypulse.ingest.TableImportService.mayImport(scope)) {
            throw new AccessDeniedException(Messages.get("investment.error.writeDenied"));
        }
        int[] counts = new int[2];
        for (OfficialInvestment o : values) {
            counts[repository.saveOfficial(o) ? 0 : 1]++;
            audit.record("investment.official", "inv_official", o.period() + "/" + o.regionCode(), null, o);
        }
        return counts;
    }

    /**
     * Stores a project from the form (its plan of the current year with it), audited.
     *
     * @throws FieldInputException naming each field at fault; nothing is written
     */
    @Transactional
    public Project save(ProjectForm form, UserScope scope) {
        requireKeeper(scope);
        Parsed parsed = parse(form, scope);
        Project before = repository.project(parsed.project().code()).orElse(null);
        if (before != null && !mayWrite(scope, before.countyCode())) {
            throw new AccessDeniedException(Messages.get("investment.error.otherCounty"));
        }
        store(parsed, before, ShownTime.today(clock).getYear());
        events.publishEvent(new ProjectsChanged(1));
        return parsed.project();
    }

    /** The form of a project as it stands, with its plan of the current year, for editing. */
    @Transactional(readOnly = true)
    public Optional<ProjectForm> form(String code, UserScope scope) {
        requireKeeper(scope);
        return repository
                .project(code)
                .filter(p -> visible(p, scope) && mayWrite(scope, p.countyCode()))
                .map(p -> {
                    BigDecimal plan = repository
                            .plans()
                            .getOrDefault(code, Map.of())
                            .get(ShownTime.today(clock).getYear());
                    return new ProjectForm(
                            p.code(),
                            p.name(),
                            p.countyCode(),
                            p.builder(),
                            p.creditCode(),
                            p.kind().name(),
                            p.divisionCode(),
                            p.content(),
                            p.totalInvestment().toPlainString(),
                            plan == null ? null : plan.toPlainString(),
                            text(p.plannedStart()),
                            text(p.actualStart()),
                            text(p.plannedProduction()),
                            text(p.actualProduction()),
                            text(p.plannedCompletion()),
                            text(p.actualCompletion()),
                            p.stage().name(),
                            p.statCode(),
                            text(p.statMonth()),
                            p.leader(),
                            p.responsible(),
                            p.responsiblePhone(),
                            p.annualOutput() == null ? null : p.annualOutput().toPlainString(),
                            p.annualValueAdded() == null
                                    ? null
                                    : p.annualValueAdded().toPlainString());
                });
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * Records a project's month from the project page (本月完成, 形象进度, 实物量, 存在问题), replacing what it had.
     *
     * @throws FieldInputException naming the field: a month after this one, a bad amount, or the months adding up to
     *     more than the total investment; nothing is written
     */
    @Transactional
    public ProjectMonth saveProgress(
            String code,
            @Nullable String period,
            @Nullable String completed,
            @Nullable String image,
            @Nullable String physical,
            @Nullable String problems,
            UserScope scope) {
        requireKeeper(scope);
        Project p = writable(code, scope);
        FieldInputException.Problems found = new FieldInputException.Problems("investment.field.");
        YearMonth month = found.month("period", period, true);
        YearMonth current = YearMonth.from(ShownTime.today(clock));
        if (month != null && month.isAfter(current)) {
            found.add("period", "investment.error.futureMonth", month, current);
        }
        BigDecimal done = found.amount("monthDone", completed, true);
        String imageText = found.text("image", image, 500, false);
        String physicalText = found.text("physical", physical, 500, false);
        String problemText = found.text("problems", problems, 500, false);
        if (month != null && done != null) {
            BigDecimal ever = repository.doneAround(code, month)[1].add(done);
            if (ever.compareTo(p.totalInvestment()) > 0) {
                found.add("monthDone", "investment.error.overTotalDone", ever, p.totalInvestment());
            }
        }
        found.check();
        ProjectMonth saved = new ProjectMonth(code, month, done, imageText, physicalText, problemText);
        repository.saveMonth(saved, scope.username(), Instant.now(clock));
        audit.record("investment.progress", "inv_progress", code + "/" + month, null, saved);
        events.publishEvent(new ProjectsChanged(1));
        return saved;
    }

    /** A project read from a form or an import row, with its plan of the year when one was given. */
    record Parsed(Project project, @Nullable BigDecimal planYear) {}

    void store(Parsed parsed, @Nullable Project before, int year) {
        repository.save(parsed.project());
        if (parsed.planYear() != null) {
            repository.savePlan(parsed.project().code(), year, parsed.planYear());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("project", parsed.project());
        after.put("plan_" + year, parsed.planYear());
        audit.record("investment.project", "inv_project", parsed.project().code(), before, after);
    }

    /** Reads and checks a project; every problem by field. */
    Parsed parse(ProjectForm form, UserScope scope) {
        FieldInputException.Problems problems = new FieldInputException.Problems("investment.field.");
        String code = problems.text("code", form.code(), 32, true);
        if (code != null && !code.matches("[A-Za-z0-9_\\-]{1,32}")) {
            problems.add("code", "investment.error.code", code);
        }
        String name = problems.text("name", form.name(), 200, true);
        String county = form.countyCode() == null ? "" : form.countyCode().strip();
        if (scope.role() == Role.COUNTY_USER && county.isEmpty()) {
            county = scope.regionCode();
        }
        if (!regions.isCounty(county)) {
            problems.add("countyCode", "investment.error.county", county);
        } else if (!mayWrite(scope, county)) {
            problems.add("countyCode", "investment.error.countyDenied", county);
        }
        Optional<Project> known = code == null ? Optional.empty() : repository.project(code);
        if (known.isPresent() && !mayWrite(scope, known.get().countyCode())) {
            problems.add("code", "investment.error.codeOtherCounty", code);
        }
        String builder = problems.text("builder", form.builder(), 200, true);
        String credit = problems.text("creditCode", form.creditCode(), 18, false);
        if (credit != null) {
            credit = credit.toUpperCase(Locale.ROOT);
            if (CreditCode.problem(credit).isPresent()) {
                problems.add("creditCode", "investment.error.creditCode", credit);
            }
        }
        ProjectKind kind = problems.choice("kind", form.kind(), ProjectKind.class, "investment.kind.", true);
        String division = form.divisionCode() == null ? "" : form.divisionCode().strip();
        if (!division.matches("\\d{2}") || !IndustryDivision.isIndustrial(division)) {
            problems.add("divisionCode", "investment.error.division", division);
        }
        String content = problems.text("content", form.content(), 1000, true);
        BigDecimal total = problems.amount("totalInvestment", form.totalInvestment(), true);
        if (total != null && total.signum() == 0) {
            problems.add("totalInvestment", "investment.error.positive");
        }
        BigDecimal plan = problems.amount("planYear", form.planYear(), false);
        if (plan != null && total != null && plan.compareTo(total) > 0) {
            problems.add("planYear", "investment.error.overTotal", total);
        }
        LocalDate plannedStart = problems.date("plannedStart", form.plannedStart(), false);
        LocalDate actualStart = problems.date("actualStart", form.actualStart(), false);
        LocalDate plannedProduction = problems.date("plannedProduction", form.plannedProduction(), false);
        LocalDate actualProduction = problems.date("actualProduction", form.actualProduction(), false);
        LocalDate plannedCompletion = problems.date("plannedCompletion", form.plannedCompletion(), false);
        LocalDate actualCompletion = problems.date("actualCompletion", form.actualCompletion(), false);
        LocalDate today = ShownTime.today(clock);
        for (var actual : List.of(
                Map.entry("actualStart", Optional.ofNullable(actualStart)),
                Map.entry("actualProduction", Optional.ofNullable(actualProduction)),
                Map.entry("actualCompletion", Optional.ofNullable(actualCompletion)))) {
            actual.getValue()
                    .filter(d -> d.isAfter(today))
                    .ifPresent(d -> problems.add(actual.getKey(), "investment.error.future", d));
        }
        order(problems, "plannedProduction", plannedStart, plannedProduction);
        order(problems, "plannedCompletion", plannedStart, plannedCompletion);
        order(problems, "plannedProduction", actualStart, plannedProduction);
        order(problems, "actualProduction", actualStart, actualProduction);
        order(problems, "actualCompletion", actualStart, actualCompletion);
        ProjectStage stage = problems.choice("stage", form.stage(), ProjectStage.class, "investment.stage.", true);
        if (stage != null && stage.started() && actualStart == null && !problems.has("actualStart")) {
            problems.add("actualStart", "investment.error.startRequired");
        }
        if (stage == ProjectStage.PRODUCTION && actualProduction == null && !problems.has("actualProduction")) {
            problems.add("actualProduction", "investment.error.productionRequired");
        }
        String statCode = problems.text("statCode", form.statCode(), 32, false);
        YearMonth statMonth = problems.month("statMonth", form.statMonth(), false);
        if (statCode != null && total != null && total.doubleValue() < settings.statistics()) {
            problems.add("statCode", "investment.error.statThreshold", settings.statistics());
        }
        if ((statCode == null) != (statMonth == null) && !problems.has("statMonth") && !problems.has("statCode")) {
            problems.add(statCode == null ? "statCode" : "statMonth", "investment.error.statPair");
        }
        String leader = problems.text("leader", form.leader(), 50, false);
        String responsible = problems.text("responsible", form.responsible(), 50, false);
        String phone = problems.text("responsiblePhone", form.responsiblePhone(), 30, false);
        if (phone != null && !phone.matches("[0-9+()\\- ]{3,30}")) {
            problems.add("responsiblePhone", "investment.error.phone", phone);
        }
        BigDecimal output = problems.amount("annualOutput", form.annualOutput(), false);
        BigDecimal valueAdded = problems.amount("annualValueAdded", form.annualValueAdded(), false);
        if (output != null && valueAdded != null && valueAdded.compareTo(output) > 0) {
            problems.add("annualValueAdded", "investment.error.valueAddedOverOutput");
        }
        problems.check();
        return new Parsed(
                new Project(
                        code,
                        name,
                        county,
                        builder,
                        credit,
                        kind,
                        division,
                        content,
                        total,
                        plannedStart,
                        actualStart,
                        plannedProduction,
                        actualProduction,
                        plannedCompletion,
                        actualCompletion,
                        stage,
                        statCode,
                        statMonth,
                        leader,
                        responsible,
                        phone,
                        output,
                        valueAdded,
                        scope.username(),
                        Instant.now(clock)),
                plan);
    }

    private static void order(
            FieldInputException.Problems problems, String field, @Nullable LocalDate start, @Nullable LocalDate end) {
        if (start != null && end != null && end.isBefore(start) && !problems.has(field)) {
            problems.add(field, "investment.error.beforeStart", start);
        }
    }

    /** A ledger row read and checked: the project (with its plan of the month's year) and its month, if reported. */
    record LedgerRow(Parsed parsed, @Nullable ProjectMonth month) {}

    /** What a project completed before the month: [this year's months before it, every other month]. */
    BigDecimal[] doneAround(String code, YearMonth period) {
        return repository.doneAround(code, period);
    }

    /** Stores ledger rows read and checked by {@link LedgerTable}, audited each; {created, updated}. */
    @Transactional
    public int[] saveLedger(List<LedgerRow> rows, UserScope scope) {
        requireKeeper(scope);
        int[] counts = new int[2];
        Instant now = Instant.now(clock);
        for (LedgerRow row : rows) {
            Project before = repository.project(row.parsed().project().code()).orElse(null);
            counts[before == null ? 0 : 1]++;
            int year = row.month() != null
                    ? row.month().period().getYear()
                    : ShownTime.today(clock).getYear();
            store(row.parsed(), before, year);
            if (row.month() != null) {
                repository.saveMonth(row.month(), scope.username(), now);
                audit.record(
                        "investment.progress",
                        "inv_progress",
                        row.month().code() + "/" + row.month().period(),
                        null,
                        row.month());
            }
        }
        events.publishEvent(new ProjectsChanged(rows.size()));
        return counts;
    }

    // --- loaders

    /**
     * Brings projects, their plans and months onto the platform (the demo city's): no caller is checked; audited as
     * the system's in one entry.
     */
    @Transactional
    public void load(List<Project> projects, Map<String, Map<Integer, BigDecimal>> plans, List<ProjectMonth> months) {
        projects.forEach(repository::save);
        plans.forEach((code, years) -> years.forEach((year, planned) -> repository.savePlan(code, year, planned)));
        Instant now = Instant.now(clock);
        months.forEach(m -> repository.saveMonth(m, "system", now));
        audit.record(
                "investment.load",
                "inv_project",
                "demo",
                null,
                Map.of("projects", projects.size(), "months", months.size()));
        events.publishEvent(new ProjectsChanged(projects.size()));
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
