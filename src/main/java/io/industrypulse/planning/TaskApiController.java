package io.industrypulse.planning;

import java.time.YearMonth;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/tasks?county=&period=YYYY-MM}: a county's tasks down to each enterprise. */
@RestController
class TaskApiController {

    private final TaskService tasks;

    TaskApiController(TaskService tasks) {
        this.tasks = tasks;
    }

    /**
     * A county's tasks of a month, down to each enterprise: what each must deliver for the county to stay on its plan.
     *
     * @param county the county's code (GB/T 2260)
     * @param period the month {@code YYYY-MM}
     */
    @GetMapping("/api/v1/tasks")
    CountyTasks tasks(@RequestParam String county, @RequestParam YearMonth period) {
        return tasks.tasks(county, period);
    }
}
