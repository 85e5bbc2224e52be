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
    private final io.industrypulse.ingest.TableImportService imports;
    private final CultivationSettings settings;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final Clock clock;

    CultivationController(
            CultivationService service,
            io.industrypulse.ingest.TableImportService imports,
            CultivationSettings settings,
            RegionService regions,
            CurrentUser currentUser,
            Clock clock) {
        this.service = service;
        this.imports = imports;
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
        model.addAttribute("keeper", CultivationService.mayKeepPool(scope));
        return "cultivation/pool";
    }

    @GetMapping("/cultivation/templates/{kind}.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        CultivationService.requireWriter(currentUser.scope());
        String code = tableKind(kind);
        return ExcelExport.download(
                imports.template(code).orElseThrow(),
                Messages.get(code.equals(PoolTable.CODE) ? "cultivation.import.pool" : "cultivation.import.months")
                        + Messages.get("cultivation.import.templateSuffix"));
    }

    @org.springframework.web.bind.annotation.PostMapping("/cultivation/import")
    String importFile(
            @RequestParam(required = false) String kind,
            @RequestParam(name = "file", required = false)
                    org.springframework.web.multipart.@Nullable MultipartFile file,
            Model model)
            throws java.io.IOException {
        UserScope scope = currentUser.scope();
        CultivationService.requireWriter(scope);
        String code = tableKind(kind == null ? "" : kind);
        model.addAttribute("importResult", imports.importUpload(code, file, scope));
        return pool(null, null, null, null, 1, model);
    }

    @GetMapping("/cultivation/pool/new")
    String newEnterprise(Model model) {
        UserScope scope = currentUser.scope();
        CultivationService.requireWriter(scope);
        model.addAttribute(
                "form",
                new PoolForm(
                        null,
                        null,
                        scope.role() == io.industrypulse.account.Role.COUNTY_USER ? scope.regionCode() : null,
                        null,
                        "SMALL",
                        null,
                        null,
                        null,
                        null,
                        null));
        return poolForm(model, false);
    }

    @GetMapping("/cultivation/pool/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        UserScope scope = currentUser.scope();
        CultivationService.requireWriter(scope);
        CultivationService.PoolDetail detail = service.detail(code, scope)
                .orElseThrow(() -> new CultivationNotFoundException(Messages.get("cultivation.error.notInPool", code)));
        model.addAttribute("form", PoolForm.of(detail.row().enterprise()));
        return poolForm(model, true);
    }

    @org.springframework.web.bind.annotation.PostMapping("/cultivation/pool")
    String save(@org.springframework.web.bind.annotation.ModelAttribute PoolForm form, Model model) {
        UserScope scope = currentUser.scope();
        CultivationService.requireWriter(scope);
        try {
            PoolEnterprise saved = service.savePool(form, scope);
            return "redirect:/cultivation/pool/" + saved.creditCode();
        } catch (io.industrypulse.account.FieldInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", e.problems());
            return poolForm(model, false);
        }
    }

    @org.springframework.web.bind.annotation.PostMapping("/cultivation/pool/{code}/months")
    String saveMonth(
            @PathVariable String code,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String output,
            @RequestParam(required = false) String revenue,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        UserScope scope = currentUser.scope();
        CultivationService.requireWriter(scope);
        try {
            PoolMonth saved = service.saveMonth(new MonthForm(code, period, output, revenue), scope);
            redirect.addFlashAttribute("savedMonth", saved.period().toString());
        } catch (io.industrypulse.account.FieldInputException e) {
            redirect.addFlashAttribute("monthError", e.getMessage());
        }
        return "redirect:/cultivation/pool/" + code;
    }

    @org.springframework.web.bind.annotation.PostMapping("/cultivation/pool/{code}/applications")
    String apply(
            @PathVariable String code,
            @RequestParam(required = false) Long batch,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        UserScope scope = currentUser.scope();
        CultivationService.requireWriter(scope);
        if (batch == null) {
            throw new IllegalArgumentException(Messages.get("cultivation.error.batchRequired"));
        }
        service.apply(code, batch, scope);
        redirect.addFlashAttribute("applied", true);
        return "redirect:/cultivation/pool/" + code;
    }

    @org.springframework.web.bind.annotation.PostMapping("/cultivation/applications/{id}/{state}")
    String advance(
            @PathVariable long id,
            @PathVariable String state,
            @RequestParam(required = false) String reason,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        UserScope scope = currentUser.scope();
        CultivationService.requireWriter(scope);
        ApplicationState to;
        try {
            to = ApplicationState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.get("cultivation.error.state", state));
        }
        Application after = service.advance(id, to, reason, scope);
        redirect.addFlashAttribute("advanced", Messages.get("cultivation.state." + after.state()));
        return "redirect:/cultivation/pool/" + after.creditCode();
    }

    @GetMapping("/cultivation/applications/{id}/sheet.xlsx")
    ResponseEntity<byte[]> sheet(@PathVariable long id) {
        List<PoolMonth> months = service.sheet(id, currentUser.scope());
        List<String> headers = List.of(
                Messages.get("cultivation.col.month"),
                Messages.get("cultivation.col.output"),
                Messages.get("cultivation.col.revenue"));
        List<List<Object>> rows = new ArrayList<>();
        java.math.BigDecimal output = java.math.BigDecimal.ZERO;
        java.math.BigDecimal revenue = java.math.BigDecimal.ZERO;
        for (PoolMonth m : months) {
            rows.add(List.of(m.period().toString(), m.output(), m.revenue()));
            output = output.add(m.output());
            revenue = revenue.add(m.revenue());
        }
        rows.add(List.of(Messages.get("cultivation.sheet.total"), output, revenue));
        String code = months.isEmpty() ? Long.toString(id) : months.get(0).creditCode();
        String title = Messages.get("cultivation.sheet.title", code);
        byte[] file =
                ExcelExport.xlsx(new ExcelTable(Messages.get("cultivation.sheet.sheet"), title, headers, rows, 2));
        return ExcelExport.download(file, title + ".xlsx");
    }

    @org.springframework.web.bind.annotation.PostMapping("/cultivation/batches")
    String saveBatch(
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String deadline,
            @RequestParam(required = false) String effectiveMonth,
            Model model) {
        UserScope scope = currentUser.scope();
        if (!CultivationService.mayKeepCalendar(scope)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    Messages.get("cultivation.error.calendarDenied"));
        }
        try {
            Batch saved = service.saveBatch(year, kind, name, deadline, effectiveMonth, scope);
            return "redirect:/cultivation/batches/" + saved.id();
        } catch (io.industrypulse.account.FieldInputException e) {
            model.addAttribute("errors", e.problems());
            return batches(model);
        }
    }

    @GetMapping("/cultivation/batches/{id}")
    String batch(@PathVariable long id, Model model) {
        UserScope scope = currentUser.scope();
        Batch batch = service.batches().stream()
                .filter(b -> b.id() == id)
                .findFirst()
                .orElseThrow(
                        () -> new CultivationNotFoundException(Messages.get("cultivation.error.unknownBatch", id)));
        CultivationService.requireRead(scope);
        model.addAttribute("batch", batch);
        model.addAttribute("applications", service.applications(id, null, scope));
        model.addAttribute("countyNames", regions.countyNames());
        return "cultivation/batch";
    }

    private String poolForm(Model model, boolean editing) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        model.addAttribute("editing", editing);
        model.addAttribute("counties", regions.counties());
        model.addAttribute("kinds", PoolKind.values());
        return "cultivation/pool-form";
    }

    private static String tableKind(String kind) {
        return switch (kind) {
            case "pool" -> PoolTable.CODE;
            case "months" -> PoolMonthsTable.CODE;
            default -> throw new IllegalArgumentException(Messages.get("cultivation.error.importKind", kind));
        };
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
        model.addAttribute("applications", service.applications(null, code, currentUser.scope()));
        model.addAttribute(
                "openBatches",
                detail.batches().stream()
                        .map(CultivationService.BatchOutlook::batch)
                        .toList());
        model.addAttribute(
                "keeper",
                CultivationService.mayWrite(
                        currentUser.scope(), detail.row().enterprise().countyCode()));
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
        model.addAttribute("calendarKeeper", CultivationService.mayKeepCalendar(currentUser.scope()));
        model.addAttribute("batchKinds", BatchKind.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
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
