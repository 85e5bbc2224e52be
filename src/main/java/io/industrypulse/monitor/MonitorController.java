package io.industrypulse.monitor;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.dispatch.ProductionStatusService;
import io.industrypulse.engine.Classification;
import io.industrypulse.engine.Formulas;
import io.industrypulse.engine.GroupResult;
import io.industrypulse.engine.MonthFigures;
import io.industrypulse.engine.TargetStatus;
import io.industrypulse.i18n.Messages;
import io.industrypulse.report.ExcelExport;
import io.industrypulse.report.ExcelTable;
import io.industrypulse.target.OfficialGrowth;
import io.industrypulse.target.TargetService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monitoring pages: city overview (首页), county ranking (大排队) with its Excel export, county page (点对点分析). Every figure comes from
 * the engine snapshot of {@link MonitorService}; periods follow the 1-2月 convention (January is not shown alone).
 */
@Controller
class MonitorController {

    private final PageSupport support;
    private final CurrentUser currentUser;
    private final ProductionStatusService productionStatus;
    private final TargetService targets;
    private final java.time.Clock clock;

    MonitorController(
            PageSupport support,
            CurrentUser currentUser,
            ProductionStatusService productionStatus,
            TargetService targets,
            java.time.Clock clock) {
        this.support = support;
        this.currentUser = currentUser;
        this.productionStatus = productionStatus;
        this.targets = targets;
        this.clock = clock;
    }

    /**
     * The statistics bureau's official figures (统计局反馈数) of the month by region code, shown beside the platform's
     * estimate (平台测算) where both exist; {@code official} for the page, {@code officialHere} for the region shown.
     */
    private Map<String, OfficialGrowth> official(Model model, PageSupport.Shown shown, @Nullable String region) {
        Map<String, OfficialGrowth> official = targets.official(shown.period());
        model.addAttribute("official", official);
        model.addAttribute("hasOfficial", !official.isEmpty());
        model.addAttribute("officialHere", region == null ? null : official.get(region));
        return official;
    }

    @GetMapping("/")
    String overview(@RequestParam(required = false) String period, Model model, Locale locale) {
        Optional<PageSupport.Shown> shown = support.resolve(period);
        if (shown.isEmpty()) {
            model.addAttribute("noData", true);
            return "monitor/overview";
        }
        GrowthSnapshot snapshot = shown.get().snapshot();
        int month = shown.get().month();
        support.common(model, shown.get(), locale);
        official(model, shown.get(), snapshot.labels().cityCode());
        GroupResult city = snapshot.result().city();
        MonthFigures f = city.month(month);
        model.addAttribute("cum", MonitorViews.published(f.cumGrowth()));
        model.addAttribute("monthGrowth", MonitorViews.monthGrowth(f, month));
        Optional<TargetStatus> status = f.targetStatus();
        Double target = status.map(TargetStatus::target).orElse(null);
        model.addAttribute("target", target);
        model.addAttribute(
                "required",
                status.map(s -> MonitorViews.published(s.requiredRestGrowth())).orElse(null));
        model.addAttribute(
                "stillNeeded",
                status.flatMap(s -> s.valueStillNeeded().isPresent()
                                ? Optional.of(s.valueStillNeeded().getAsDouble())
                                : Optional.empty())
                        .orElse(null));
        Double cum = MonitorViews.published(f.cumGrowth());
        model.addAttribute(
                "gap", cum != null && target != null ? io.industrypulse.engine.Published.round(cum - target) : null);
        model.addAttribute("province", MonitorViews.benchmark(snapshot, month, true));
        model.addAttribute("cityOfficial", MonitorViews.benchmark(snapshot, month, false));
        model.addAttribute("comparableCum", f.comparableCum());

        List<RankingRow> ranking = MonitorViews.ranking(snapshot, month, currentUser.scope());
        Map<String, List<RankingRow>> byClass = new LinkedHashMap<>();
        for (Classification c : Classification.values()) {
            byClass.put(c.code(), new ArrayList<>());
        }
        ranking.stream()
                .filter(r -> r.classification() != null)
                .forEach(r -> byClass.get(r.classification()).add(r));
        model.addAttribute("byClass", byClass);
        // 县县有提升: which counties' cumulative growth rose since the previous period, and which did not
        if (month - 1 >= PageSupport.FIRST_MONTH) {
            model.addAttribute("previousLabel", support.cumShortLabel(month - 1, locale));
            model.addAttribute(
                    "improved",
                    ranking.stream()
                            .filter(r -> r.cumChange() != null && r.cumChange() > 0)
                            .toList());
            model.addAttribute(
                    "notImproved",
                    ranking.stream()
                            .filter(r -> r.cumChange() != null && r.cumChange() <= 0)
                            .toList());
        }
        model.addAttribute(
                "warnings",
                byClass.get(Classification.BELOW_TARGET.code()).size()
                        + byClass.get(Classification.NEGATIVE.code()).size());

        List<MonitorViews.Pull> pulls = MonitorViews.divisionPulls(snapshot, month);
        model.addAttribute(
                "pullsUp", pulls.stream().filter(p -> p.pull() > 0).limit(5).toList());
        model.addAttribute(
                "pullsDown",
                pulls.stream()
                        .sorted(java.util.Comparator.comparingDouble(MonitorViews.Pull::pull))
                        .filter(p -> p.pull() < 0)
                        .limit(5)
                        .toList());

        // the chart: this year's cumulative path, last year's, and the path that reaches the target in December
        List<String> months = new ArrayList<>();
        for (int m = PageSupport.FIRST_MONTH; m <= 12; m++) {
            months.add(support.cumShortLabel(m, locale));
        }
        model.addAttribute("chartMonths", months);
        model.addAttribute("chartThisYear", MonitorViews.cumPath(city, month));
        model.addAttribute("chartLastYear", lastYearPath(snapshot));
        model.addAttribute(
                "chartTarget", target == null ? List.of() : MonitorViews.targetPath(snapshot, -1, target, month));
        return "monitor/overview";
    }

    @GetMapping("/monitor/ranking")
    String ranking(@RequestParam(required = false) String period, Model model, Locale locale) {
        PageSupport.Shown shown = support.resolve(period).orElseThrow(() -> PageSupport.notFound("no data"));
        support.common(model, shown, locale);
        model.addAttribute("rows", MonitorViews.ranking(shown.snapshot(), shown.month(), currentUser.scope()));
        model.addAttribute(
                "raised",
                targets.raisedTargets(
                        java.time.Year.of(shown.snapshot().result().year())));
        // a link to each county's tasks for the roles that follow them (not the departments, not the enterprises)
        Role role = currentUser.scope().role();
        model.addAttribute("taskLinks", role != Role.DEPARTMENT_USER && role != Role.ENTERPRISE_USER);
        model.addAttribute(
                "previousLabel",
                shown.month() - 1 >= PageSupport.FIRST_MONTH ? support.cumShortLabel(shown.month() - 1, locale) : null);
        model.addAttribute("province", MonitorViews.benchmark(shown.snapshot(), shown.month(), true));
        model.addAttribute("cityOfficial", MonitorViews.benchmark(shown.snapshot(), shown.month(), false));
        official(model, shown, shown.snapshot().labels().cityCode());
        return "monitor/ranking";
    }

    @GetMapping("/monitor/ranking.xlsx")
    ResponseEntity<byte[]> rankingXlsx(@RequestParam(required = false) String period, Locale locale) {
        PageSupport.Shown shown = support.resolve(period).orElseThrow(() -> PageSupport.notFound("no data"));
        List<String> headers = new ArrayList<>();
        for (String key : List.of(
                "rank",
                "rankChange",
                "county",
                "cumGrowth",
                "monthGrowth",
                "target",
                "gap",
                "notBelowTarget",
                "notBelowProvince",
                "notBelowCity",
                "class",
                "pull",
                "contribution",
                "required")) {
            headers.add(support.message("monitor.ranking.col." + key, locale));
        }
        boolean withChange = shown.month() - 1 >= PageSupport.FIRST_MONTH;
        if (withChange) {
            headers.add(support.message(
                    "monitor.ranking.col.cumChange", locale, support.cumShortLabel(shown.month() - 1, locale)));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (RankingRow r : MonitorViews.ranking(shown.snapshot(), shown.month(), currentUser.scope())) {
            List<Object> row = new ArrayList<>();
            row.add(r.rank());
            row.add(r.rankChange());
            row.add(r.name());
            row.add(r.cumGrowth());
            row.add(r.monthGrowth());
            row.add(r.target());
            row.add(r.gap());
            row.add(mark(r.notBelowTarget()));
            row.add(mark(r.notBelowProvince()));
            row.add(mark(r.notBelowCity()));
            row.add(r.classification() == null ? null : support.message("monitor.class." + r.classification(), locale));
            row.add(r.pull());
            row.add(r.contribution());
            row.add(r.required());
            if (withChange) {
                row.add(r.cumChange());
            }
            rows.add(row);
        }
        return xlsx(shown, "monitor.ranking", headers, rows, locale);
    }

    /**
     * 季度: single-quarter and cumulative growth of the city and every county, 四季度好于三季度 with its gap, and what the
     * rest of the fourth quarter must reach to beat the third.
     */
    @GetMapping("/monitor/quarters")
    String quarters(@RequestParam(required = false) String period, Model model, Locale locale) {
        PageSupport.Shown shown = support.resolve(period).orElseThrow(() -> PageSupport.notFound("no data"));
        support.common(model, shown, locale);
        model.addAttribute("rows", MonitorViews.quarters(shown.snapshot(), shown.month(), currentUser.scope()));
        model.addAttribute("restLabel", quarterRestLabel(shown.month()));
        model.addAttribute("fourthLabel", quarterSoFarLabel(shown.month()));
        model.addAttribute(
                "cumLabels",
                List.of(3, 6, 9).stream()
                        .map(m -> support.cumShortLabel(m, locale))
                        .toList());
        return "monitor/quarters";
    }

    @GetMapping("/monitor/quarters.xlsx")
    ResponseEntity<byte[]> quartersXlsx(@RequestParam(required = false) String period, Locale locale) {
        PageSupport.Shown shown = support.resolve(period).orElseThrow(() -> PageSupport.notFound("no data"));
        List<String> headers = new ArrayList<>();
        headers.add(support.message("monitor.quarters.col.region", locale));
        for (int q = 1; q <= 4; q++) {
            headers.add(support.message(
                    "monitor.quarters.col.growth",
                    locale,
                    q == 4 ? quarterSoFarLabel(shown.month()) : support.message("monitor.quarters.q" + q, locale)));
            headers.add(support.message("monitor.quarters.col.cum", locale, support.cumShortLabel(3 * q, locale)));
        }
        headers.add(support.message("monitor.quarters.col.better", locale));
        headers.add(support.message("monitor.quarters.col.gap", locale));
        String rest = quarterRestLabel(shown.month());
        if (rest != null) {
            headers.add(support.message("monitor.quarters.col.rest", locale, rest));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (QuarterRow r : MonitorViews.quarters(shown.snapshot(), shown.month(), currentUser.scope())) {
            List<Object> row = new ArrayList<>();
            row.add(r.name());
            for (int q = 0; q < 4; q++) {
                row.add(r.growth().get(q));
                row.add(r.cumGrowth().get(q));
            }
            row.add(mark(r.fourthBetter()));
            row.add(r.gap());
            if (rest != null) {
                row.add(r.restRequired());
            }
            rows.add(row);
        }
        return xlsx(shown, "monitor.quarters", headers, rows, locale);
    }

    /**
     * A monitoring table as an .xlsx download: sheet {@code <prefix>.title}, title row {@code <prefix>.export.title}
     * (the city and the period), file {@code <prefix>.export.file} (the period); growth with one decimal.
     */
    private ResponseEntity<byte[]> xlsx(
            PageSupport.Shown shown, String prefix, List<String> headers, List<List<Object>> rows, Locale locale) {
        String cityName =
                shown.snapshot().names().getOrDefault(shown.snapshot().labels().cityCode(), "");
        String title = support.message(
                prefix + ".export.title",
                locale,
                cityName,
                support.periodLabel(shown.snapshot(), shown.month(), locale));
        byte[] file =
                ExcelExport.xlsx(new ExcelTable(support.message(prefix + ".title", locale), title, headers, rows, 1));
        return ExcelExport.download(
                file,
                support.message(prefix + ".export.file", locale, shown.period().toString()) + ".xlsx");
    }

    /** "四季度（10-11月）": the fourth quarter's months done so far at month M (the whole quarter from December). */
    private String quarterSoFarLabel(int month) {
        if (month <= 9 || month == 12) {
            return Messages.get("monitor.quarters.q4");
        }
        return Messages.get("monitor.quarters.q4SoFar", month == 10 ? "10" : "10-" + month);
    }

    /** "11-12月": the fourth quarter's months still to come at month M, or null when none are left. */
    private static @Nullable String quarterRestLabel(int month) {
        if (month >= 12) {
            return null;
        }
        int first = Math.max(month + 1, 10);
        return first == 12 ? "12" : first + "-12";
    }

    /** 点对点分析: one county's detail; another county's page is not found for a county user (DESIGN.md section 1). */
    @GetMapping("/monitor/counties/{code}")
    String county(
            @PathVariable String code, @RequestParam(required = false) String period, Model model, Locale locale) {
        PageSupport.Shown shown = support.resolve(period).orElseThrow(() -> PageSupport.notFound("no data"));
        int k = countyIndex(shown.snapshot(), code);
        support.common(model, shown, locale);
        GrowthSnapshot snapshot = shown.snapshot();
        CountyView view = CountyView.of(snapshot, k, shown.month());
        MonthFigures f = view.figures();
        official(model, shown, code);
        model.addAttribute("code", code);
        model.addAttribute("countyName", snapshot.names().getOrDefault(code, code));
        model.addAttribute("cum", MonitorViews.published(f.cumGrowth()));
        model.addAttribute("monthGrowth", MonitorViews.monthGrowth(f, shown.month()));
        model.addAttribute("rank", f.rank().isPresent() ? f.rank().getAsInt() : null);
        model.addAttribute("countyCount", snapshot.labels().countyCodes().size());
        Optional<TargetStatus> status = f.targetStatus();
        Double target = status.map(TargetStatus::target).orElse(null);
        model.addAttribute("target", target);
        model.addAttribute(
                "required",
                status.map(s -> MonitorViews.published(s.requiredRestGrowth())).orElse(null));
        model.addAttribute(
                "classification",
                status.flatMap(TargetStatus::classification)
                        .map(Classification::code)
                        .orElse(null));
        model.addAttribute("pull", MonitorViews.published(f.pullCum()));
        model.addAttribute("divisions", view.divisions());
        model.addAttribute("chains", view.chains());
        model.addAttribute("adding", view.movers(true));
        model.addAttribute("losing", view.movers(false));
        model.addAttribute("increment", f.comparableCum() - f.baseCum());
        UserScope scope = currentUser.scope();
        model.addAttribute(
                "production",
                ProductionStatusService.mayRead(scope)
                        ? productionStatus.list(code, scope).stream()
                                .map(CountyView.Stopped::of)
                                .toList()
                        : List.of());
        // the environment module's fragment of this month's cost (aggregates), for those who read the stopped list
        model.addAttribute("environmentCost", ProductionStatusService.mayRead(scope));
        model.addAttribute("zeroOutput", view.zeroOutput());
        List<String> months = new ArrayList<>();
        for (int m = PageSupport.FIRST_MONTH; m <= 12; m++) {
            months.add(support.cumShortLabel(m, locale));
        }
        model.addAttribute("chartMonths", months);
        GroupResult group = snapshot.result().county(k);
        model.addAttribute("chartCum", MonitorViews.cumPath(group, shown.month()));
        model.addAttribute("chartMonth", MonitorViews.monthPath(group, shown.month()));
        model.addAttribute(
                "chartTarget",
                target == null ? List.of() : MonitorViews.targetPath(snapshot, k, target, shown.month()));
        // what the year asks of the remaining months for the 人代会目标 and, when the county set one, its 奋斗目标
        Double raised = target == null
                ? null
                : targets.raisedTarget(java.time.Year.of(snapshot.result().year()), code)
                        .map(java.math.BigDecimal::doubleValue)
                        .orElse(null);
        model.addAttribute("valueNeeded", target == null ? null : valueNeeded(snapshot, k, target, shown.month()));
        model.addAttribute("raised", raised);
        model.addAttribute(
                "raisedRequired",
                raised == null
                        ? null
                        : MonitorViews.published(
                                snapshot.plan(k, raised, shown.month()).requiredRestGrowth()));
        model.addAttribute(
                "raisedValueNeeded", raised == null ? null : valueNeeded(snapshot, k, raised, shown.month()));
        model.addAttribute("mayRaise", TargetService.mayRaise(scope, code));
        // the tasks of every month still to come, one click each (the December meeting asks for December's)
        List<java.time.YearMonth> taskMonths = new ArrayList<>();
        for (int m = shown.month() + 1; m <= 12; m++) {
            taskMonths.add(java.time.YearMonth.of(snapshot.result().year(), m));
        }
        model.addAttribute("taskMonths", taskMonths);
        model.addAttribute("whatIfTarget", target);
        model.addAttribute("whatIfRequired", model.getAttribute("required"));
        return "monitor/county";
    }

    /** The comparable value added (万元) months M+1..12 must produce for target t (DESIGN.md section 5). */
    private static @Nullable Double valueNeeded(GrowthSnapshot snapshot, int county, double target, int month) {
        java.util.OptionalDouble needed = snapshot.plan(county, target, month).valueStillNeeded();
        return Formulas.orNull(needed);
    }

    /** The what-if box (htmx): with target t, the remaining months need g%. */
    @GetMapping("/monitor/counties/{code}/what-if")
    String whatIf(
            @PathVariable String code,
            @RequestParam(required = false) String period,
            @RequestParam double target,
            Model model) {
        PageSupport.Shown shown = support.resolve(period).orElseThrow(() -> PageSupport.notFound("no data"));
        int k = countyIndex(shown.snapshot(), code);
        if (!Double.isFinite(target) || Math.abs(target) > 100) {
            throw new BadPageRequestException("target: -100..100");
        }
        model.addAttribute("code", code);
        model.addAttribute("period", shown.period().toString());
        model.addAttribute("whatIfTarget", target);
        model.addAttribute(
                "whatIfRequired",
                MonitorViews.published(
                        shown.snapshot().plan(k, target, shown.month()).requiredRestGrowth()));
        return "monitor/county :: whatIf";
    }

    /** The indicators a horizontal comparison can show, by their ranking column. */
    static final List<String> INDICATORS =
            List.of("cumGrowth", "monthGrowth", "gap", "pull", "contribution", "required");

    /**
     * Comparisons: horizontal (every county side by side for one indicator and period) and vertical (one region's
     * growth this year against last year, month by month). A county user compares the city or its own county.
     */
    @GetMapping("/monitor/compare")
    String compare(
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "cumGrowth") String indicator,
            @RequestParam(required = false) String region,
            Model model,
            Locale locale) {
        if (!INDICATORS.contains(indicator)) {
            throw new BadPageRequestException("indicator: " + INDICATORS);
        }
        PageSupport.Shown shown = support.resolve(period).orElseThrow(() -> PageSupport.notFound("no data"));
        GrowthSnapshot snapshot = shown.snapshot();
        support.common(model, shown, locale);
        UserScope scope = currentUser.scope();
        String cityCode = snapshot.labels().cityCode();
        String shownRegion = region == null || region.isBlank()
                ? (scope.role() == Role.COUNTY_USER ? scope.regionCode() : cityCode)
                : region;
        GroupResult thisYear = shownRegion.equals(cityCode)
                ? snapshot.result().city()
                : snapshot.result().county(countyIndex(snapshot, shownRegion));

        List<RankingRow> rows = MonitorViews.ranking(snapshot, shown.month(), scope);
        rows.sort(java.util.Comparator.comparing(
                (RankingRow r) -> indicatorValue(r, indicator),
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
        model.addAttribute("indicator", indicator);
        model.addAttribute("indicators", INDICATORS);
        model.addAttribute("indicatorLabel", support.message("monitor.ranking.col." + indicator, locale));
        model.addAttribute("barNames", rows.stream().map(RankingRow::name).toList());
        model.addAttribute(
                "barValues",
                rows.stream().map(r -> indicatorValue(r, indicator)).toList());

        Map<String, String> regions = new LinkedHashMap<>();
        regions.put(cityCode, snapshot.names().getOrDefault(cityCode, cityCode));
        for (String code : snapshot.labels().countyCodes()) {
            if (scope.coversCounty(code)) {
                regions.put(code, snapshot.names().getOrDefault(code, code));
            }
        }
        model.addAttribute("regions", regions);
        model.addAttribute("region", shownRegion);
        model.addAttribute("regionName", regions.get(shownRegion));
        List<String> months = new ArrayList<>();
        for (int m = PageSupport.FIRST_MONTH; m <= 12; m++) {
            months.add(support.cumShortLabel(m, locale));
        }
        model.addAttribute("chartMonths", months);
        model.addAttribute("thisYearCum", MonitorViews.cumPath(thisYear, shown.month()));
        model.addAttribute("thisYearMonth", MonitorViews.monthPath(thisYear, shown.month()));
        Optional<GroupResult> lastYear = support.lastYearGroup(snapshot, shownRegion);
        model.addAttribute(
                "lastYearCum", lastYear.map(g -> MonitorViews.cumPath(g, 12)).orElse(List.of()));
        model.addAttribute(
                "lastYearMonth",
                lastYear.map(g -> MonitorViews.monthPath(g, 12)).orElse(List.of()));
        model.addAttribute("thisYear", String.valueOf(snapshot.result().year()));
        model.addAttribute("lastYear", String.valueOf(snapshot.result().year() - 1));
        return "monitor/compare";
    }

    private static @Nullable Double indicatorValue(RankingRow row, String indicator) {
        return switch (indicator) {
            case "cumGrowth" -> row.cumGrowth();
            case "monthGrowth" -> row.monthGrowth();
            case "gap" -> row.gap();
            case "pull" -> row.pull();
            case "contribution" -> row.contribution();
            case "required" -> row.required();
            default -> null;
        };
    }

    /**
     * 大屏: the overview and the ranking on one dark 1920x1080 screen for the meeting room. The page polls itself every
     * 60 s with htmx and swaps in {@code monitor/screen :: content} (always the latest month).
     */
    @GetMapping("/monitor/screen")
    String screen(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        overview(null, model, locale);
        if (model.getAttribute("noData") == null) {
            PageSupport.Shown shown = support.resolve(null).orElseThrow(() -> PageSupport.notFound("no data"));
            model.addAttribute("rows", MonitorViews.ranking(shown.snapshot(), shown.month(), currentUser.scope()));
            List<RankingRow> byName = MonitorViews.ranking(shown.snapshot(), shown.month(), currentUser.scope());
            model.addAttribute("barNames", byName.stream().map(RankingRow::name).toList());
            model.addAttribute(
                    "barValues", byName.stream().map(RankingRow::cumGrowth).toList());
        }
        model.addAttribute(
                "renderedAt",
                io.industrypulse.account.ShownTime.timeOfDay(clock).toString());
        return "true".equals(htmx) ? "monitor/screen :: content" : "monitor/screen";
    }

    /** The county's engine index; 404 when unknown or outside the user's scope. */
    private int countyIndex(GrowthSnapshot snapshot, String code) {
        int k = snapshot.countyIndex(code);
        if (k < 0 || !currentUser.scope().coversCounty(code)) {
            throw PageSupport.notFound("county " + code);
        }
        return k;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private List<@Nullable Double> lastYearPath(GrowthSnapshot snapshot) {
        return support.lastYearGroup(snapshot, snapshot.labels().cityCode())
                .map(g -> MonitorViews.cumPath(g, 12))
                .orElse(List.of());
    }

    private @Nullable String mark(@Nullable Boolean value) {
        return value == null ? null : value ? "✓" : "✗";
    }

    UserScope scope() {
        return currentUser.scope();
    }
}
