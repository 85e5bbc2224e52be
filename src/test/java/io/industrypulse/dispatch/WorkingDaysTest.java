package io.industrypulse.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Due dates over the 2026 National Day holiday (国务院办公厅: 10月1日至7日放假调休，9月20日（周日）、10月10日（周六）上班),
 * worked out on a paper calendar.
 */
class WorkingDaysTest {

    private final WorkingDays days = new WorkingDays(nationalDay2026());

    private static Map<LocalDate, Boolean> nationalDay2026() {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        for (int d = 1; d <= 7; d++) {
            exceptions.put(LocalDate.of(2026, 10, d), false);
        }
        exceptions.put(LocalDate.of(2026, 9, 20), true);
        exceptions.put(LocalDate.of(2026, 10, 10), true);
        return exceptions;
    }

    @Test
    void aTicketOpenedBeforeTheHolidayIsDueAfterIt() {
        // Wed 30 Sep + 1 working day: 1–7 Oct off, Thu 8 Oct
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        // Tue 29 Sep + 5: 30 Sep (1), 8 Oct (2), 9 Oct (3), Sat 10 Oct make-up day (4), Mon 12 Oct (5)
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 9, 29), 5)).isEqualTo(LocalDate.of(2026, 10, 12));
        // Fri 18 Sep + 1: the make-up Sunday 20 Sep counts (Sat 19 does not)
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 9, 18), 1)).isEqualTo(LocalDate.of(2026, 9, 20));
        // Fri 25 Sep + 10: 28, 29, 30 Sep, 8, 9, 10, 12, 13, 14, 15 Oct
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 9, 25), 10)).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void holidaysAndWeekendsAreNotWorkingDaysButMakeUpDaysAre() {
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse(); // a Monday in the holiday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue(); // a Saturday worked
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse(); // an ordinary Sunday
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 10, 3), 0)).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void overdueDaysCountOnlyWorkingDays() {
        // due Wed 30 Sep; on Mon 12 Oct it is overdue by 8, 9, 10, 12 Oct = 4 working days
        assertThat(days.workingDaysAfter(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 12)))
                .isEqualTo(4);
        assertThat(days.workingDaysAfter(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30)))
                .isZero();
    }
}
