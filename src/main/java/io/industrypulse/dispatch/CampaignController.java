package io.industrypulse.dispatch;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.Departments;
import io.industrypulse.account.ListPage;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.RegionService;
import io.industrypulse.report.ExcelExport;
import io.industrypulse.report.ExcelTable;
import io.industrypulse.report.WordExport;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 百日攻坚 pages: the campaigns (and the form to set one up), a campaign's progress and weekly bulletin (周通报) as a
 * page and an .xlsx, and the visits with the form to record one. A refused form shows again with its message (400).
 */
@Controller
class CampaignController {

    private final CampaignService campaigns;
    private final RegionService regions;
    private final CurrentUser currentUser;

    private final Departments departments;

    CampaignController(
            CampaignService campaigns, RegionService regions, CurrentUser currentUser, Departments departments) {
        this.departments = departments;
        this.campaigns = campaigns;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    @GetMapping("/dispatch/campaigns")
    String list(Model model) {
        return list(model, null);
    }

    @PostMapping("/dispatch/campaigns")
    String create(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate startDate,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
            @RequestParam(required = false) @Nullable List<String> counties,
            @RequestParam(required = false) @Nullable Integer visitGoal,
            @RequestParam(required = false) @Nullable String goals,
            Model model,
            HttpServletResponse response) {
        try {
            Campaign created = campaigns.create(
                    new NewCampaign(name, startDate, endDate, counties, visitGoal, goals), currentUser.scope());
            return "redirect:/dispatch/campaigns/" + created.id();
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return list(model, e.getMessage());
        }
    }

    @GetMapping("/dispatch/campaigns/{id}")
    String campaign(@PathVariable long id, @RequestParam(required = false) @Nullable Integer week, Model model) {
        UserScope scope = currentUser.scope();
        Campaign campaign = campaigns.find(id);
        Bulletin bulletin = week == null ? campaigns.progress(id, scope) : campaigns.bulletin(id, week, scope);
        model.addAttribute("campaign", campaign);
        model.addAttribute("bulletin", bulletin);
        model.addAttribute("countyNames", regions.countyNames());
        List<Integer> weeks = new ArrayList<>();
        for (int w = 1; w <= campaign.weeks(); w++) {
            weeks.add(w);
        }
        model.addAttribute("weeks", weeks);
        model.addAttribute("overdueAfter", campaigns.overdueAfter());
        return "dispatch/campaign";
    }

    @GetMapping("/dispatch/campaigns/{id}/bulletin.xlsx")
    ResponseEntity<byte[]> bulletinXlsx(@PathVariable long id, @RequestParam int week) {
        Bulletin b = campaigns.bulletin(id, week, currentUser.scope());
        Map<String, String> names = regions.countyNames();
        List<String> headers = BULLETIN_COLUMNS.stream()
                .map(key -> Messages.get("dispatch.campaign.col." + key))
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(Messages.get("dispatch.campaign.city"), b.total()));
        b.counties().forEach((code, f) -> rows.add(row(names.getOrDefault(code, code), f)));
        b.departments().forEach((d, f) -> rows.add(row(departments.label(d), f)));
        String title = Messages.get("dispatch.campaign.bulletin.title", b.week(), b.from(), b.to()) + " " + b.text();
        byte[] file = ExcelExport.xlsx(new ExcelTable(b.campaign().name(), title, headers, rows, 1));
        return ExcelExport.download(
                file,
                b.campaign().name() + "-" + Messages.get("dispatch.campaign.bulletin.title", b.week(), b.from(), b.to())
                        + ".xlsx");
    }

    /** The bulletin as a Word document for the meeting's papers: title, the paragraph, the county table. */
    @GetMapping("/dispatch/campaigns/{id}/bulletin.docx")
    ResponseEntity<byte[]> bulletinDocx(@PathVariable long id, @RequestParam int week) {
        Bulletin b = campaigns.bulletin(id, week, currentUser.scope());
        Map<String, String> names = regions.countyNames();
        String heading = Messages.get("dispatch.campaign.bulletin.title", b.week(), b.from(), b.to());
        List<String> headers = BULLETIN_COLUMNS.stream()
                .map(key -> Messages.get("dispatch.campaign.col." + key))
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(Messages.get("dispatch.campaign.city"), b.total()));
        b.counties().forEach((code, f) -> rows.add(row(names.getOrDefault(code, code), f)));
        List<List<String>> cells = rows.stream()
                .map(r -> r.stream()
                        .map(v -> v == null
                                ? "—"
                                : v instanceof Double d ? io.industrypulse.engine.Published.text(d, 1) : v.toString())
                        .toList())
                .toList();
        byte[] file = WordExport.docx(b.campaign().name() + " " + heading, List.of(b.text()), headers, cells);
        return WordExport.download(file, b.campaign().name() + "-" + heading + ".docx");
    }

    /** The bulletin table's columns, the same in the .xlsx and the .docx. */
    private static final List<String> BULLETIN_COLUMNS = List.of(
            "region", "visited", "toVisit", "visitRate", "opened", "solved", "solvedRate", "satisfiedRate", "overdue");

    private static List<Object> row(String name, CampaignFigures f) {
        List<Object> row = new ArrayList<>();
        row.add(name);
        row.add(f.visited());
        row.add(f.toVisit());
        row.add(f.visitRate());
        row.add(f.opened());
        row.add(f.solved());
        row.add(f.solvedRate());
        row.add(f.satisfiedRate());
        row.add(f.overdue());
        return row;
    }

    /** Names an enterprise's 包联干部 from its page; back to that page. */
    @PostMapping("/dispatch/cadres")
    String assignCadre(
            @RequestParam(required = false) @Nullable String creditCode,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String phone,
            @RequestParam(required = false) @Nullable String unit) {
        Cadre cadre = campaigns.assignCadre(creditCode, name, phone, unit, currentUser.scope());
        return "redirect:/monitor/enterprises/" + cadre.creditCode();
    }

    @GetMapping("/dispatch/visits")
    String visits(@RequestParam(defaultValue = "1") int page, Model model) {
        return visits(page, model, null, null);
    }

    @PostMapping("/dispatch/visits")
    String recordVisit(
            @RequestParam(required = false) @Nullable String creditCode,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate visitDate,
            @RequestParam(required = false) @Nullable String cadre,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(required = false) @Nullable String findings,
            Model model,
            HttpServletResponse response) {
        NewVisit form = new NewVisit(creditCode, visitDate, cadre, department, findings);
        try {
            campaigns.recordVisit(form, currentUser.scope());
            return "redirect:/dispatch/visits";
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return visits(1, model, form, e.getMessage());
        }
    }

    private String visits(int page, Model model, @Nullable NewVisit form, @Nullable String error) {
        UserScope scope = currentUser.scope();
        model.addAttribute("visits", ListPage.of(campaigns.visits(scope), page));
        model.addAttribute("countyNames", regions.countyNames());
        model.addAttribute("mayVisit", CampaignService.mayVisit(scope));
        model.addAttribute("mayOpen", TicketService.mayOpen(scope));
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        return "dispatch/visits";
    }

    private String list(Model model, @Nullable String error) {
        UserScope scope = currentUser.scope();
        model.addAttribute("campaigns", campaigns.list());
        model.addAttribute("mayCreate", CampaignService.mayCreate(scope));
        model.addAttribute("counties", regions.counties());
        model.addAttribute("countyNames", regions.countyNames());
        model.addAttribute("error", error);
        return "dispatch/campaigns";
    }
}
