package io.industrypulse.dispatch;

import io.industrypulse.account.ShownTime;
import io.industrypulse.i18n.Messages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 办理时限与工作日历: the administrator's page of {@link TicketSettings}. */
@Controller
@RequestMapping("/admin/ticket-settings")
class TicketSettingsController {

    private final TicketSettings settings;
    private final Clock clock;

    TicketSettingsController(TicketSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(required = false) @Nullable Integer year, Model model) {
        return page(year, model, null);
    }

    @PostMapping("/limits")
    String saveLimit(
            @RequestParam(required = false) @Nullable TicketCategory category,
            @RequestParam(required = false) @Nullable TicketLevel level,
            @RequestParam(required = false) @Nullable Integer acceptDays,
            @RequestParam(required = false) @Nullable Integer solveDays,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            TimeLimit saved = settings.saveTimeLimit(category, level, acceptDays, solveDays);
            redirect.addFlashAttribute(
                    "message",
                    Messages.get(
                            "dispatch.settings.limitSaved",
                            Messages.get("dispatch.ticket.category."
                                    + saved.category().name()),
                            Messages.get(
                                    "dispatch.ticket.level." + saved.level().name())));
            return "redirect:/admin/ticket-settings";
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(null, model, e.getMessage());
        }
    }

    @PostMapping("/calendar")
    String saveDay(
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) @Nullable Boolean working,
            @RequestParam(required = false) @Nullable String note,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            CalendarDay saved = settings.saveCalendarDay(day, working, note);
            redirect.addFlashAttribute("message", Messages.get("dispatch.settings.daySaved", saved.day()));
            return "redirect:/admin/ticket-settings?year=" + saved.day().getYear();
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(day == null ? null : day.getYear(), model, e.getMessage());
        }
    }

    @PostMapping("/calendar/delete")
    String deleteDay(
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            settings.deleteCalendarDay(day);
            redirect.addFlashAttribute("message", Messages.get("dispatch.settings.dayDeleted", day));
            return "redirect:/admin/ticket-settings?year=" + day.getYear();
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(day == null ? null : day.getYear(), model, e.getMessage());
        }
    }

    private String page(@Nullable Integer year, Model model, @Nullable String error) {
        int shown = year == null ? ShownTime.today(clock).getYear() : year;
        model.addAttribute("limits", settings.timeLimits());
        model.addAttribute("year", shown);
        model.addAttribute("days", settings.calendar(shown));
        model.addAttribute("levels", TicketLevel.values());
        model.addAttribute("error", error);
        return "dispatch/ticket-settings";
    }
}
