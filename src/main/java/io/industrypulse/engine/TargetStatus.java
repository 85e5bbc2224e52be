package io.industrypulse.engine;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A region's position against its annual target t at month M (DESIGN.md section 5, METHODOLOGY 11 items 4 and 7).
 *
 * @param target t, %
 * @param requiredRestGrowth growth the months M+1..12 need so that the year reaches t:
 *     {@code ((1 + t/100) * (Ad + B) - Cd) / B - 1}, in %, with the remaining base {@code B = Ad * L(M+1..12) /
 *     L(1..M)} from last year's own seasonal profile L; absent when M = 12 or B = 0
 * @param valueStillNeeded value added (万元, comparable prices) still to produce in M+1..12: {@code (1 + t/100) * (Ad +
 *     B) - Cd}; absent with {@code requiredRestGrowth}
 * @param classification on the published cumulative growth; absent when the cumulative growth is undefined
 * @param twoNotBelow 两个不低于; absent when the growth is undefined or a benchmark is not published for the month
 */
public record TargetStatus(
        double target,
        OptionalDouble requiredRestGrowth,
        OptionalDouble valueStillNeeded,
        Optional<Classification> classification,
        Optional<TwoNotBelow> twoNotBelow) {}
