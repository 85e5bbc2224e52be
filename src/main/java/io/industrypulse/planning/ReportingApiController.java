package io.industrypulse.planning;

import io.industrypulse.account.CurrentUser;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/reporting?period=YYYY-MM}: reporting progress in the caller's scope (default: the month due). */
@RestController
class ReportingApiController {

    private final ReportingService reporting;
    private final CurrentUser currentUser;

    ReportingApiController(ReportingService reporting, CurrentUser currentUser) {
        this.reporting = reporting;
        this.currentUser = currentUser;
    }

    /**
     * 应统尽统: how many of the enterprises due to report a period have reported, by county, in the caller's scope.
     *
     * @param period the period {@code YYYY-MM}; the one being reported now when left out
     */
    @GetMapping("/api/v1/reporting")
    ReportingProgress progress(@RequestParam(required = false) @Nullable YearMonth period) {
        return reporting.progress(period != null ? period : reporting.currentPeriod(), currentUser.scope());
    }
}
