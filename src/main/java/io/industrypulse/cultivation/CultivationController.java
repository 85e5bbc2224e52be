package io.industrypulse.cultivation;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.ListPage;
import io.industrypulse.account.ShownTime;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.RegionService;
import io.industrypulse.report.ExcelExport;
import io.industrypulse.report.ExcelTable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of 小升规: the pool with its filters, paging and export, an enterprise's revenue against the threshold,
 * the batch calendar, the net increase of the year and the 临退 list. Scope is checked by the service.
 */
@Controller
class CultivationController {

    private final CultivationService service;
    private final CultivationSettings settings;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final Clock clock;

    CultivationController(
            CultivationService service,
            CultivationSettings settings,
            RegionService regions,
            CurrentUser currentUser,
            Clock clock) {
        this.service = service;
        this.settings = settings;
        this.regions = regions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/cultivation")
    String pool(
            @RequestParam(required = false) String county,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String industryClass,
            @RequestParam(required = false) Long batch,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        UserScope scope = currentUser.scope();
        CultivationService.PoolFilter filter = filter(county, kind, industryClass, batch);
        List<CultivationService.PoolRow> rows = service.pool(filter, scope);
        model.addAttribute("rows", ListPage.of(rows, page));
        model.addAttribute("filter", filter);
        model.addAttribute("counties", regions.counties());
        model.addAttribute("countyNames", regions.countyNames());
        model.addAttribute("kinds", PoolKind.values());
        model.addAttribute("batches", service.comingBatches());
        model.addAttribute("countdown", service.countdown().orElse(null));
        model.addAttribute("accuracy", service.accuracy().orElse(null));
        model.addAttribute("settings", settings);
        model.addAttribute("cityWide", scope.isCityWide());
        return "cultivation/pool";
    }

    @GetMapping("/cultivation/pool.xlsx")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String county,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String industryClass,
            @RequestParam(required = false) Long batch) {
        List<CultivationService.PoolRow> rows =
                service.pool(filter(county, kind, industryClass, batch), currentUser.scope());
        List<String> headers = List.of(
                Messages.get("cultivation.col.creditCode"),
                Messages.get("cultivation.col.name"),
                Messages.get("cultivation.col.county"),
                Messages.get("cultivation.col.class"),
                Messages.get("cultivation.col.kind"),
                Messages.get("cultivation.col.latest"),
                Messages.get("cultivation.col.trailing"),
                Messages.get("cultivation.col.projected"),
                Messages.get("cultivation.col.poolClass"),
                Messages.get("cultivation.col.nextBatch"),
                Messages.get("cultivation.col.qualifies"),
                Messages.get("cultivation.col.cadre"));
        java.util.Map<String, String> names = regions.countyNames();
        List<List<Object>> cells = new ArrayList<>();
        for (CultivationService.PoolRow r : rows) {
            PoolEnterprise e = r.enterprise();
            cells.add(java.util.Arrays.asList(
                    e.creditCode(),
                    e.name(),
                    names.getOrDefault(e.countyCode(), e.countyCode()),
                    e.industryClass(),
                    Messages.get("cultivation.kind." + e.kind()),
                    r.latestMonth() == null ? null : r.latestMonth().toString(),
                    r.trailing(),
                    r.projected(),
                    Messages.get("cultivation.class." + r.poolClass()),
                    r.nextBatch() == null ? null : r.nextBatch().name(),
                    r.qualifiesNext() == null
                            ? null
                            : Messages.get(r.qualifiesNext() ? "cultivation.yes" : "cultivation.no"),
                    e.cadre()));
        }
        String title = Messages.get("cultivation.export.file");
        byte[] file =
                ExcelExport.xlsx(new ExcelTable(Messages.get("cultivation.export.sheet"), title, headers, cells, 1));
        return ExcelExport.download(file, title + ".xlsx");
    }

    @GetMapping("/cultivation/pool/{code}")
    String enterprise(@PathVariable String code, Model model) {
        CultivationService.PoolDetail detail = service.detail(code, currentUser.scope())
                .orElseThrow(() -> new CultivationNotFoundException(Messages.get("cultivation.error.notInPool", code)));
        model.addAttribute("detail", detail);
        model.addAttribute("countyNames", regions.countyNames());
        model.addAttribute("settings", settings);
        // the chart: last year and this year by month, reported revenue, projected months, trailing twelve months
        List<String> months = new ArrayList<>();
        List<Double> revenue = new ArrayList<>();
        List<Double> projected = new ArrayList<>();
        List<Double> trailing = new ArrayList<>();
        java.util.Map<YearMonth, CultivationService.MonthView> byMonth = new java.util.HashMap<>();
        detail.months().forEach(m -> byMonth.put(m.period(), m));
        int last =
                detail.row().latestMonth() == null || detail.row().latestMonth().getYear() < detail.year()
                        ? 0
                        : detail.row().latestMonth().getMonthValue();
        for (int k = 0; k < 24; k++) {
            YearMonth m = YearMonth.of(detail.year() - 1 + k / 12, k % 12 + 1);
            months.add(m.toString());
            CultivationService.MonthView v = byMonth.get(m);
            revenue.add(v == null ? null : v.revenue().doubleValue());
            trailing.add(v == null ? null : v.trailing());
            projected.add(k >= 12 && k - 12 >= last ? detail.projected()[k - 12] : null);
        }
        model.addAttribute("chartMonths", months);
        model.addAttribute("chartRevenue", revenue);
        model.addAttribute("chartProjected", projected);
        model.addAttribute("chartTrailing", trailing);
        model.addAttribute(
                "chartNames",
                List.of(
                        Messages.get("cultivation.chart.revenue"),
                        Messages.get("cultivation.chart.projected"),
                        Messages.get("cultivation.chart.trailing"),
                        Messages.get("cultivation.chart.threshold")));
        return "cultivation/enterprise";
    }

    @GetMapping("/cultivation/batches")
    String batches(Model model) {
        CultivationService.requireRead(currentUser.scope());
        model.addAttribute("batches", service.batches());
        model.addAttribute("today", ShownTime.today(clock));
        model.addAttribute("countdown", service.countdown().orElse(null));
        return "cultivation/batches";
    }

    @GetMapping("/cultivation/net-increase")
    String netIncrease(@RequestParam(required = false) Integer year, Model model) {
        UserScope scope = currentUser.scope();
        int shown = year == null ? ShownTime.today(clock).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("rows", service.netIncrease(shown, scope));
        model.addAttribute("changes", service.changes(shown, scope));
        model.addAttribute("countyNames", regions.countyNames());
        model.addAttribute("countdown", service.countdown().orElse(null));
        return "cultivation/net-increase";
    }

    @GetMapping("/cultivation/exits")
    String exits(
            @RequestParam(required = false) String county, @RequestParam(defaultValue = "1") int page, Model model) {
        UserScope scope = currentUser.scope();
        model.addAttribute("rows", ListPage.of(service.exitRisks(county, scope), page));
        model.addAttribute("county", county);
        model.addAttribute("counties", regions.counties());
        model.addAttribute("countyNames", regions.countyNames());
        model.addAttribute("cityWide", scope.isCityWide());
        model.addAttribute("settings", settings);
        return "cultivation/exits";
    }

    static CultivationService.PoolFilter filter(
            @Nullable String county, @Nullable String kind, @Nullable String industryClass, @Nullable Long batch) {
        PoolKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = PoolKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Messages.get("cultivation.error.kind", kind));
            }
        }
        return new CultivationService.PoolFilter(county, k, industryClass, batch);
    }
}
