package io.industrypulse.dispatch;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.Role;
import io.industrypulse.i18n.Messages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's settings of tickets (issue 12): the time limits (办理时限) per category and level, and the
 * working calendar's holidays and make-up working days. A change applies to the due dates computed from then on; a
 * ticket's current due date stays as it was set. Every change is audited.
 */
@Service
class TicketSettings {

    static final int ACCEPT_MAX = 30;
    static final int SOLVE_MAX = 90;

    private final TicketRepository repository;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    TicketSettings(TicketRepository repository, AuditLog audit, CurrentUser currentUser) {
        this.repository = repository;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** Every category at every level, with its limits (the shipped defaults where the table has no row). */
    @Transactional(readOnly = true)
    List<TimeLimit> timeLimits() {
        requireAdmin();
        Map<String, TimeLimit> stored = repository.timeLimits().stream()
                .collect(Collectors.toMap(t -> t.category() + "/" + t.level(), Function.identity()));
        List<TimeLimit> out = new ArrayList<>();
        for (TicketCategory category : TicketCategory.values()) {
            for (TicketLevel level : TicketLevel.values()) {
                TimeLimit limit = stored.get(category + "/" + level);
                out.add(limit != null ? limit : TimeLimit.byDefault(category, level));
            }
        }
        return out;
    }

    /** @throws IllegalArgumentException naming the field when a number is missing or out of range */
    @Transactional
    TimeLimit saveTimeLimit(
            @Nullable TicketCategory category,
            @Nullable TicketLevel level,
            @Nullable Integer acceptDays,
            @Nullable Integer solveDays) {
        requireAdmin();
        if (category == null) {
            throw new IllegalArgumentException(Messages.get("dispatch.ticket.error.categoryRequired"));
        }
        if (level == null) {
            throw new IllegalArgumentException(Messages.get("dispatch.settings.error.level"));
        }
        if (acceptDays == null || acceptDays < 0 || acceptDays > ACCEPT_MAX) {
            throw new IllegalArgumentException(Messages.get("dispatch.settings.error.acceptDays", ACCEPT_MAX));
        }
        if (solveDays == null || solveDays < 1 || solveDays > SOLVE_MAX) {
            throw new IllegalArgumentException(Messages.get("dispatch.settings.error.solveDays", SOLVE_MAX));
        }
        TimeLimit before = timeLimits().stream()
                .filter(t -> t.category() == category && t.level() == level)
                .findFirst()
                .orElseThrow();
        TimeLimit after = new TimeLimit(category, level, acceptDays, solveDays);
        if (!after.equals(before)) {
            repository.saveTimeLimit(after);
            audit.record("ticket.time_limit", "ticket_time_limit", category + "/" + level, before, after);
        }
        return after;
    }

    @Transactional(readOnly = true)
    List<CalendarDay> calendar(int year) {
        requireAdmin();
        return repository.calendar(year);
    }

    /**
     * Enters a holiday or a make-up working day, or changes one.
     *
     * @throws IllegalArgumentException naming the field when the date or note is missing, or a make-up working day is
     *     not on a weekend
     */
    @Transactional
    CalendarDay saveCalendarDay(@Nullable LocalDate day, @Nullable Boolean working, @Nullable String note) {
        requireAdmin();
        if (day == null) {
            throw new IllegalArgumentException(Messages.get("dispatch.settings.error.day"));
        }
        if (working == null) {
            throw new IllegalArgumentException(Messages.get("dispatch.settings.error.working"));
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > 100) {
            throw new IllegalArgumentException(Messages.get("dispatch.settings.error.note", 100));
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (working && !weekend) {
            throw new IllegalArgumentException(Messages.get("dispatch.settings.error.makeUpWeekday", day));
        }
        CalendarDay after = new CalendarDay(day, working, text);
        CalendarDay before = repository.calendarDay(day).orElse(null);
        if (!Objects.equals(before, after)) {
            repository.saveCalendarDay(after);
            audit.record("ticket.calendar", "working_calendar", day.toString(), before, after);
        }
        return after;
    }

    /** Removes a day from the calendar: it is again what Monday to Friday makes it. */
    @Transactional
    void deleteCalendarDay(@Nullable LocalDate day) {
        requireAdmin();
        if (day == null) {
            throw new IllegalArgumentException(Messages.get("dispatch.settings.error.day"));
        }
        CalendarDay before = repository
                .calendarDay(day)
                .orElseThrow(
                        () -> new IllegalArgumentException(Messages.get("dispatch.settings.error.noSuchDay", day)));
        repository.deleteCalendarDay(day);
        audit.record("ticket.calendar.delete", "working_calendar", day.toString(), before, null);
    }

    private void requireAdmin() {
        if (currentUser.scope().role() != Role.CITY_ADMIN) {
            throw new AccessDeniedException(Messages.get("dispatch.settings.error.denied"));
        }
    }
}
