package io.industrypulse.environment;

/** Where a measure rule comes from; labels under {@code environment.basis.*}. */
public enum RuleBasis {
    /** The 2020 guide's table as published (cement clinker, METHODOLOGY.md 7.3). */
    PUBLISHED,
    /** The grade pattern of METHODOLOGY.md 7.1 and 14.1, for an industry whose table we do not have. */
    PATTERN,
    /** Entered or changed here. */
    LOCAL
}
