package io.industrypulse.planning;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.statdata.StatDataService;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The {@code /planning/forecasts} page: the month's forecasts side by side; a county user enters its own. */
@Controller
class ForecastController {

    private final ForecastService forecasts;
    private final StatDataService statData;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;
    private final io.industrypulse.monitor.CurrentPeriod periods;

    ForecastController(
            ForecastService forecasts,
            StatDataService statData,
            CurrentUser currentUser,
            java.time.Clock clock,
            io.industrypulse.monitor.CurrentPeriod periods) {
        this.periods = periods;
        this.forecasts = forecasts;
        this.statData = statData;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Without a period: the month after the latest data, the one being forecast. */
    @GetMapping("/planning/forecasts")
    String page(@RequestParam(required = false) YearMonth period, Model model) {
        YearMonth shown = period != null
                ? period
                : periods.current()
                        .or(() -> statData.periods().stream().max(YearMonth::compareTo))
                        .map(p -> p.plusMonths(1))
                        .orElse(io.industrypulse.account.ShownTime.thisMonth(clock));
        model.addAttribute("periodBasis", periods.basis(shown, "period.basis.forecast"));
        UserScope scope = currentUser.scope();
        ForecastBoard board = forecasts.board(shown);
        model.addAttribute("board", board);
        model.addAttribute("ownCounty", scope.role() == Role.COUNTY_USER ? scope.regionCode() : null);
        model.addAttribute("mayEnter", scope.role() == Role.COUNTY_USER && !board.dataArrived());
        return "planning/forecasts";
    }

    @PostMapping("/planning/forecasts")
    String submit(
            @RequestParam String county,
            @RequestParam YearMonth period,
            @RequestParam String expectedGrowth,
            RedirectAttributes redirect) {
        try {
            BigDecimal growth;
            try {
                growth = new BigDecimal(expectedGrowth.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Messages.get("forecast.error.notNumber", expectedGrowth));
            }
            forecasts.submit(county, period, growth);
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException | PlanningConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/planning/forecasts?period=" + period;
    }
}
