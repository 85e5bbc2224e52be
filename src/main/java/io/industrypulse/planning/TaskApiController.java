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

    @GetMapping("/api/v1/tasks")
    CountyTasks tasks(@RequestParam String county, @RequestParam YearMonth period) {
        return tasks.tasks(county, period);
    }
}
