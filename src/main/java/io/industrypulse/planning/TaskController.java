package io.industrypulse.planning;

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

    TaskController(TaskService tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/planning/tasks")
    String tasks(@RequestParam String county, @RequestParam YearMonth period, Model model) {
        model.addAttribute("tasks", tasks.tasks(county, period));
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
