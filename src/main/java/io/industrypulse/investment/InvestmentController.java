package io.industrypulse.investment;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.ListPage;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.ingest.TableImportService;
import io.industrypulse.region.RegionService;
import io.industrypulse.report.ExcelExport;
import io.industrypulse.report.ExcelTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The ledger's pages: the list with its filters, paging, import and export (in the import's layout), a project with
 * its months against the plan, and the counties' and the city's summary. Scope is checked by the service.
 */
@Controller
class InvestmentController {

    private final InvestmentService service;
    private final TableImportService imports;
    private final InvestmentSettings settings;
    private final RegionService regions;
    private final CurrentUser currentUser;

    InvestmentController(
            InvestmentService service,
            TableImportService imports,
            InvestmentSettings settings,
            RegionService regions,
            CurrentUser currentUser) {
        this.service = service;
        this.imports = imports;
        this.settings = settings;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    @GetMapping("/investment")
    String ledger(
            @RequestParam(required = false) @Nullable String county,
            @RequestParam(required = false) @Nullable ProjectKind kind,
            @RequestParam(required = false) @Nullable ProjectStage stage,
            @RequestParam(required = false) @Nullable Boolean inStatistics,
            @RequestParam(required = false) @Nullable Boolean behind,
            @RequestParam(required = false) @Nullable Boolean major,
            @RequestParam(required = false) @Nullable YearMonth period,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        UserScope scope = currentUser.scope();
        YearMonth month = period == null ? service.defaultPeriod() : period;
        InvestmentService.Filter filter =
                new InvestmentService.Filter(county, kind, stage, inStatistics, behind, major);
        model.addAttribute("rows", ListPage.of(service.projects(filter, month, scope), page));
        model.addAttribute("filter", filter);
        model.addAttribute("period", month);
        model.addAttribute("counties", regions.counties());
        model.addAttribute("countyNames", regions.countyNames());
        model.addAttribute("kinds", ProjectKind.values());
        model.addAttribute("stages", ProjectStage.values());
        model.addAttribute("settings", settings);
        model.addAttribute("cityWide", scope.isCityWide());
        model.addAttribute("keeper", InvestmentService.mayKeep(scope));
        return "investment/ledger";
    }

    @PostMapping("/investment/import")
    String importFile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model)
            throws IOException {
        UserScope scope = currentUser.scope();
        InvestmentService.requireKeeper(scope);
        model.addAttribute("importResult", imports.importUpload(LedgerTable.CODE, file, scope));
        return ledger(null, null, null, null, null, null, null, 1, model);
    }

    @GetMapping("/investment/template.xlsx")
    ResponseEntity<byte[]> template() {
        InvestmentService.requireKeeper(currentUser.scope());
        return ExcelExport.download(
                imports.template(LedgerTable.CODE).orElseThrow(), Messages.get("investment.import.templateFile"));
    }

    /** The list as filtered, in the layout the import reads (the header in the first row). */
    @GetMapping("/investment/projects.xlsx")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable String county,
            @RequestParam(required = false) @Nullable ProjectKind kind,
            @RequestParam(required = false) @Nullable ProjectStage stage,
            @RequestParam(required = false) @Nullable Boolean inStatistics,
            @RequestParam(required = false) @Nullable Boolean behind,
            @RequestParam(required = false) @Nullable Boolean major,
            @RequestParam(required = false) @Nullable YearMonth period) {
        UserScope scope = currentUser.scope();
        YearMonth month = period == null ? service.defaultPeriod() : period;
        List<InvestmentService.ProjectRow> rows = service.projects(
                new InvestmentService.Filter(county, kind, stage, inStatistics, behind, major), month, scope);
        Map<String, ProjectMonth> reports = service.monthReports(month, rows);
        Map<String, String> names = regions.countyNames();
        List<String> headers = LedgerTable.COLUMNS.stream().map(c -> c.header()).toList();
        List<List<Object>> cells = new ArrayList<>();
        int seq = 1;
        for (InvestmentService.ProjectRow r : rows) {
            Project p = r.project();
            ProjectMonth report = reports.get(p.code());
            Object[] row = new Object[headers.size()];
            row[LedgerTable.SEQ] = seq++;
            row[LedgerTable.COUNTY] = names.getOrDefault(p.countyCode(), p.countyCode());
            row[LedgerTable.NAME] = p.name();
            row[LedgerTable.BUILDER] = p.builder();
            row[LedgerTable.KIND] = Messages.get("investment.kind." + p.kind());
            row[LedgerTable.CONTENT] = p.content();
            row[LedgerTable.TOTAL] = p.totalInvestment();
            row[LedgerTable.PLAN] = r.planYear().signum() == 0 ? null : r.planYear();
            if (report != null) {
                row[LedgerTable.MONTH_DONE] = report.completed();
                row[LedgerTable.CUMULATIVE] = r.done();
                row[LedgerTable.PERIOD] = month.toString();
                row[LedgerTable.IMAGE] = report.image();
                row[LedgerTable.PROBLEMS] = report.problems();
            }
            row[LedgerTable.SHARE] = r.completion();
            row[LedgerTable.ACTUAL_START] = text(p.actualStart());
            row[LedgerTable.PLANNED_PRODUCTION] = text(p.plannedProduction());
            row[LedgerTable.LEADER] = p.leader();
            row[LedgerTable.RESPONSIBLE] = p.responsible();
            row[LedgerTable.PROJECT_CODE] = p.code();
            row[LedgerTable.DIVISION] = p.divisionCode();
            row[LedgerTable.STAGE] = Messages.get("investment.stage." + p.stage());
            row[LedgerTable.PLANNED_START] = text(p.plannedStart());
            row[LedgerTable.ACTUAL_PRODUCTION] = text(p.actualProduction());
            row[LedgerTable.PLANNED_COMPLETION] = text(p.plannedCompletion());
            row[LedgerTable.ACTUAL_COMPLETION] = text(p.actualCompletion());
            row[LedgerTable.STAT_CODE] = p.statCode();
            row[LedgerTable.STAT_MONTH] = text(p.statMonth());
            row[LedgerTable.PHONE] = p.responsiblePhone();
            row[LedgerTable.CREDIT_CODE] = p.creditCode();
            row[LedgerTable.OUTPUT] = p.annualOutput();
            row[LedgerTable.VALUE_ADDED] = p.annualValueAdded();
            cells.add(Arrays.asList(row));
        }
        byte[] file = ExcelExport.xlsx(new ExcelTable(Messages.get("investment.import.title"), "", headers, cells, 2));
        return ExcelExport.download(file, Messages.get("investment.export.file", month.toString()));
    }

    private static List<String> stageNames() {
        return Arrays.stream(ProjectStage.values())
                .map(s -> Messages.get("investment.stage." + s))
                .toList();
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    @GetMapping("/investment/projects/{code}")
    String project(@PathVariable String code, @RequestParam(required = false) @Nullable YearMonth period, Model model) {
        YearMonth month = period == null ? service.defaultPeriod() : period;
        InvestmentService.ProjectDetail detail = service.detail(code, month, currentUser.scope())
                .orElseThrow(() -> new ProjectNotFoundException(Messages.get("investment.error.notFound", code)));
        model.addAttribute("detail", detail);
        model.addAttribute("period", month);
        UserScope scope = currentUser.scope();
        model.addAttribute("blockers", service.blockers(code, scope));
        model.addAttribute(
                "blockerKeeper",
                InvestmentService.mayWrite(scope, detail.row().project().countyCode())
                        && detail.row().project().creditCode() != null);
        model.addAttribute("categories", io.industrypulse.dispatch.TicketCategory.values());
        model.addAttribute(
                "keeper",
                InvestmentService.mayWrite(scope, detail.row().project().countyCode()));
        if (!model.containsAttribute("progressErrors")) {
            model.addAttribute("progressErrors", Map.of());
        }
        if (!model.containsAttribute("photoErrors")) {
            model.addAttribute("photoErrors", Map.of());
        }
        model.addAttribute("photos", service.photos(code, scope));
        model.addAttribute("history", service.history(code, scope));
        if (!model.containsAttribute("blockerForm")) {
            model.addAttribute(
                    "blockerForm",
                    new InvestmentService.BlockerForm(
                            io.industrypulse.dispatch.TicketCategory.LAND, null, null, false));
        }
        model.addAttribute("countyNames", regions.countyNames());
        model.addAttribute("settings", settings);
        List<String> months = new ArrayList<>();
        List<BigDecimal> cumulative = new ArrayList<>();
        List<Double> plan = new ArrayList<>();
        for (InvestmentService.MonthPoint m : detail.months()) {
            months.add(m.period().toString());
            cumulative.add(m.cumulative());
            plan.add(m.planShare());
        }
        model.addAttribute("chartMonths", months);
        model.addAttribute("chartDone", cumulative);
        model.addAttribute("chartPlan", plan);
        model.addAttribute(
                "chartNames", List.of(Messages.get("investment.chart.done"), Messages.get("investment.chart.plan")));
        return "investment/project";
    }

    @GetMapping("/investment/projects/new")
    String newProject(Model model) {
        UserScope scope = currentUser.scope();
        InvestmentService.requireKeeper(scope);
        String county = scope.role() == io.industrypulse.account.Role.COUNTY_USER ? scope.regionCode() : null;
        model.addAttribute(
                "form",
                new ProjectForm(
                        null,
                        null,
                        county,
                        null,
                        null,
                        "INDUSTRIAL",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "PLANNING",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        return projectForm(model, false);
    }

    @GetMapping("/investment/projects/{code}/edit")
    String editProject(@PathVariable String code, Model model) {
        ProjectForm form = service.form(code, currentUser.scope())
                .orElseThrow(() -> new ProjectNotFoundException(Messages.get("investment.error.notFound", code)));
        model.addAttribute("form", form);
        return projectForm(model, true);
    }

    /** Saves the form: the project page, or the form again with each problem at its field (400). */
    @PostMapping("/investment/projects")
    String saveProject(
            @org.springframework.web.bind.annotation.ModelAttribute ProjectForm form,
            @RequestParam(defaultValue = "false") boolean editing,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        UserScope scope = currentUser.scope();
        InvestmentService.requireKeeper(scope);
        try {
            Project saved = service.save(form, scope);
            return "redirect:/investment/projects/" + saved.code();
        } catch (io.industrypulse.account.FieldInputException e) {
            response.setStatus(400);
            model.addAttribute("form", form);
            model.addAttribute("errors", e.problems());
            return projectForm(model, editing);
        }
    }

    private String projectForm(Model model, boolean editing) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("editing", editing);
        model.addAttribute("counties", regions.counties());
        model.addAttribute("kinds", ProjectKind.values());
        model.addAttribute("stages", ProjectStage.values());
        return "investment/project-form";
    }

    /** Records a month of progress from the project page; its problems come back at the form. */
    @PostMapping("/investment/projects/{code}/progress")
    String saveProgress(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String monthDone,
            @RequestParam(required = false) @Nullable String image,
            @RequestParam(required = false) @Nullable String physical,
            @RequestParam(required = false) @Nullable String problems,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        UserScope scope = currentUser.scope();
        InvestmentService.requireKeeper(scope);
        try {
            ProjectMonth saved = service.saveProgress(code, period, monthDone, image, physical, problems, scope);
            return "redirect:/investment/projects/" + code + "?period=" + saved.period() + "&saved=" + saved.period()
                    + "#months";
        } catch (io.industrypulse.account.FieldInputException e) {
            response.setStatus(400);
            model.addAttribute("progressErrors", e.problems());
            return project(code, null, model);
        }
    }

    /** Adds a site photo to a month; its problem comes back at the form. */
    @PostMapping("/investment/projects/{code}/photos")
    String addPhoto(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            jakarta.servlet.http.HttpServletResponse response)
            throws IOException {
        UserScope scope = currentUser.scope();
        InvestmentService.requireKeeper(scope);
        try {
            ProjectPhoto saved = service.addPhoto(
                    code,
                    period,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes(),
                    scope);
            return "redirect:/investment/projects/" + code + "?photo=" + saved.id() + "#photos";
        } catch (io.industrypulse.account.FieldInputException e) {
            response.setStatus(400);
            model.addAttribute("photoErrors", e.problems());
            return project(code, null, model);
        }
    }

    /** A site photo, served as a download of what its bytes are. */
    @GetMapping("/investment/projects/{code}/photos/{id}")
    ResponseEntity<byte[]> photo(@PathVariable String code, @PathVariable long id) {
        Map.Entry<ProjectPhoto, byte[]> file = service.photo(code, id, currentUser.scope());
        return io.industrypulse.dispatch.Attachments.download(
                file.getKey().fileName(), file.getKey().contentType(), file.getValue());
    }

    /** Opens a blocker (a ticket on the builder) and shows the project again, or the form with what is wrong. */
    @PostMapping("/investment/projects/{code}/blockers")
    String openBlocker(
            @PathVariable String code,
            @RequestParam(required = false) io.industrypulse.dispatch.@Nullable TicketCategory category,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String helpAsked,
            @RequestParam(required = false) @Nullable Boolean urgent,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        UserScope scope = currentUser.scope();
        InvestmentService.requireKeeper(scope);
        InvestmentService.BlockerForm form =
                new InvestmentService.BlockerForm(category, description, helpAsked, urgent);
        try {
            io.industrypulse.dispatch.Ticket ticket = service.openBlocker(code, form, scope);
            return "redirect:/investment/projects/" + code + "?blocker=" + ticket.id() + "#blockers";
        } catch (IllegalArgumentException e) {
            response.setStatus(400);
            model.addAttribute("blockerForm", form);
            model.addAttribute("blockerError", e.getMessage());
            return project(code, null, model);
        }
    }

    /** The county page's card: what the projects going into production bring to the county's growth next year. */
    @GetMapping("/investment/counties/{code}/outlook")
    String outlook(@PathVariable String code, Model model) {
        if (!regions.isCounty(code)) {
            throw new ProjectNotFoundException(Messages.get("investment.error.county", "", code));
        }
        UserScope scope = currentUser.scope();
        if (!InvestmentService.mayRead(scope)) {
            return "investment/outlook :: none";
        }
        service.outlook(scope).ifPresent(o -> {
            model.addAttribute("outlook", o);
            model.addAttribute("dataMonth", YearMonth.of(o.year(), o.lastMonth()));
            model.addAttribute(
                    "gain",
                    o.counties().stream()
                            .filter(g -> g.code().equals(code))
                            .findFirst()
                            .orElse(null));
        });
        model.addAttribute("code", code);
        return "investment/outlook :: outlook";
    }

    /** A row of the summary table: a county's or (the last) the city's figures. */
    record SummaryRow(String name, InvestmentService.GroupFigures figures, boolean total) {}

    @GetMapping("/investment/summary")
    String summary(@RequestParam(required = false) @Nullable YearMonth period, Model model) {
        YearMonth month = period == null ? service.defaultPeriod() : period;
        InvestmentService.Summary summary = service.summary(month, currentUser.scope());
        Map<String, String> names = regions.countyNames();
        List<SummaryRow> rows = new ArrayList<>();
        summary.counties().forEach(g -> rows.add(new SummaryRow(names.getOrDefault(g.code(), g.code()), g, false)));
        rows.add(new SummaryRow(Messages.get("investment.summary.city"), summary.city(), true));
        model.addAttribute("summary", summary);
        model.addAttribute("rows", rows);
        model.addAttribute("stageNames", stageNames());
        model.addAttribute("period", month);
        model.addAttribute("countyNames", regions.countyNames());
        model.addAttribute("stages", ProjectStage.values());
        UserScope scope = currentUser.scope();
        model.addAttribute("own", scope.role() == io.industrypulse.account.Role.COUNTY_USER ? scope.regionCode() : "");
        return "investment/summary";
    }
}
