package io.industrypulse.environment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An alert episode (重污染天气预警过程) or, with level {@link AlertLevel#STAGGER}, a 错峰生产 calendar of one key
 * industry.
 *
 * @param id the episode's number
 * @param name its name
 * @param level YELLOW, ORANGE or RED alert, or STAGGER for a 错峰生产 calendar
 * @param industryCode the key industry of a 错峰 calendar, else {@code null}
 * @param startsAt when it starts (local time)
 * @param endsAt when it ends, exclusive
 * @param groupCode the county group it covers, {@code null} for every county
 * @param floors the reduction floors, shares
 * @param spareBehind whether the optimiser spares counties behind their growth target
 * @param wind the forecast wind direction (degrees, from the north) by day, where given
 * @param adoptedKind the plan adopted, or {@code null}
 * @param adoptedBy who adopted the plan
 * @param adoptedAt when the plan was adopted
 * @param endedAt when it was ended early, or {@code null}
 * @param createdBy who entered the episode
 * @param createdAt when it was entered
 */
public record Episode(
        long id,
        String name,
        AlertLevel level,
        @Nullable String industryCode,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        @Nullable String groupCode,
        Pollutants floors,
        boolean spareBehind,
        Map<LocalDate, Integer> wind,
        @Nullable PlanKind adoptedKind,
        @Nullable String adoptedBy,
        @Nullable Instant adoptedAt,
        @Nullable LocalDateTime endedAt,
        String createdBy,
        Instant createdAt) {

    public Episode {
        wind = Map.copyOf(wind);
    }

    /** When it really ends: its end, or earlier when it was ended. */
    public LocalDateTime effectiveEnd() {
        return endedAt != null && endedAt.isBefore(endsAt) ? endedAt : endsAt;
    }

    /** Whether it is under way at {@code now}. */
    public boolean running(LocalDateTime now) {
        return !now.isBefore(startsAt) && now.isBefore(effectiveEnd());
    }

    /** Whether it is over at {@code now}. */
    public boolean over(LocalDateTime now) {
        return !now.isBefore(effectiveEnd());
    }
}
