package io.industrypulse.dispatch;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working days (工作日) for ticket time limits: Monday to Friday, except the statutory holidays (法定节假日), plus the
 * weekend days made working by the holiday arrangement (调休上班). The exceptions come from the {@code working_calendar}
 * table, shipped with the State Council's arrangements for 2025 and 2026 and editable by the administrator.
 *
 * @param exceptions the days that differ from the Monday-to-Friday rule: {@code false} a holiday, {@code true} a
 *     make-up working day
 */
record WorkingDays(Map<LocalDate, Boolean> exceptions) {

    WorkingDays {
        exceptions = Map.copyOf(exceptions);
    }

    boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /**
     * The due date of a time limit of {@code days} working days counted from {@code start}: the {@code days}-th working
     * day after it (a ticket opened on a Friday with one working day to accept is due on Monday). Zero days: the next
     * working day on or after {@code start}.
     */
    LocalDate plusWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate day = start;
        if (days == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days from {@code due} (exclusive) to {@code today} (inclusive): how many a ticket is overdue. */
    int workingDaysAfter(LocalDate due, LocalDate today) {
        int count = 0;
        for (LocalDate day = due.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
