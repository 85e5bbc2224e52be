package io.industrypulse.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The one zone the platform shows and counts days in (DESIGN.md section 3: stored in UTC, shown in Asia/Shanghai),
 * always read through the application's {@link Clock}, which tests replace; never {@code now()} without it.
 */
public final class ShownTime {

    /** Asia/Shanghai. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ShownTime() {}

    /** The Beijing day of an instant. */
    public static LocalDate day(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** Today in Beijing time. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** This month in Beijing time. */
    public static YearMonth thisMonth(Clock clock) {
        return YearMonth.now(clock.withZone(ZONE));
    }

    /** The time of day in Beijing time, to the second. */
    public static LocalTime timeOfDay(Clock clock) {
        return LocalTime.now(clock.withZone(ZONE)).withNano(0);
    }
}
