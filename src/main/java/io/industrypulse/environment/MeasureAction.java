package io.industrypulse.environment;

/** The kinds of measure of the rules (METHODOLOGY.md 7.3, 7.4); labels under {@code environment.action.*}. */
public enum MeasureAction {
    /** 自主减排: the enterprise's own measures, no output cut imposed. */
    AUTONOMOUS,
    /** 限产 x% (以限代停). */
    LIMIT,
    /** 停产 x% of production lines (以停代限). */
    STOP_LINES,
    /** 停产. */
    STOP,
    /** 错峰生产 (staggered production on its own calendar). */
    STAGGER
}
