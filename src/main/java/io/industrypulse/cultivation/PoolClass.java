package io.industrypulse.cultivation;

/** Where a pool enterprise stands (issue 14); labels under {@code cultivation.class.*}. */
public enum PoolClass {
    /** 已达标: its last twelve months reach the threshold. */
    QUALIFIED,
    /** 临规: projected to reach it this year, or its last twelve months over the near-entry setting. */
    NEAR,
    /** 培育: the rest. */
    GROWING
}
