package io.industrypulse.statdata;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.RegionService;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The {@code /review} page (审核 / 核实性错误): the period's soft flags with filters; htmx forms explain (county),
 * accept or return (city). From htmx a POST answers the flag's table row (with the refusal, if any); from a plain
 * form, the page.
 */
@Controller
class ReviewController {

    private final ReviewFlagService flags;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;
    private final StatDataService statData;
    private final StatisticsCalendar calendar;

    ReviewController(
            ReviewFlagService flags,
            RegionService regions,
            CurrentUser currentUser,
            java.time.Clock clock,
            StatDataService statData,
            StatisticsCalendar calendar) {
        this.statData = statData;
        this.calendar = calendar;
        this.flags = flags;
        this.regions = regions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/review")
    String page(
            @RequestParam(required = false) @Nullable YearMonth period,
            @RequestParam(required = false) @Nullable String county,
            @RequestParam(required = false) @Nullable FlagState state,
            @RequestParam(required = false) @Nullable String rule,
            Model model) {
        UserScope scope = currentUser.scope();
        if (!ReviewFlagService.mayRead(scope)) {
            throw new AccessDeniedException(Messages.get("review.error.denied"));
        }
        // the session's current period (kept by the monitoring pages), else the latest month with data
        YearMonth month = period != null
                ? period
                : io.industrypulse.account.PeriodChoice.chosen()
                        .or(() -> statData.periods().stream().max(YearMonth::compareTo))
                        .orElse(io.industrypulse.account.ShownTime.thisMonth(clock));
        model.addAttribute("period", month);
        model.addAttribute("notReported", statData.periods().contains(month) ? null : calendar.notReported(month));
        model.addAttribute("county", scope.isCityWide() ? county : scope.regionCode());
        model.addAttribute("state", state);
        model.addAttribute("rule", rule);
        model.addAttribute("flags", flags.flags(month, county, state, rule, scope));
        model.addAttribute("counties", scope.isCityWide() ? regions.counties() : List.of());
        model.addAttribute("states", FlagState.values());
        model.addAttribute("rules", List.of("S1", "S2", "S3", "S5", "S6"));
        common(model, scope);
        return "review/flags";
    }

    @PostMapping("/review/flags/{id}/explanation")
    String explain(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String text,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        UserScope scope = currentUser.scope();
        return answer(id, htmx, model, scope, () -> flags.explain(id, category, text, scope));
    }

    @PostMapping("/review/flags/{id}/accept")
    String accept(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String comment,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        UserScope scope = currentUser.scope();
        return answer(id, htmx, model, scope, () -> flags.accept(id, comment, scope));
    }

    @PostMapping("/review/flags/{id}/return")
    String returnFlag(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String comment,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        UserScope scope = currentUser.scope();
        return answer(id, htmx, model, scope, () -> flags.returnFlag(id, comment, scope));
    }

    private String answer(
            long id,
            @Nullable String htmx,
            Model model,
            UserScope scope,
            java.util.function.Supplier<ReviewFlag> action) {
        ReviewFlag flag;
        try {
            flag = action.get();
        } catch (IllegalArgumentException | ReviewFlagConflictException e) {
            flag = flags.flag(id, scope);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorId", id);
        }
        if (!"true".equals(htmx) && !model.containsAttribute("error")) {
            return "redirect:/review?period=" + flag.period();
        }
        common(model, scope);
        if ("true".equals(htmx)) {
            model.addAttribute("f", flag);
            return "review/flag-row :: row";
        }
        model.addAttribute("period", flag.period());
        model.addAttribute("county", scope.isCityWide() ? null : scope.regionCode());
        model.addAttribute("flags", flags.flags(flag.period(), null, null, null, scope));
        model.addAttribute("counties", scope.isCityWide() ? regions.counties() : List.of());
        model.addAttribute("states", FlagState.values());
        model.addAttribute("rules", List.of("S1", "S2", "S3", "S5", "S6"));
        return "review/flags";
    }

    private void common(Model model, UserScope scope) {
        Map<String, String> names = new LinkedHashMap<>();
        regions.counties().forEach(r -> names.put(r.code(), r.name()));
        model.addAttribute("countyNames", names);
        model.addAttribute("mayExplain", ReviewFlagService.mayExplain(scope));
        model.addAttribute("mayReview", ReviewFlagService.mayReview(scope));
        model.addAttribute("categories", ReasonCategory.values());
    }
}
