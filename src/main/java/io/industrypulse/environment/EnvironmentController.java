package io.industrypulse.environment;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.FieldInputException;
import io.industrypulse.account.ListPage;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.ingest.TableColumn;
import io.industrypulse.ingest.TableImportResult;
import io.industrypulse.ingest.TableImportService;
import io.industrypulse.region.RegionService;
import io.industrypulse.report.ExcelExport;
import io.industrypulse.report.ExcelTable;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the list (重点涉气企业清单: filters, paging, import, template and export), an enterprise's environmental
 * page, the key industries and measure rules, and the administrator's county groups. Scope is checked by the
 * services.
 */
@Controller
class EnvironmentController {

    private final EnvironmentService environment;
    private final EpisodePlans plans;
    private final TableImportService imports;
    private final RegionService regions;
    private final CurrentUser currentUser;

    EnvironmentController(
            EnvironmentService environment,
            EpisodePlans plans,
            TableImportService imports,
            RegionService regions,
            CurrentUser currentUser) {
        this.environment = environment;
        this.plans = plans;
        this.imports = imports;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    @GetMapping("/environment")
    String list(
            @RequestParam(required = false) String county,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String grade,
            @RequestParam(required = false) String guarantee,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        UserScope scope = currentUser.scope();
        EnvironmentService.ListFilter filter = filter(county, industry, grade, guarantee);
        List<ListedEnterprise> rows = environment.listed(filter, scope);
        ListPage<ListedEnterprise> shown = ListPage.of(rows, page);
        model.addAttribute("rows", shown);
        model.addAttribute("figures", plans.figures(shown.items()));
        model.addAttribute("filter", filter);
        model.addAttribute("guarantee", guarantee);
        model.addAttribute("industries", environment.industries());
        model.addAttribute("industryNames", environment.industryNames());
        model.addAttribute("grades", Grade.values());
        model.addAttribute("counties", regions.counties());
        model.addAttribute("countyNames", regions.countyNames());
        model.addAttribute("everyCounty", EnvironmentService.seesEveryCounty(scope));
        model.addAttribute("editor", EnvironmentService.mayEdit(scope));
        return "environment/list";
    }

    @GetMapping("/environment/export.xlsx")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String county,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String grade,
            @RequestParam(required = false) String guarantee) {
        List<ListedEnterprise> rows =
                environment.listed(filter(county, industry, grade, guarantee), currentUser.scope());
        List<String> headers =
                ListKind.COLUMNS.stream().map(TableColumn::templateHeader).toList();
        List<List<Object>> cells = rows.stream().map(ListKind::row).toList();
        String title = Messages.get("environment.export.list.file");
        // in the import's layout (no title row, the template's headers), so that it reads back unchanged
        byte[] file = ExcelExport.xlsx(new ExcelTable(ListKind.SHEET, "", headers, cells, 4));
        return ExcelExport.download(file, title + ".xlsx");
    }

    @GetMapping("/environment/template.xlsx")
    ResponseEntity<byte[]> template() {
        EnvironmentService.requireEdit(currentUser.scope());
        return ExcelExport.download(
                imports.template(ListKind.CODE).orElseThrow(),
                Messages.get("environment.export.list.file") + Messages.get("environment.list.templateSuffix"));
    }

    @PostMapping("/environment/import")
    String importList(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model)
            throws IOException {
        UserScope scope = currentUser.scope();
        EnvironmentService.requireEdit(scope);
        TableImportResult result = imports.importUpload(ListKind.CODE, file, scope);
        model.addAttribute("importResult", result);
        return list(null, null, null, null, 1, model);
    }

    @GetMapping("/environment/enterprises/new")
    String newEnterprise(Model model) {
        EnvironmentService.requireEdit(currentUser.scope());
        model.addAttribute(
                "form",
                new ListedForm(
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        return form(model, null);
    }

    @GetMapping("/environment/enterprises/{code}")
    String enterprise(@PathVariable String code, Model model) {
        UserScope scope = currentUser.scope();
        ListedEnterprise row = environment
                .listedOne(code, scope)
                .orElseThrow(() -> new EnvironmentNotFoundException(Messages.get("environment.error.notListed", code)));
        model.addAttribute("row", row);
        model.addAttribute("figures", plans.figures(List.of(row)).get(row.creditCode()));
        model.addAttribute("episodes", plans.enterpriseEpisodes(code, scope));
        model.addAttribute("industryNames", environment.industryNames());
        model.addAttribute("countyNames", regions.countyNames());
        model.addAttribute("editor", EnvironmentService.mayEdit(scope));
        model.addAttribute("levels", List.of(AlertLevel.YELLOW, AlertLevel.ORANGE, AlertLevel.RED));
        if (EnvironmentService.mayEdit(scope)) {
            model.addAttribute("form", ListedForm.of(row));
            form(model, row);
        }
        return "environment/enterprise";
    }

    @PostMapping("/environment/enterprises")
    String save(@ModelAttribute ListedForm form, Model model, RedirectAttributes redirect) {
        UserScope scope = currentUser.scope();
        EnvironmentService.requireEdit(scope);
        try {
            ListedEnterprise saved = environment.save(form, scope);
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/environment/enterprises/" + saved.creditCode();
        } catch (FieldInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", e.problems());
            return form(model, null);
        }
    }

    @PostMapping("/environment/enterprises/{code}/remove")
    String remove(@PathVariable String code, RedirectAttributes redirect) {
        environment.remove(code, currentUser.scope());
        redirect.addFlashAttribute("removed", code);
        return "redirect:/environment";
    }

    private String form(Model model, @Nullable ListedEnterprise row) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        model.addAttribute("industries", environment.industries());
        model.addAttribute("grades", Grade.values());
        model.addAttribute("guarantees", Guarantee.values());
        model.addAttribute("editing", row);
        return row == null ? "environment/form" : "environment/enterprise";
    }

    @GetMapping("/environment/rules")
    String rules(Model model) {
        UserScope scope = currentUser.scope();
        EnvironmentService.requireEpisodes(scope);
        model.addAttribute("rules", environment.rules(scope));
        model.addAttribute("industries", environment.industries());
        model.addAttribute("industryNames", environment.industryNames());
        model.addAttribute("editor", EnvironmentService.mayEdit(scope));
        model.addAttribute("actions", MeasureAction.values());
        return "environment/rules";
    }

    @PostMapping("/environment/rules")
    String saveRule(
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String grade,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String outputCut,
            @RequestParam(required = false) String cutSo2,
            @RequestParam(required = false) String cutNox,
            @RequestParam(required = false) String cutPm,
            @RequestParam(required = false) String cutVoc,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        MeasureRule saved = environment.saveRule(
                industry,
                grade,
                level,
                action,
                outputCut,
                java.util.Arrays.asList(cutSo2, cutNox, cutPm, cutVoc),
                note,
                currentUser.scope());
        redirect.addFlashAttribute(
                "saved",
                saved.industry() + " " + saved.grade().name() + " "
                        + saved.level().name());
        return "redirect:/environment/rules";
    }

    @PostMapping("/environment/industries")
    String saveIndustry(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "false") boolean graded,
            @RequestParam(required = false) String sortOrder,
            RedirectAttributes redirect) {
        KeyIndustry saved = environment.saveIndustry(code, name, graded, sortOrder, currentUser.scope());
        redirect.addFlashAttribute("industrySaved", saved.name());
        return "redirect:/environment/rules";
    }

    @GetMapping("/environment/groups")
    String groups(Model model) {
        if (currentUser.scope().role() != Role.CITY_ADMIN) {
            throw new org.springframework.security.access.AccessDeniedException(
                    Messages.get("environment.error.adminOnly"));
        }
        model.addAttribute("groups", environment.groups());
        model.addAttribute("counties", regions.counties());
        model.addAttribute("countyNames", regions.countyNames());
        return "environment/groups";
    }

    @PostMapping("/environment/groups")
    String saveGroup(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String name,
            @RequestParam(name = "counties", required = false) List<String> counties,
            RedirectAttributes redirect) {
        CountyGroup saved =
                environment.saveGroup(code, name, counties == null ? List.of() : counties, currentUser.scope());
        redirect.addFlashAttribute("saved", saved.name());
        return "redirect:/environment/groups";
    }

    @PostMapping("/environment/groups/{code}/delete")
    String deleteGroup(@PathVariable String code, RedirectAttributes redirect) {
        environment.deleteGroup(code, currentUser.scope());
        redirect.addFlashAttribute("deleted", code);
        return "redirect:/environment/groups";
    }

    private static EnvironmentService.ListFilter filter(
            @Nullable String county, @Nullable String industry, @Nullable String grade, @Nullable String guarantee) {
        Boolean g = "yes".equals(guarantee) ? Boolean.TRUE : "no".equals(guarantee) ? Boolean.FALSE : null;
        return new EnvironmentService.ListFilter(county, industry, grade, g);
    }
}
