package io.industrypulse.engine;

/** The kinds of group the engine reports on, and the whole each is measured within (pull, contribution). */
public enum GroupKind {
    /** The city: the whole; no pull or contribution. */
    CITY,
    /** A county, within the city. */
    COUNTY,
    /** An industry division (GB/T 4754, 2 digits), within the city. */
    DIVISION,
    /** A division inside one county, within that county. */
    COUNTY_DIVISION,
    /** An arbitrary enterprise group (重点企业, a chain), within the city. */
    TAG
}
