package io.industrypulse.planning;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.UserScope;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionService;
import io.industrypulse.statdata.StatDataService;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The {@code /planning/tasks} page: a county's tasks for a month, adjustable by the county user. */
@Controller
class TaskController {

    private final TaskService tasks;
    private final CurrentUser currentUser;
    private final RegionService regions;
    private final StatDataService statData;

    TaskController(TaskService tasks, CurrentUser currentUser, RegionService regions, StatDataService statData) {
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
                : scope.countyOrNull() != null
                        ? scope.countyOrNull()
                        : regions.counties().stream()
                                .findFirst()
                                .map(Region::code)
                                .orElseThrow(() -> new PlanningNotFoundException("还没有区县"));
        YearMonth shownPeriod = period != null
                ? period
                : statData.periods().stream()
                        .max(YearMonth::compareTo)
                        .map(latest -> latest.plusMonths(1))
                        .orElseThrow(() -> new PlanningNotFoundException("还没有月度数据"));
        model.addAttribute("tasks", tasks.tasks(shownCounty, shownPeriod));
        return "planning/tasks";
    }

    @PostMapping("/planning/tasks/adjust")
    String adjust(
            @RequestParam String county,
            @RequestParam YearMonth period,
            @RequestParam String creditCode,
            @RequestParam(required = false) BigDecimal task) {
        if (task == null) {
            tasks.reset(county, period, creditCode);
        } else {
            tasks.adjust(county, period, creditCode, task);
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/planning/tasks")
                        .queryParam("county", county)
                        .queryParam("period", period)
                        .build()
                        .toUriString();
    }
}
