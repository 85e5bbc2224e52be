package io.industrypulse.planning;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.ListPage;
import io.industrypulse.monitor.CurrentPeriod;
import io.industrypulse.region.RegionService;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.statdata.StatisticsCalendar;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The {@code /planning/warnings} page: the county-level warnings first (the city's and the counties'), then the
 * enterprises' task shortfalls folded per county with their count; filters by rule, county and level; paging.
 */
@Controller
class WarningController {

    /** The warnings of one county's enterprises, the first page of them shown folded. */
    record EnterpriseGroup(String regionCode, String regionName, ListPage<Warning> rows) {}

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
        List<Warning> shown = (month == null ? List.<Warning>of() : warnings.warnings(month))
                .stream()
                        .filter(w -> rule == null || w.rule() == rule)
                        .filter(w -> shownCounty == null || w.regionCode().equals(shownCounty))
                        .toList();
        boolean countyLevel = !"enterprise".equals(level);
        boolean enterpriseLevel = !"county".equals(level);
        List<Warning> regionWarnings =
                countyLevel ? shown.stream().filter(w -> w.creditCode() == null).toList() : List.of();
        Map<String, List<Warning>> byCounty = new LinkedHashMap<>();
        if (enterpriseLevel) {
            shown.stream()
                    .filter(w -> w.creditCode() != null)
                    .sorted(java.util.Comparator.comparing(Warning::regionCode)
                            .thenComparing(Warning::value, java.util.Comparator.reverseOrder()))
                    .forEach(w -> byCounty.computeIfAbsent(w.regionCode(), c -> new ArrayList<>())
                            .add(w));
        }
        List<EnterpriseGroup> groups = byCounty.values().stream()
                .map(rows -> new EnterpriseGroup(
                        rows.get(0).regionCode(),
                        rows.get(0).regionName(),
                        ListPage.of(rows, rows.get(0).regionCode().equals(shownCounty) ? epage : 1)))
                .toList();
        model.addAttribute("regionWarnings", ListPage.of(regionWarnings, page));
        model.addAttribute("enterpriseGroups", groups);
        model.addAttribute(
                "enterpriseCount",
                groups.stream().mapToInt(g -> g.rows().total()).sum());
        model.addAttribute("anyWarnings", !shown.isEmpty());
        model.addAttribute("rule", rule);
        model.addAttribute("county", shownCounty);
        model.addAttribute("level", level);
        model.addAttribute("rules", WarningRule.values());
        model.addAttribute("counties", currentUser.scope().isCityWide() ? regions.counties() : List.of());
        model.addAttribute("settings", settings);
        return "planning/warnings";
    }
}
