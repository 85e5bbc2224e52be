package io.industrypulse.planning;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.monitor.CurrentPeriod;
import io.industrypulse.region.RegionService;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.statdata.StatisticsCalendar;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The {@code /planning/warnings} page, arranged by {@link WarningBoard}. */
@Controller
class WarningController {

    private final WarningService warnings;
    private final WarningSettings settings;
    private final CurrentPeriod periods;
    private final StatDataService statData;
    private final StatisticsCalendar calendar;
    private final CurrentUser currentUser;
    private final RegionService regions;

    WarningController(
            WarningService warnings,
            WarningSettings settings,
            CurrentPeriod periods,
            StatDataService statData,
            StatisticsCalendar calendar,
            CurrentUser currentUser,
            RegionService regions) {
        this.warnings = warnings;
        this.settings = settings;
        this.periods = periods;
        this.statData = statData;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.regions = regions;
    }

    /**
     * @param level {@code county} (the city's and the counties' warnings) or {@code enterprise}; both when absent
     * @param page the page of the county-level list
     * @param epage the page of the enterprise list of the county filtered on
     */
    @GetMapping("/planning/warnings")
    String warnings(
            @RequestParam(required = false) YearMonth period,
            @RequestParam(required = false) @Nullable WarningRule rule,
            @RequestParam(required = false) @Nullable String county,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "1") int epage,
            Model model) {
        // the current period's month; a month asked for becomes the current period when it is published
        YearMonth month = period != null
                ? period
                : periods.current().or(warnings::latestPeriod).orElse(null);
        if (period != null) {
            periods.choose(period);
        }
        model.addAttribute("period", month);
        model.addAttribute(
                "notReported",
                month == null || statData.periods().contains(month) ? null : calendar.notReported(month));
        String shownCounty = county == null || county.isBlank() ? null : county;
        WarningBoard board = WarningBoard.of(
                month == null ? List.of() : warnings.warnings(month), rule, shownCounty, level, page, epage);
        model.addAttribute("regionWarnings", board.regionWarnings());
        model.addAttribute("enterpriseGroups", board.enterpriseGroups());
        model.addAttribute("enterpriseCount", board.enterpriseCount());
        model.addAttribute("anyWarnings", board.any());
        model.addAttribute("rule", rule);
        model.addAttribute("county", shownCounty);
        model.addAttribute("level", level);
        model.addAttribute("rules", WarningRule.values());
        model.addAttribute("counties", currentUser.scope().isCityWide() ? regions.counties() : List.of());
        model.addAttribute("settings", settings);
        return "planning/warnings";
    }

    /**
     * The number on the menu's 预警 entry ({@link WarningService#headerCount}). Every page's menu asks for it once
     * shown: after a data change the page renders as soon as the snapshot is there, and the number follows when the
     * warnings are (at province size they took 0.3-0.4 s after a month's import).
     */
    @GetMapping("/planning/warnings/count")
    String count(Model model) {
        model.addAttribute("warningCount", warnings.headerCount(currentUser.scope()));
        return "fragments/layout :: warningCount";
    }
}
