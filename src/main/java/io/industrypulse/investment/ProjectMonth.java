package io.industrypulse.investment;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A project's month of progress.
 *
 * @param completed investment completed in the month, 万元
 * @param image 形象进度, in words
 * @param physical 实物量 notes
 * @param problems the problems the county reports (存在问题)
 */
public record ProjectMonth(
        String code,
        YearMonth period,
        BigDecimal completed,
        @Nullable String image,
        @Nullable String physical,
        @Nullable String problems) {}
