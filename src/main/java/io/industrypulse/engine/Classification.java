package io.industrypulse.engine;

/**
 * Status of a region against its target on the published (rounded half-up to 0.1) cumulative growth g and target t
 * (DESIGN.md section 5).
 */
public enum Classification {
    /** g >= t. */
    ON_TRACK,
    /** 0 <= g < t. */
    BELOW_TARGET,
    /** g < 0. */
    NEGATIVE;

    static Classification of(double publishedCumGrowth, double target) {
        if (publishedCumGrowth >= target) {
            return ON_TRACK;
        }
        return publishedCumGrowth >= 0 ? BELOW_TARGET : NEGATIVE;
    }

    /** The identifier used in documents: {@code on_track}, {@code below_target}, {@code negative}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
