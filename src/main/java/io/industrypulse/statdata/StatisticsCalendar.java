package io.industrypulse.statdata;

import io.industrypulse.i18n.Messages;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code industrypulse.reporting.*}: the statistics calendar of the monthly B204-1 data (联网直报), read by the
 * reporting progress, the warnings and every page that has nothing yet for its period.
 *
 * @param deadlineDay the day of the following month by which a period's data are due (default 5: METHODOLOGY.md gives
 *     no date; the monthly industrial reports are due in the first days of the following month, and the 5th leaves the
 *     bureau's review before the data are published). A day beyond the month's length means its last day.
 */
@ConfigurationProperties("industrypulse.reporting")
public record StatisticsCalendar(@DefaultValue("5") int deadlineDay) {

    public StatisticsCalendar {
        if (deadlineDay < 1 || deadlineDay > 31) {
            throw new IllegalArgumentException(
                    "industrypulse.reporting.deadline-day must be 1..31, got " + deadlineDay);
        }
    }

    /** The day the period's data are due. */
    public LocalDate deadline(YearMonth period) {
        YearMonth next = period.plusMonths(1);
        return next.atDay(Math.min(deadlineDay, next.lengthOfMonth()));
    }

    /** "2026年12月数据尚未上报，截止日期2027年1月5日。": what a page with nothing yet for {@code period} says. */
    public String notReported(YearMonth period) {
        LocalDate due = deadline(period);
        return Messages.get(
                "period.notReported",
                String.valueOf(period.getYear()),
                period.getMonthValue(),
                String.valueOf(due.getYear()),
                due.getMonthValue(),
                due.getDayOfMonth(),
                due.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }
}
