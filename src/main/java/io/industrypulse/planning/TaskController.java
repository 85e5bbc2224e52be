package io.industrypulse.planning;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionService;
import io.industrypulse.report.ExcelExport;
import io.industrypulse.report.ExcelTable;
import io.industrypulse.statdata.StatDataService;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The {@code /planning/tasks} page: a county's tasks for a month, adjustable by the county user. */
@Controller
class TaskController {

    private final TaskService tasks;
    private final CurrentUser currentUser;
    private final RegionService regions;
    private final StatDataService statData;
    private final MessageSource messages;
    private final io.industrypulse.monitor.CurrentPeriod periods;

    TaskController(
            TaskService tasks,
            CurrentUser currentUser,
            RegionService regions,
            StatDataService statData,
            MessageSource messages,
            io.industrypulse.monitor.CurrentPeriod periods) {
        this.periods = periods;
        this.messages = messages;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.regions = regions;
        this.statData = statData;
    }

    /**
     * Without parameters (the navigation link): the user's own county, or the first county for city users, and the
     * month after the latest data, the one the tasks are for.
     */
    @GetMapping("/planning/tasks")
    String tasks(
            @RequestParam(required = false) String county,
            @RequestParam(required = false) YearMonth period,
            Model model) {
        UserScope scope = currentUser.scope();
        String shownCounty = county != null
                ? county
                : scope.isCityWide()
                        ? regions.counties().stream()
                                .findFirst()
                                .map(Region::code)
                                .orElseThrow(
                                        () -> new PlanningNotFoundException(Messages.get("planning.error.noCounties")))
                        // a county user's county, an enterprise user's (its own task); a department has none
                        : scope.regionCode();
        // without a month: the one after the current period, planned from the data so far
        YearMonth shownPeriod = period != null
                ? period
                : periods.current()
                        .or(() -> statData.periods().stream().max(YearMonth::compareTo))
                        .map(latest -> latest.plusMonths(1))
                        .orElseThrow(() -> new PlanningNotFoundException(Messages.get("planning.error.noData")));
        model.addAttribute("periodBasis", periods.basis(shownPeriod, "period.basis.tasks"));
        CountyTasks shown = tasks.tasks(shownCounty, shownPeriod);
        model.addAttribute(
                "raised", tasks.raisedRequirement(shownCounty, shownPeriod).orElse(null));
        model.addAttribute("tasks", shown);
        model.addAttribute("mayAdjust", !shown.dataArrived() && tasks.mayAdjust(shownCounty));
        // the pickers: every month of the year (those reported show actual against task, the rest are still to do)
        // and, for city-wide users, every county
        java.util.Map<String, String> months = new java.util.LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            months.put(
                    Year.of(shownPeriod.getYear()).atMonth(m).toString(),
                    Messages.get("planning.tasks.monthLabel", shownPeriod.getYear(), m));
        }
        model.addAttribute("months", months);
        model.addAttribute("counties", scope.isCityWide() ? regions.counties() : List.of());
        return "planning/tasks";
    }

    /** The tasks of the page as an .xlsx: one row per enterprise, the county's requirement in the title. */
    @GetMapping("/planning/tasks.xlsx")
    ResponseEntity<byte[]> tasksXlsx(@RequestParam String county, @RequestParam YearMonth period) {
        CountyTasks shown = tasks.tasks(county, period);
        List<String> headers = new ArrayList<>();
        for (String key : List.of("enterprise", "creditCode", "lastYearBase", "task", "grossOutput")) {
            headers.add(Messages.get("planning.tasks." + key));
        }
        if (shown.dataArrived()) {
            headers.add(Messages.get("planning.tasks.actual"));
            headers.add(Messages.get("planning.tasks.shortfall"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CountyTasks.EnterpriseTask t : shown.tasks()) {
            List<Object> row =
                    new ArrayList<>(List.of(t.name(), t.creditCode(), t.lastYearBase(), t.task(), t.grossOutput()));
            if (shown.dataArrived()) {
                row.add(t.actual());
                row.add(t.shortfall());
            }
            rows.add(row);
        }
        String title = Messages.get("planning.tasks.export.title", shown.countyName(), period, shown.requirement());
        byte[] file = ExcelExport.xlsx(new ExcelTable(Messages.get("planning.tasks.title"), title, headers, rows, 2));
        String name = Messages.get("planning.tasks.export.file", shown.countyName(), period) + ".xlsx";
        return ExcelExport.download(file, name);
    }

    /** The largest task a person may type, 万元: well inside the stored NUMERIC(18,2). */
    static final BigDecimal MAX_TASK = new BigDecimal("1000000000000");

    /** Bad input (letters, a negative or absurd number) returns to the page with the field named; nothing changes. */
    @PostMapping("/planning/tasks/adjust")
    String adjust(
            @RequestParam String county,
            @RequestParam YearMonth period,
            @RequestParam String creditCode,
            @RequestParam(required = false) String task,
            RedirectAttributes redirect,
            Locale locale) {
        if (task == null || task.isBlank()) {
            tasks.reset(county, period, creditCode);
        } else {
            BigDecimal value = parseTask(task);
            if (value == null) {
                // checked after the scope, so that a refused user learns nothing from the message
                tasks.requireAdjustable(county);
                redirect.addFlashAttribute(
                        "error", messages.getMessage("planning.tasks.error.task", new Object[] {MAX_TASK}, locale));
            } else {
                tasks.adjust(county, period, creditCode, value);
            }
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/planning/tasks")
                        .queryParam("county", county)
                        .queryParam("period", period)
                        .build()
                        .toUriString();
    }

    /** The typed task, or {@code null} when it is not a number from 0 to {@link #MAX_TASK}. */
    private static @Nullable BigDecimal parseTask(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            return value.signum() < 0 || value.compareTo(MAX_TASK) > 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
