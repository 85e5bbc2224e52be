package io.industrypulse.dispatch;

import org.jspecify.annotations.Nullable;

/**
 * What an enterprise back to normal production would add for the rest of the year (DESIGN.md section 5.1, the
 * engine's {@code OutputAtStake}).
 *
 * @param valueAdded comparable value added, 万元
 * @param countyPoints percentage points of its county's growth for the year
 * @param cityPoints percentage points of the city's
 */
public record EnterpriseStake(
        double valueAdded,
        @Nullable Double countyPoints,
        @Nullable Double cityPoints) {}
