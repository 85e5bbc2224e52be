package io.industrypulse.environment;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.FieldInputException;
import io.industrypulse.account.ShownTime;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.RegionService;
import io.industrypulse.report.ExcelExport;
import io.industrypulse.report.ExcelTable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The episodes (预警过程): the list with the form to record one, an episode's three plans side by side with its
 * cost, adopting a plan, ending it, its Excel export; and the county page's fragment of this month's cost.
 */
@Controller
class EpisodeController {

    private final EnvironmentService environment;
    private final EpisodePlans plans;
    private final RegionService regions;
    private final EnvironmentSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    EpisodeController(
            EnvironmentService environment,
            EpisodePlans plans,
            RegionService regions,
            EnvironmentSettings settings,
            CurrentUser currentUser,
            Clock clock) {
        this.environment = environment;
        this.plans = plans;
        this.regions = regions;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/environment/episodes")
    String episodes(Model model) {
        UserScope scope = currentUser.scope();
        model.addAttribute("episodes", environment.episodes(scope));
        model.addAttribute("now", now());
        model.addAttribute("groups", environment.groups());
        model.addAttribute("groupNames", groupNames());
        model.addAttribute("industries", environment.industries());
        model.addAttribute("industryNames", environment.industryNames());
        model.addAttribute("levels", AlertLevel.values());
        model.addAttribute("editor", EnvironmentService.mayEdit(scope));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new EpisodeForm(null, "ORANGE", null, null, null, null, null, null, null, null, false, null));
        }
        return "environment/episodes";
    }

    @PostMapping("/environment/episodes")
    String create(@ModelAttribute EpisodeForm form, Model model) {
        UserScope scope = currentUser.scope();
        EnvironmentService.requireEdit(scope);
        try {
            Episode created = environment.createEpisode(form, scope);
            return "redirect:/environment/episodes/" + created.id();
        } catch (FieldInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", e.problems());
            return episodes(model);
        }
    }

    @GetMapping("/environment/episodes/{id}")
    String episode(@PathVariable long id, Model model) {
        UserScope scope = currentUser.scope();
        EpisodePlans.Plans shown = plans.plans(id, scope);
        model.addAttribute("plans", shown);
        model.addAttribute("episode", shown.episode());
        // until a plan is adopted the cost is the grade-based plan's, already worked out
        model.addAttribute(
                "impact",
                shown.episode().adoptedKind() == null
                        ? shown.plan(PlanKind.BY_GRADE).orElseThrow()
                        : plans.impact(id, scope));
        model.addAttribute("now", now());
        model.addAttribute("industryNames", environment.industryNames());
        model.addAttribute("countyNames", regions.countyNames());
        model.addAttribute("groupNames", groupNames());
        model.addAttribute("editor", EnvironmentService.mayEdit(scope));
        model.addAttribute("windFactor", settings.windFactor());
        return "environment/episode";
    }

    @PostMapping("/environment/episodes/{id}/plans/{kind}/adopt")
    String adopt(@PathVariable long id, @PathVariable String kind, RedirectAttributes redirect) {
        EnvironmentService.requireEdit(currentUser.scope());
        PlanKind plan = PlanKind.parse(kind);
        plans.adopt(id, plan, currentUser.scope());
        redirect.addFlashAttribute("adopted", Messages.get("environment.plan." + plan));
        return "redirect:/environment/episodes/" + id;
    }

    @PostMapping("/environment/episodes/{id}/end")
    String end(@PathVariable long id, RedirectAttributes redirect) {
        plans.end(id, currentUser.scope());
        redirect.addFlashAttribute("ended", true);
        return "redirect:/environment/episodes/" + id;
    }

    @GetMapping("/environment/episodes/{id}/plans.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        EpisodePlans.Plans shown = plans.plans(id, currentUser.scope());
        List<String> headers = new ArrayList<>(
                List.of(Messages.get("environment.col.region"), Messages.get("environment.col.enterprise")));
        for (String p : Pollutants.CODES) {
            headers.add(Messages.get("environment.pollutant." + p) + Messages.get("environment.export.cutSuffix"));
        }
        headers.addAll(List.of(
                Messages.get("environment.col.outputCut") + "(%)",
                Messages.get("environment.col.outputLoss"),
                Messages.get("environment.col.valueAddedLoss"),
                Messages.get("environment.col.yearPoints")));
        List<List<Object>> rows = new ArrayList<>();
        for (EpisodePlans.PlanView plan : shown.plans()) {
            String label = Messages.get("environment.plan." + plan.kind());
            if (!plan.available()) {
                rows.add(row(label, Messages.get("environment.episode.unavailable"), null, null, headers.size()));
                continue;
            }
            List<EpisodePlans.RegionFigures> regionsShown = new ArrayList<>();
            regionsShown.add(plan.city());
            regionsShown.addAll(plan.counties());
            for (EpisodePlans.RegionFigures r : regionsShown) {
                List<Object> row = new ArrayList<>(List.of(label, r.name()));
                for (Double cut : r.cut()) {
                    row.add(cut == null ? null : cut * 100);
                }
                row.add(null);
                row.add(r.outputLoss());
                row.add(r.valueAddedLoss());
                row.add(r.yearPoints());
                rows.add(row);
            }
            for (EpisodePlans.EnterpriseMeasure m : plan.measures()) {
                List<Object> row = new ArrayList<>(List.of(label, m.name()));
                for (double cut : m.emissionCut()) {
                    row.add(cut * 100);
                }
                row.add(m.outputCut() * 100);
                row.add(m.outputLoss());
                row.add(m.valueAddedLoss());
                row.add(null);
                rows.add(row);
            }
        }
        String title =
                Messages.get("environment.export.plans.file", shown.episode().name());
        byte[] file = ExcelExport.xlsx(
                new ExcelTable(Messages.get("environment.export.plans.sheet"), title, headers, rows, 2));
        return ExcelExport.download(file, title + ".xlsx");
    }

    private static List<Object> row(String a, String b, Object c, Object d, int size) {
        List<Object> row = new ArrayList<>(List.of(a, b));
        while (row.size() < size) {
            row.add(null);
        }
        return row;
    }

    /** The county page's fragment: the cost of this month's episodes to the county. */
    @GetMapping("/environment/counties/{code}/cost")
    String countyCost(@PathVariable String code, Model model) {
        UserScope scope = currentUser.scope();
        if (!regions.isCounty(code)) {
            throw new EnvironmentNotFoundException(Messages.get("environment.error.unknownCounty", code));
        }
        YearMonth month = YearMonth.from(now());
        model.addAttribute("costs", plans.countyCosts(code, month, scope));
        model.addAttribute("month", month);
        return "environment/county-cost :: cost";
    }

    private java.util.Map<String, String> groupNames() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        environment.groups().forEach(g -> names.put(g.code(), g.name()));
        return names;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ShownTime.ZONE));
    }
}
