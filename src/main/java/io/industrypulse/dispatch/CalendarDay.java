package io.industrypulse.dispatch;

import java.time.LocalDate;

/**
 * A day of the working calendar that differs from Monday to Friday.
 *
 * @param working {@code true} a make-up working day on a weekend (调休上班), {@code false} a holiday (放假)
 * @param note what it is (国庆节, 春节调休上班)
 */
record CalendarDay(LocalDate day, boolean working, String note) {}
