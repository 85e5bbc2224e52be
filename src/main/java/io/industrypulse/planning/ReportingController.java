package io.industrypulse.planning;

import io.industrypulse.account.CurrentUser;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The {@code /reporting} page (联网直报进度 / 应统尽统); default period: the month being reported now. */
@Controller
class ReportingController {

    private final ReportingService reporting;
    private final CurrentUser currentUser;

    ReportingController(ReportingService reporting, CurrentUser currentUser) {
        this.reporting = reporting;
        this.currentUser = currentUser;
    }

    @GetMapping("/reporting")
    String page(@RequestParam(required = false) @Nullable YearMonth period, Model model) {
        YearMonth month = period != null ? period : reporting.currentPeriod();
        model.addAttribute("progress", reporting.progress(month, currentUser.scope()));
        return "planning/reporting";
    }
}
