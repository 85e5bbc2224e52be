package io.industrypulse.statdata;

/**
 * Where a soft flag stands: {@code OPEN → EXPLAINED → ACCEPTED} or {@code → RETURNED → EXPLAINED ...}; {@code CLOSED}
 * when a re-import no longer raises it with the same values.
 */
public enum FlagState {
    OPEN,
    EXPLAINED,
    ACCEPTED,
    RETURNED,
    CLOSED;

    /** Whether the county may (re-)explain it. */
    public boolean explainable() {
        return this == OPEN || this == RETURNED;
    }

    /** Whether a city reviewer may accept or return it. */
    public boolean reviewable() {
        return this == EXPLAINED;
    }

    /** Still needing work (counts as flagged in the reporting progress): not accepted and not closed. */
    public boolean pending() {
        return this == OPEN || this == EXPLAINED || this == RETURNED;
    }
}
