package io.industrypulse.monitor;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The city or one county in the quarter view at month M, as published (half-up to one decimal); {@code null} where a
 * figure is undefined or its quarter has not begun.
 *
 * @param growth the single-quarter growth of each quarter (1..4, index 0..3): the whole quarter once it is over, the
 *     months done so far while it runs
 * @param cumGrowth the cumulative growth at each quarter's end (1-3月, 1-6月, 1-9月, 1-12月), once it is over
 * @param fourthBetter 四季度好于三季度 on the published figures (the fourth quarter so far), once the third is over
 *     and the fourth has begun
 * @param gap the fourth quarter's published growth minus the third's, percentage points
 * @param restRequired the growth the fourth quarter's remaining months need for it to be published 0.1 point above
 *     the third (DESIGN.md section 5: the rest's base estimated from last year's profile)
 * @param visible whether the user may open the region's page
 */
record QuarterRow(
        String code,
        String name,
        boolean city,
        List<@Nullable Double> growth,
        List<@Nullable Double> cumGrowth,
        @Nullable Boolean fourthBetter,
        @Nullable Double gap,
        @Nullable Double restRequired,
        boolean visible) {}
