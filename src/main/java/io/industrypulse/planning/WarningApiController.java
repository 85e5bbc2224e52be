package io.industrypulse.planning;

import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/warnings?period=YYYY-MM}: the month's warnings in the caller's scope (default: latest month). */
@RestController
class WarningApiController {

    private final WarningService warnings;

    WarningApiController(WarningService warnings) {
        this.warnings = warnings;
    }

    /**
     * The warnings (预警) of a month in the caller's scope: targets hard to reach, negative pull, tasks missed,
     * reporting behind, projects behind or not started, net increase short.
     *
     * @param period the month {@code YYYY-MM}; the latest with data when left out
     */
    @GetMapping("/api/v1/warnings")
    List<Warning> warnings(@RequestParam(required = false) YearMonth period) {
        YearMonth month = period != null ? period : warnings.latestPeriod().orElse(null);
        return month == null ? List.of() : warnings.warnings(month);
    }
}
