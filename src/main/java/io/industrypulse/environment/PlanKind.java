package io.industrypulse.environment;

/** The three plans of an episode (issue 13); labels under {@code environment.plan.*}. */
public enum PlanKind {
    /** 一刀切: every enterprise the same 限产 share on top of its own measure, the smallest that meets the floors. */
    UNIFORM,
    /** The grade-based list: each enterprise its grade's measure. */
    BY_GRADE,
    /** The least-output-loss plan. */
    OPTIMISED;

    /** The kind named in a URL ({@code uniform}, {@code by_grade} or {@code by-grade}, {@code optimised}). */
    static PlanKind parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    io.industrypulse.i18n.Messages.get("environment.error.unknownKind", value));
        }
    }
}
