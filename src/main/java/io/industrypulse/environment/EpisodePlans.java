package io.industrypulse.environment;

import io.industrypulse.account.ShownTime;
import io.industrypulse.account.UserScope;
import io.industrypulse.dispatch.ProductionReason;
import io.industrypulse.dispatch.ProductionStatus;
import io.industrypulse.dispatch.ProductionStatusChange;
import io.industrypulse.dispatch.ProductionStatusService;
import io.industrypulse.engine.ControlPlan;
import io.industrypulse.engine.EngineInput;
import io.industrypulse.engine.EpisodeCost;
import io.industrypulse.engine.EpisodeLoss;
import io.industrypulse.engine.Formulas;
import io.industrypulse.engine.MonthFigures;
import io.industrypulse.engine.Rows;
import io.industrypulse.i18n.Messages;
import io.industrypulse.monitor.GrowthSnapshot;
import io.industrypulse.monitor.MonitorService;
import io.industrypulse.region.RegionService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an episode costs and its three plans (issue 13, DESIGN.md 5.1), from the latest snapshot: each listed
 * enterprise's production base by month (its own, or last year's same-month daily average), the episode's days by
 * month, its emissions over the episode (weighed by the wind rule), the measures it may be given; then {@link
 * PlanComparison} and, per plan, {@link EpisodeCost} for the loss in 万元 and in percentage points of each county's
 * growth. Adopting a plan stores its measures and records the production statuses in {@code dispatch}.
 */
@Service
public class EpisodePlans {

    private static final String SOURCE = "env-episode:";

    private final EnvironmentService environment;
    private final EnvironmentRepository repository;
    private final MonitorService monitor;
    private final RegionService regions;
    private final ProductionStatusService production;
    private final EnvironmentSettings settings;
    private final io.industrypulse.account.AuditLog audit;
    private final Clock clock;

    EpisodePlans(
            EnvironmentService environment,
            EnvironmentRepository repository,
            MonitorService monitor,
            RegionService regions,
            ProductionStatusService production,
            EnvironmentSettings settings,
            io.industrypulse.account.AuditLog audit,
            Clock clock) {
        this.environment = environment;
        this.repository = repository;
        this.monitor = monitor;
        this.regions = regions;
        this.production = production;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * An enterprise's measure in a plan and what it costs.
     *
     * @param creditCode the enterprise (unified social credit code)
     * @param name its name
     * @param countyCode its county (GB/T 2260)
     * @param industryCode its industry (GB/T 4754 division)
     * @param grade its performance grade (绩效分级): A_PLUS, A, B, B_MINUS, C, D, LEADING or NON_LEADING
     * @param action what it does: AUTONOMOUS, LIMIT, STOP_LINES, STOP or STAGGER
     * @param outputCut share of output lost over the episode
     * @param emissionCut share of each pollutant cut
     * @param ownMeasure its 一厂一策 wording at the level, if recorded
     * @param outputLoss output lost at current prices, 万元
     * @param valueAddedLoss comparable value added lost, 万元
     */
    public record EnterpriseMeasure(
            String creditCode,
            String name,
            String countyCode,
            String industryCode,
            Grade grade,
            MeasureAction action,
            double outputCut,
            double[] emissionCut,
            @Nullable String ownMeasure,
            BigDecimal outputLoss,
            BigDecimal valueAddedLoss) {}

    /**
     * A region's figures under a plan.
     *
     * @param regionCode the city or the county (GB/T 2260)
     * @param name its name
     * @param covered whether its own floors apply (the city's always do)
     * @param cut the share of each pollutant's listed emissions cut (NaN where it has none)
     * @param meetsFloors whether every cut reaches its floor (for a region whose floors apply)
     * @param outputLoss output lost at current prices, 万元
     * @param valueAddedLoss comparable value added lost, 万元
     * @param yearPoints the loss in percentage points of its growth for the year
     * @param monthPoints the loss in percentage points of the growth of the episode's first month
     * @param cumulativePoints the loss of months with data, in percentage points of the cumulative growth through the latest
     */
    public record RegionFigures(
            String regionCode,
            String name,
            boolean covered,
            List<@Nullable Double> cut,
            boolean meetsFloors,
            BigDecimal outputLoss,
            BigDecimal valueAddedLoss,
            @Nullable Double yearPoints,
            @Nullable Double monthPoints,
            @Nullable Double cumulativePoints) {}

    /**
     * One plan.
     *
     * @param kind UNIFORM (一刀切), BY_GRADE (the grade-based list) or OPTIMISED (the least-output-loss plan)
     * @param available false when no plan of this kind meets the floors (or the solver found none in time)
     * @param meetsFloors whether the city's and every covered county's cuts reach their floors
     * @param share the 一刀切 share
     * @param gap the optimiser's proven relative gap, a share (0: proven optimal)
     * @param city the city's figures under the plan; null when the plan is not available
     * @param counties each county's figures under the plan
     * @param measures each listed enterprise's measure and what it costs
     */
    public record PlanView(
            PlanKind kind,
            boolean available,
            boolean meetsFloors,
            @Nullable Double share,
            @Nullable Double gap,
            @Nullable RegionFigures city,
            List<RegionFigures> counties,
            List<EnterpriseMeasure> measures) {

        /** The city first, then the counties. */
        public List<RegionFigures> regions() {
            List<RegionFigures> all = new ArrayList<>();
            if (city != null) {
                all.add(city);
            }
            all.addAll(counties);
            return all;
        }
    }

    /**
     * The plans of an episode.
     *
     * @param episode the episode
     * @param year the data year the costs are computed in
     * @param month the episode's first month in that year (for the month points), or 0 when none falls in it
     * @param plans the three plans side by side: UNIFORM, BY_GRADE, OPTIMISED
     * @param notInData listed enterprises without rows in the data year (left out of the plans)
     */
    public record Plans(Episode episode, int year, int month, List<PlanView> plans, List<String> notInData) {

        public Optional<PlanView> plan(PlanKind kind) {
            return plans.stream().filter(p -> p.kind() == kind).findFirst();
        }
    }

    /** Everything the plans need of one episode. */
    private record Setup(
            Episode episode,
            GrowthSnapshot snapshot,
            List<ListedEnterprise> listed,
            int[] engineIndex,
            double[][] dailyBase,
            double[] days,
            List<PlanComparison.Candidate> candidates,
            List<String> countyCodes,
            boolean[] covered,
            double[] floors,
            List<String> notInData) {}

    /**
     * The plans of an episode: for a 错峰 calendar only the grade-based one (it has no floors). A county user sees
     * every region's figures (public aggregates) but only its own enterprises' measures.
     *
     * @throws EnvironmentNotFoundException when the episode is not the user's to see
     * @throws IllegalStateException when there is no data yet
     */
    @Transactional(readOnly = true)
    public Plans plans(long id, UserScope scope) {
        Episode episode = environment
                .episode(id, scope)
                .orElseThrow(() -> new EnvironmentNotFoundException(Messages.get("environment.error.noEpisode", id)));
        return visible(compute(episode), scope);
    }

    /**
     * What the episode costs: its adopted plan's measures, or the grade-based plan's until one is adopted.
     *
     * @throws EnvironmentNotFoundException when the episode is not the user's to see
     */
    @Transactional(readOnly = true)
    public PlanView impact(long id, UserScope scope) {
        Episode episode = environment
                .episode(id, scope)
                .orElseThrow(() -> new EnvironmentNotFoundException(Messages.get("environment.error.noEpisode", id)));
        Plans plans = visible(impactPlans(episode), scope);
        return plans.plans().get(0);
    }

    /** The measures an episode's cost is computed on: the adopted plan's, or the grade-based plan's until then. */
    private record Impact(Setup setup, PlanKind kind, List<ControlPlan.Option> measures) {}

    private Impact impactOf(Episode episode) {
        Setup setup = setup(episode);
        if (episode.adoptedKind() == null) {
            return new Impact(setup, PlanKind.BY_GRADE, byGrade(setup));
        }
        Map<String, double[]> adopted = repository.adoptedMeasures(episode.id());
        List<ControlPlan.Option> measures = new ArrayList<>();
        for (ListedEnterprise e : setup.listed()) {
            double[] m = adopted.get(e.creditCode());
            measures.add(
                    m == null
                            ? new ControlPlan.Option(0, new double[4])
                            : new ControlPlan.Option(m[0], new double[] {m[1], m[2], m[3], m[4]}));
        }
        return new Impact(setup, episode.adoptedKind(), measures);
    }

    private Plans impactPlans(Episode episode) {
        Impact impact = impactOf(episode);
        Setup setup = impact.setup();
        return new Plans(
                episode,
                setup.snapshot().result().year(),
                firstMonth(setup),
                List.of(view(setup, impact.kind(), impact.measures(), null, null)),
                setup.notInData());
    }

    /** The cost of every episode overlapping the month, for one county (the county page). */
    @Transactional(readOnly = true)
    public List<CountyCost> countyCosts(String county, YearMonth month, UserScope scope) {
        // a county's cost is an aggregate, public as its growth is
        if (!EnvironmentService.mayRead(scope)) {
            throw new AccessDeniedException(Messages.get("environment.error.readDenied"));
        }
        Optional<GrowthSnapshot> snapshot = monitor.snapshot();
        if (snapshot.isEmpty() || snapshot.get().result().year() != month.getYear()) {
            return List.of();
        }
        int k = snapshot.get().countyIndex(county);
        if (k < 0) {
            return List.of();
        }
        List<CountyCost> out = new ArrayList<>();
        LocalDateTime from = month.atDay(1).atStartOfDay();
        LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay();
        for (Episode e : environment.allEpisodes()) {
            if (!e.startsAt().isBefore(to) || !e.effectiveEnd().isAfter(from)) {
                continue;
            }
            Impact impact = impactOf(e);
            EpisodeCost.GroupLoss loss =
                    cost(impact.setup(), impact.measures()).counties().get(k);
            OptionalDouble points = loss.monthPoints(month.getMonthValue());
            out.add(new CountyCost(
                    e,
                    impact.kind(),
                    e.adoptedKind() != null,
                    wan(loss.monthValueAdded()[month.getMonthValue() - 1]),
                    Formulas.orNull(points),
                    wan(loss.valueAdded()),
                    Formulas.orNull(loss.yearPoints())));
        }
        return out;
    }

    /**
     * An episode's cost to a county in a month.
     *
     * @param adopted whether the measures are an adopted plan's (else the grade-based default)
     * @param monthValueAdded comparable value added lost in the month, 万元
     * @param monthPoints in points of the county's growth of the month
     * @param valueAdded comparable value added lost over the whole episode, 万元
     * @param yearPoints the whole episode in points of the county's growth for the year
     */
    public record CountyCost(
            Episode episode,
            PlanKind kind,
            boolean adopted,
            BigDecimal monthValueAdded,
            @Nullable Double monthPoints,
            BigDecimal valueAdded,
            @Nullable Double yearPoints) {}

    /**
     * Adopts a plan: stores each enterprise's measure with who and when, and records 限产 / 停产 (reason 环保管控) for
     * the enterprises it cuts, from the episode's start to its end, replacing the statuses of an earlier adoption.
     *
     * @throws IllegalArgumentException when the plan is not available or the episode is over
     */
    @Transactional
    public Plans adopt(long id, PlanKind kind, UserScope scope) {
        EnvironmentService.requireEdit(scope);
        Episode episode = environment
                .episode(id, scope)
                .orElseThrow(() -> new EnvironmentNotFoundException(Messages.get("environment.error.noEpisode", id)));
        LocalDateTime now = LocalDateTime.now(clock.withZone(ShownTime.ZONE));
        if (episode.over(now)) {
            throw new IllegalArgumentException(Messages.get("environment.error.alreadyOver", episode.name()));
        }
        Plans plans = compute(episode);
        PlanView plan = plans.plan(kind)
                .filter(PlanView::available)
                .orElseThrow(() -> new IllegalArgumentException(
                        Messages.get("environment.error.planUnavailable", Messages.get("environment.plan." + kind))));
        Map<String, double[]> measures = new LinkedHashMap<>();
        List<ProductionStatusChange> statuses = new ArrayList<>();
        LocalDate since = episode.startsAt().toLocalDate();
        LocalDate until = episode.effectiveEnd().minusNanos(1).toLocalDate();
        for (EnterpriseMeasure m : plan.measures()) {
            double[] c = m.emissionCut();
            measures.put(m.creditCode(), new double[] {m.outputCut(), c[0], c[1], c[2], c[3]});
            if (m.outputCut() > 0) {
                statuses.add(new ProductionStatusChange(
                        m.creditCode(),
                        m.outputCut() >= 1 ? ProductionStatus.STOPPED : ProductionStatus.LIMITED,
                        ProductionReason.ENVIRONMENT,
                        since,
                        until,
                        Messages.get(
                                "environment.status.note",
                                episode.name(),
                                Messages.get("environment.action." + m.action()),
                                EnvironmentService.percentText(
                                        BigDecimal.valueOf(m.outputCut()).setScale(4, RoundingMode.HALF_UP)))));
            }
        }
        Episode before = episode;
        repository.adopt(id, kind, scope.username(), Instant.now(clock), measures);
        production.replaceFromSource(SOURCE + id, statuses, scope.username());
        Episode after = repository.episode(id).orElseThrow();
        audit.record("environment.adopt", "env_episode", Long.toString(id), before, after);
        return compute(after);
    }

    /** Ends an episode now, and the production statuses its adopted plan recorded. */
    @Transactional
    public Episode end(long id, UserScope scope) {
        EnvironmentService.requireEdit(scope);
        environment
                .episode(id, scope)
                .orElseThrow(() -> new EnvironmentNotFoundException(Messages.get("environment.error.noEpisode", id)));
        Episode ended = environment.endNow(id, scope);
        production.endSource(SOURCE + id);
        return ended;
    }

    /** The enterprise's measure and output in each episode it is in (its own page). */
    @Transactional(readOnly = true)
    public List<EnterpriseEpisode> enterpriseEpisodes(String creditCode, UserScope scope) {
        ListedEnterprise listed = environment
                .listedOne(creditCode, scope)
                .orElseThrow(() ->
                        new EnvironmentNotFoundException(Messages.get("environment.error.notListed", creditCode)));
        List<EnterpriseEpisode> out = new ArrayList<>();
        if (monitor.snapshot().isEmpty()) {
            return out;
        }
        for (Episode e : environment.allEpisodes()) {
            if (e.level() == AlertLevel.STAGGER && !listed.industryCode().equals(e.industryCode())) {
                continue;
            }
            Impact impact = impactOf(e);
            Setup setup = impact.setup();
            int i = setup.listed().stream()
                    .map(ListedEnterprise::creditCode)
                    .toList()
                    .indexOf(creditCode);
            if (i < 0) {
                continue;
            }
            PlanView view = view(setup, impact.kind(), impact.measures(), null, null);
            EnterpriseMeasure m = view.measures().get(i);
            double normal = EpisodeLoss.normalOutput(setup.dailyBase()[i], setup.days());
            out.add(new EnterpriseEpisode(
                    e,
                    impact.kind(),
                    e.adoptedKind() != null,
                    m,
                    wan(normal),
                    wan(normal - m.outputLoss().doubleValue())));
        }
        return out;
    }

    /**
     * An enterprise in an episode.
     *
     * @param normalOutput its output over the episode at its production base, 万元
     * @param controlledOutput the same under the measure
     */
    public record EnterpriseEpisode(
            Episode episode,
            PlanKind kind,
            boolean adopted,
            EnterpriseMeasure measure,
            BigDecimal normalOutput,
            BigDecimal controlledOutput) {}

    /**
     * Each listed enterprise's production base, 万元 a day by month: its own when set, else last year's same-month
     * daily average from the monthly data; and whether last year's output reached the 产值5亿元以上 setting.
     */
    @Transactional(readOnly = true)
    public Map<String, ListedFigures> figures(List<ListedEnterprise> listed) {
        Optional<GrowthSnapshot> snapshot = monitor.snapshot();
        Map<String, ListedFigures> out = new HashMap<>();
        if (snapshot.isEmpty()) {
            return out;
        }
        Map<String, Integer> index = engineIndex(snapshot.get());
        int year = snapshot.get().result().year();
        Set<Integer> wanted = new HashSet<>();
        for (ListedEnterprise e : listed) {
            Integer i = index.get(e.creditCode());
            if (i != null) {
                wanted.add(i);
            }
        }
        Map<Integer, double[]> lastYear = lastYearOutput(snapshot.get().labels().engineInput(), wanted);
        for (ListedEnterprise e : listed) {
            Integer i = index.get(e.creditCode());
            double[] ly = i == null ? null : lastYear.get(i);
            if (ly == null) {
                continue;
            }
            double total = java.util.Arrays.stream(ly).sum();
            double[] base = EpisodeLoss.defaultDailyBase(ly, year);
            double average = EpisodeLoss.dailyAverage(ly, year);
            out.put(
                    e.creditCode(),
                    new ListedFigures(
                            wan(total),
                            e.dailyBase() != null ? e.dailyBase() : wan(average),
                            e.dailyBase() == null,
                            BigDecimal.valueOf(total).compareTo(settings.largeOutput()) >= 0,
                            base));
        }
        return out;
    }

    /**
     * Figures of a listed enterprise from the monthly data.
     *
     * @param lastYearOutput last year's output value, 万元
     * @param dailyBase its production base as shown: its own, or last year's daily average over the year
     * @param defaultBase whether the base is the default (by month, last year's same-month daily average)
     * @param large 产值5亿元以上
     * @param monthlyDefault the default base by month, 万元 a day
     */
    public record ListedFigures(
            BigDecimal lastYearOutput,
            BigDecimal dailyBase,
            boolean defaultBase,
            boolean large,
            double[] monthlyDefault) {}

    // --- computing

    private Plans compute(Episode episode) {
        Setup setup = setup(episode);
        int year = setup.snapshot().result().year();
        List<PlanView> views = new ArrayList<>();
        if (!episode.level().alert()) {
            views.add(view(setup, PlanKind.BY_GRADE, byGrade(setup), null, null));
            return new Plans(episode, year, firstMonth(setup), views, setup.notInData());
        }
        PlanComparison.Plans plans = PlanComparison.of(
                setup.candidates(), setup.countyCodes().size(), setup.floors(), setup.covered(), settings.solverTime());
        views.add(plans.uniform()
                .map(p -> view(setup, PlanKind.UNIFORM, p.measures(), p.share(), p.gap()))
                .orElse(unavailable(PlanKind.UNIFORM)));
        views.add(view(setup, PlanKind.BY_GRADE, plans.byGrade().measures(), null, null));
        views.add(plans.optimised()
                .map(p -> view(setup, PlanKind.OPTIMISED, p.measures(), p.share(), p.gap()))
                .orElse(unavailable(PlanKind.OPTIMISED)));
        return new Plans(episode, year, firstMonth(setup), views, setup.notInData());
    }

    private static int firstMonth(Setup setup) {
        for (int m = 0; m < 12; m++) {
            if (setup.days()[m] > 0) {
                return m + 1;
            }
        }
        return 0;
    }

    private static List<ControlPlan.Option> byGrade(Setup setup) {
        return setup.candidates().stream().map(c -> c.options().get(0)).toList();
    }

    private static PlanView unavailable(PlanKind kind) {
        return new PlanView(kind, false, false, null, null, null, List.of(), List.of());
    }

    private PlanView view(
            Setup setup,
            PlanKind kind,
            List<ControlPlan.Option> measures,
            @Nullable OptionalDouble share,
            @Nullable OptionalDouble gap) {
        List<ControlPlan.Listed> listed = new ArrayList<>();
        for (PlanComparison.Candidate c : setup.candidates()) {
            listed.add(new ControlPlan.Listed(c.county(), c.emissions(), c.fullLoss(), c.weight(), c.options()));
        }
        ControlPlan.Problem problem =
                new ControlPlan.Problem(setup.countyCodes().size(), listed, setup.floors(), setup.covered());
        ControlPlan.Evaluation evaluation = ControlPlan.evaluate(problem, measures);
        EpisodeCost.Cost cost = cost(setup, measures);
        Map<Integer, EpisodeCost.EnterpriseLoss> losses = new HashMap<>();
        cost.enterprises().forEach(l -> losses.put(l.enterprise(), l));
        List<EnterpriseMeasure> rows = new ArrayList<>();
        for (int i = 0; i < setup.listed().size(); i++) {
            ListedEnterprise e = setup.listed().get(i);
            ControlPlan.Option o = measures.get(i);
            EpisodeCost.EnterpriseLoss loss = losses.get(setup.engineIndex()[i]);
            rows.add(new EnterpriseMeasure(
                    e.creditCode(),
                    e.name(),
                    e.countyCode(),
                    e.industryCode(),
                    e.grade(),
                    action(setup, e, o),
                    o.outputCut(),
                    o.emissionCut(),
                    e.ownMeasure(setup.episode().level()),
                    wan(loss == null ? 0 : loss.output()),
                    wan(loss == null ? 0 : loss.valueAdded())));
        }
        int month = firstMonth(setup);
        Map<String, String> names = regions.countyNames();
        List<RegionFigures> counties = new ArrayList<>();
        for (int k = 0; k < setup.countyCodes().size(); k++) {
            String code = setup.countyCodes().get(k);
            boolean meets = !setup.covered()[k] || meets(evaluation.countyCut()[k], setup.floors());
            counties.add(region(
                    code,
                    names.getOrDefault(code, code),
                    setup.covered()[k],
                    evaluation.countyCut()[k],
                    meets,
                    cost.counties().get(k),
                    month));
        }
        String city = setup.snapshot().labels().cityCode();
        RegionFigures cityFigures = region(
                city,
                regions.city().map(r -> r.name()).orElse(city),
                true,
                evaluation.cityCut(),
                meets(evaluation.cityCut(), setup.floors()),
                cost.city(),
                month);
        return new PlanView(
                kind,
                true,
                evaluation.meetsFloors(),
                share == null || share.isEmpty() ? null : share.getAsDouble(),
                gap == null || gap.isEmpty() ? null : gap.getAsDouble(),
                cityFigures,
                counties,
                rows);
    }

    private static boolean meets(double[] cut, double[] floors) {
        for (int p = 0; p < cut.length; p++) {
            if (!Double.isNaN(cut[p]) && cut[p] < floors[p] * (1 - 1e-9)) {
                return false;
            }
        }
        return true;
    }

    private static RegionFigures region(
            String code,
            String name,
            boolean covered,
            double[] cut,
            boolean meets,
            EpisodeCost.GroupLoss loss,
            int month) {
        return new RegionFigures(
                code,
                name,
                covered,
                java.util.Arrays.stream(cut)
                        .mapToObj(c -> Double.isNaN(c) ? null : c)
                        .toList(),
                meets,
                wan(loss.output()),
                wan(loss.valueAdded()),
                Formulas.orNull(loss.yearPoints()),
                month == 0 ? null : Formulas.orNull(loss.monthPoints(month)),
                Formulas.orNull(loss.cumulativePoints()));
    }

    /** The measure's kind: the rule's when it is one of the enterprise's rules, else a 限产 of its share. */
    private MeasureAction action(Setup setup, ListedEnterprise e, ControlPlan.Option o) {
        if (o.outputCut() == 0) {
            return MeasureAction.AUTONOMOUS;
        }
        for (MeasureRule r : rulesAt(setup.episode().level(), e.industryCode())) {
            if (r.outputCut() == o.outputCut() && java.util.Arrays.equals(r.emissionCut(), o.emissionCut())) {
                return r.action();
            }
        }
        return o.outputCut() >= 1 ? MeasureAction.STOP : MeasureAction.LIMIT;
    }

    private List<MeasureRule> rulesAt(AlertLevel level, String industry) {
        return repository.rules().stream()
                .filter(r -> r.level() == level && r.industry().equals(industry))
                .toList();
    }

    private EpisodeCost.Cost cost(Setup setup, List<ControlPlan.Option> measures) {
        Map<Integer, double[]> losses = new HashMap<>();
        for (int i = 0; i < setup.listed().size(); i++) {
            losses.put(
                    setup.engineIndex()[i],
                    EpisodeLoss.outputLoss(
                            setup.dailyBase()[i], setup.days(), measures.get(i).outputCut()));
        }
        return EpisodeCost.of(setup.snapshot().labels().engineInput(), losses);
    }

    private Setup setup(Episode episode) {
        GrowthSnapshot snapshot = monitor.snapshot()
                .orElseThrow(() -> new IllegalStateException(Messages.get("environment.error.noData")));
        EngineInput input = snapshot.labels().engineInput();
        int year = snapshot.result().year();
        List<String> countyCodes = snapshot.labels().countyCodes();
        Map<String, Integer> index = engineIndex(snapshot);
        List<ListedEnterprise> all = repository.listed(null).stream()
                .filter(e -> episode.level().alert() || e.industryCode().equals(episode.industryCode()))
                .toList();
        List<ListedEnterprise> listed = new ArrayList<>();
        List<String> notInData = new ArrayList<>();
        for (ListedEnterprise e : all) {
            if (index.containsKey(e.creditCode()) && countyCodes.contains(e.countyCode())) {
                listed.add(e);
            } else {
                notInData.add(e.creditCode());
            }
        }
        int n = listed.size();
        int[] engineIndex = new int[n];
        for (int i = 0; i < n; i++) {
            engineIndex[i] = index.get(listed.get(i).creditCode());
        }
        Map<String, ListedFigures> figures = figures(listed);
        double[][] dailyBase = new double[n][];
        for (int i = 0; i < n; i++) {
            ListedEnterprise e = listed.get(i);
            ListedFigures f = figures.get(e.creditCode());
            if (e.dailyBase() != null) {
                double[] flat = new double[12];
                java.util.Arrays.fill(flat, e.dailyBase().doubleValue());
                dailyBase[i] = flat;
            } else {
                dailyBase[i] = f == null ? new double[12] : f.monthlyDefault();
            }
        }
        double[] days = EpisodeLoss.daysByMonth(episode.startsAt(), episode.effectiveEnd(), year);
        // the value added of a full stop over the episode, per enterprise
        Map<Integer, double[]> full = new HashMap<>();
        for (int i = 0; i < n; i++) {
            full.put(engineIndex[i], EpisodeLoss.outputLoss(dailyBase[i], days, 1));
        }
        Map<Integer, Double> fullLoss = new HashMap<>();
        if (n > 0) {
            EpisodeCost.of(input, full).enterprises().forEach(l -> fullLoss.put(l.enterprise(), l.valueAdded()));
        }
        double[] weights = weights(snapshot, episode.spareBehind());
        Map<String, List<MeasureRule>> rulesByIndustry = new HashMap<>();
        for (MeasureRule r : repository.rules()) {
            if (r.level() == episode.level()) {
                rulesByIndustry
                        .computeIfAbsent(r.industry(), k -> new ArrayList<>())
                        .add(r);
            }
        }
        LocalDate first = episode.startsAt().toLocalDate();
        LocalDate last = episode.effectiveEnd().minusNanos(1).toLocalDate();
        List<PlanComparison.Candidate> candidates = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ListedEnterprise e = listed.get(i);
            double[] base = e.emissionBase().values();
            double[] emissions = new double[4];
            for (int p = 0; p < 4; p++) {
                emissions[p] =
                        EpisodeLoss.emissions(base[p], first, last, e.sector(), windOf(episode), settings.windFactor());
            }
            double cap = e.cap();
            List<ControlPlan.Option> options = AllowedMeasures.of(
                            e.grade(), rulesByIndustry.getOrDefault(e.industryCode(), List.of()), cap)
                    .orElse(List.of(new ControlPlan.Option(0, new double[4])));
            int county = countyCodes.indexOf(e.countyCode());
            candidates.add(new PlanComparison.Candidate(
                    county,
                    emissions,
                    fullLoss.getOrDefault(engineIndex[i], 0.0),
                    weights[county],
                    options,
                    cap,
                    e.grade().autonomous()));
        }
        Set<String> coveredCodes = new HashSet<>(environment.covered(episode));
        boolean[] covered = new boolean[countyCodes.size()];
        for (int k = 0; k < covered.length; k++) {
            covered[k] = coveredCodes.contains(countyCodes.get(k));
        }
        double[] floors = episode.floors().values();
        return new Setup(
                episode,
                snapshot,
                listed,
                engineIndex,
                dailyBase,
                days,
                candidates,
                countyCodes,
                covered,
                floors,
                notInData);
    }

    private static Map<LocalDate, Double> windOf(Episode episode) {
        Map<LocalDate, Double> out = new HashMap<>();
        episode.wind().forEach((day, d) -> out.put(day, d.doubleValue()));
        return out;
    }

    /**
     * The weight of each county's loss in the optimised plan: 1, or when the episode spares counties behind target,
     * {@code 1 + max(0, target - cumulative growth)} with both in % (a county 2 points behind weighs 3), the growth
     * of the latest month with data rounded half-up to one decimal as every decision is.
     */
    static double[] weights(GrowthSnapshot snapshot, boolean spareBehind) {
        int counties = snapshot.labels().countyCodes().size();
        double[] w = new double[counties];
        java.util.Arrays.fill(w, 1);
        int last = snapshot.result().lastMonth();
        if (!spareBehind || last == 0) {
            return w;
        }
        List<OptionalDouble> targets = snapshot.labels().engineInput().targets().counties();
        for (int k = 0; k < counties; k++) {
            MonthFigures m = snapshot.result().county(k).month(last);
            OptionalDouble target = k < targets.size() ? targets.get(k) : OptionalDouble.empty();
            if (target.isPresent() && m.cumGrowth().isPresent()) {
                double growth = BigDecimal.valueOf(m.cumGrowth().getAsDouble())
                        .setScale(1, RoundingMode.HALF_UP)
                        .doubleValue();
                w[k] = 1 + Math.max(0, target.getAsDouble() - growth);
            }
        }
        return w;
    }

    private static Map<String, Integer> engineIndex(GrowthSnapshot snapshot) {
        Map<String, Integer> index = new HashMap<>();
        for (int e = 0; e < snapshot.enterprises().size(); e++) {
            index.put(snapshot.enterprises().get(e).creditCode(), e);
        }
        return index;
    }

    /** Last year's output by month of the wanted enterprises (their previous-year rows, else the same-scope base). */
    private static Map<Integer, double[]> lastYearOutput(EngineInput input, Set<Integer> wanted) {
        Rows rows = input.rows();
        Map<Integer, double[]> own = new HashMap<>();
        Map<Integer, double[]> sameScope = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int e = rows.enterprise()[i];
            if (!wanted.contains(e)) {
                continue;
            }
            int period = rows.period()[i];
            if (period < 12) {
                own.computeIfAbsent(e, k -> new double[12])[period] += rows.output()[i];
            } else {
                sameScope.computeIfAbsent(e, k -> new double[12])[period - 12] += rows.outputLy()[i];
            }
        }
        Map<Integer, double[]> out = new HashMap<>(sameScope);
        out.putAll(own);
        return out;
    }

    /** What a user outside the city's view sees: every region's figures, its own enterprises' measures only. */
    private static Plans visible(Plans plans, UserScope scope) {
        if (EnvironmentService.seesEveryCounty(scope)) {
            return plans;
        }
        List<PlanView> views = plans.plans().stream()
                .map(v -> new PlanView(
                        v.kind(),
                        v.available(),
                        v.meetsFloors(),
                        v.share(),
                        v.gap(),
                        v.city(),
                        v.counties(),
                        v.measures().stream()
                                .filter(m -> scope.coversEnterprise(m.creditCode(), m.countyCode()))
                                .toList()))
                .toList();
        return new Plans(plans.episode(), plans.year(), plans.month(), views, List.of());
    }

    static BigDecimal wan(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
