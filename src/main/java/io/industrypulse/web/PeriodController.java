package io.industrypulse.web;

import io.industrypulse.monitor.CurrentPeriod;
import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /period?value=2026-09&back=/monitor/ranking}: the header's picker. Keeps the chosen period for the session
 * (as {@code ?lang=} keeps the language) and returns to the page, which then shows that period. A period without
 * published figures is ignored; {@code back} must be a path of this site, else the user's home.
 */
@Controller
class PeriodController {

    private final CurrentPeriod periods;

    PeriodController(CurrentPeriod periods) {
        this.periods = periods;
    }

    @GetMapping("/period")
    String choose(@RequestParam YearMonth value, @RequestParam(required = false) String back) {
        periods.choose(value);
        return "redirect:" + localPath(back);
    }

    /** {@code back} when it is a path of this site (not {@code //host} or {@code /\host}), else "/". */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")) {
            return "/";
        }
        for (int i = 0; i < back.length(); i++) {
            if (Character.isISOControl(back.charAt(i))) {
                return "/";
            }
        }
        return back;
    }
}
