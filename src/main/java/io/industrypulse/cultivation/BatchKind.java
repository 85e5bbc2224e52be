package io.industrypulse.cultivation;

/** 年度 or 月度 batch (METHODOLOGY.md 5); labels under {@code cultivation.batch.kind.*}. */
public enum BatchKind {
    ANNUAL,
    /** Only for 新建新投产 enterprises. */
    MONTHLY
}
