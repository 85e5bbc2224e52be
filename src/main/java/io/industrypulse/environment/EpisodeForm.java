package io.industrypulse.environment;

import org.jspecify.annotations.Nullable;

/**
 * A new episode as entered: level (YELLOW, ORANGE, RED, or STAGGER with a key industry), start and end as
 * {@code yyyy-MM-dd} or {@code yyyy-MM-ddTHH:mm} (a date alone: the whole day, the end inclusive), the county
 * group (blank: every county), floors in percent (blank: the level's national floor), whether counties behind target
 * are spared, and the forecast wind, one day a line: {@code 2026-12-03 45} (degrees) or {@code 2026-12-03 东北}.
 */
public record EpisodeForm(
        @Nullable String name,
        @Nullable String level,
        @Nullable String industryCode,
        @Nullable String startsAt,
        @Nullable String endsAt,
        @Nullable String groupCode,
        @Nullable String floorSo2,
        @Nullable String floorNox,
        @Nullable String floorPm,
        @Nullable String floorVoc,
        @Nullable Boolean spareBehind,
        @Nullable String wind) {}
