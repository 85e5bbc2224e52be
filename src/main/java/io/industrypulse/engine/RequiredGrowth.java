package io.industrypulse.engine;

import java.util.OptionalDouble;

/**
 * Required growth of the remaining months (倒推, DESIGN.md section 5): with {@code Cd}, {@code Ad} the comparable value
 * added and the base of months 1..M and the remaining base {@code B = Ad * L(M+1..12) / L(1..M)} estimated from last
 * year's own seasonal profile L, the months M+1..12 need {@code ((1 + t/100) * (Ad + B) - Cd) / B - 1} (in %) for the
 * year to reach t. Used by the engine for every target and by the what-if box for any t.
 */
public final class RequiredGrowth {

    private RequiredGrowth() {}

    /**
     * @param comparableDone Cd
     * @param baseDone Ad
     * @param profileDone L(1..M)
     * @param profileRest L(M+1..12)
     * @param target t, %
     * @return the required growth in %; empty when B cannot be estimated (no base, no profile, M = 12)
     */
    public static OptionalDouble of(
            double comparableDone, double baseDone, double profileDone, double profileRest, double target) {
        OptionalDouble needed = valueStillNeeded(comparableDone, baseDone, profileDone, profileRest, target);
        if (needed.isEmpty()) {
            return needed;
        }
        double rest = baseDone * profileRest / profileDone;
        return OptionalDouble.of((needed.getAsDouble() / rest - 1) * 100);
    }

    /** Value added still to produce in months M+1..12: {@code (1 + t/100) * (Ad + B) - Cd}; empty as {@link #of}. */
    public static OptionalDouble valueStillNeeded(
            double comparableDone, double baseDone, double profileDone, double profileRest, double target) {
        if (!(profileDone > 0 && profileRest > 0 && baseDone > 0)) {
            return OptionalDouble.empty();
        }
        double rest = baseDone * profileRest / profileDone;
        return OptionalDouble.of((1 + target / 100) * (baseDone + rest) - comparableDone);
    }
}
