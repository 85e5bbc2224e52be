package io.industrypulse.demo;

/** How an enterprise came into the above-size scope (METHODOLOGY.md section 5). */
public enum EntryKind {
    /** Above size before the data begins. */
    INITIAL,
    /** 小升规: annual batch of below-scale enterprises reaching the threshold; reports its below-scale base. */
    UPGRADE,
    /** 新建投产: a new plant entering by the monthly batch; no output a year earlier, so its base is 0. */
    NEW_PRODUCTION
}
