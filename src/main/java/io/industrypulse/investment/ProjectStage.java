package io.industrypulse.investment;

/**
 * Where a project stands, in order: 谋划 → 招引 → 签约 → 开工 (在建) → 竣工 → 投产, or 停缓建 at any point; labels under
 * {@code investment.stage.*}.
 */
public enum ProjectStage {
    /** 谋划. */
    PLANNING,
    /** 招引. */
    ATTRACTING,
    /** 签约. */
    SIGNED,
    /** 开工 (在建). */
    CONSTRUCTION,
    /** 竣工. */
    COMPLETED,
    /** 投产. */
    PRODUCTION,
    /** 停缓建. */
    SUSPENDED;

    /** 谋划, 招引 and 签约: next year's pipeline. */
    public boolean pipeline() {
        return this == PLANNING || this == ATTRACTING || this == SIGNED;
    }

    /** Whether works have started: 在建, 竣工, 投产 (and a suspended project that had started, by its start date). */
    public boolean started() {
        return this == CONSTRUCTION || this == COMPLETED || this == PRODUCTION;
    }
}
