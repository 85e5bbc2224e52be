package io.industrypulse.investment;

/** 工业投资 or 技术改造; labels under {@code investment.kind.*}. */
public enum ProjectKind {
    /** 工业投资: a new industrial project. */
    INDUSTRIAL,
    /** 技术改造: an existing enterprise's renovation. */
    RENOVATION
}
