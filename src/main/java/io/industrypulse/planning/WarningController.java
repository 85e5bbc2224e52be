package io.industrypulse.planning;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The {@code /planning/warnings} page. */
@Controller
class WarningController {

    private final WarningService warnings;
    private final WarningSettings settings;

    WarningController(WarningService warnings, WarningSettings settings) {
        this.warnings = warnings;
        this.settings = settings;
    }

    @GetMapping("/planning/warnings")
    String warnings(@RequestParam(required = false) YearMonth period, Model model) {
        YearMonth month = period != null ? period : warnings.latestPeriod().orElse(null);
        model.addAttribute("period", month);
        model.addAttribute("warnings", month == null ? List.of() : warnings.warnings(month));
        model.addAttribute("settings", settings);
        return "planning/warnings";
    }
}
