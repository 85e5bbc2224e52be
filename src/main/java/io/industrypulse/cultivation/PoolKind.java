package io.industrypulse.cultivation;

/** The two pools counties keep (METHODOLOGY.md 14.2); labels under {@code cultivation.kind.*}. */
public enum PoolKind {
    /** 小升规: an existing small enterprise growing towards the threshold (annual batches). */
    SMALL,
    /** 新建新投产: set up or in production since October of last year (monthly batches too). */
    NEW
}
