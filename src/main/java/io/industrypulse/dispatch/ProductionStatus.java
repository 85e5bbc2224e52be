package io.industrypulse.dispatch;

/** How an enterprise that is not producing normally stands (glossary: productionStatus). */
public enum ProductionStatus {
    /** 停产. */
    STOPPED,
    /** 限产. */
    LIMITED,
    /** 闭环生产 (production inside a closed loop, e.g. under an epidemic or emergency order). */
    CLOSED_LOOP
}
