package io.industrypulse.engine;

/**
 * 两个不低于 (DESIGN.md section 5) and each of its criteria, on the published cumulative growth: not below the own
 * target, not below the official province cumulative, not below the official city cumulative.
 */
public record TwoNotBelow(boolean notBelowTarget, boolean notBelowProvince, boolean notBelowCity) {

    /** All three criteria hold. */
    public boolean met() {
        return notBelowTarget && notBelowProvince && notBelowCity;
    }
}
