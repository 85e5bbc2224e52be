package io.industrypulse.enterprise;

/** How an enterprise entered the above-size (规上) scope (METHODOLOGY 5). */
public enum AboveSizeEntry {
    /** Already above-size when the registry was first loaded. */
    INITIAL,
    /** 小升规: a below-size enterprise reached the threshold (annual or monthly batch). */
    UPGRADE,
    /** 新建投产: a newly producing plant entered statistics. */
    NEW_PRODUCTION
}
