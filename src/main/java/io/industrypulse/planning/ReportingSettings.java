package io.industrypulse.planning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code industrypulse.reporting.*}: the reporting deadline of the monthly B204-1 data (联网直报).
 *
 * @param deadlineDay the day of the following month by which a period's data are due (default 5: METHODOLOGY.md gives
 *     no date; the monthly industrial reports are due in the first days of the following month, and the 5th leaves the
 *     bureau's review before the data are published). A day beyond the month's length means its last day.
 */
@ConfigurationProperties("industrypulse.reporting")
record ReportingSettings(@DefaultValue("5") int deadlineDay) {

    ReportingSettings {
        if (deadlineDay < 1 || deadlineDay > 31) {
            throw new IllegalArgumentException(
                    "industrypulse.reporting.deadline-day must be 1..31, got " + deadlineDay);
        }
    }
}
