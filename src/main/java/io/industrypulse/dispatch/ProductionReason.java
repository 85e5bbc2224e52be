package io.industrypulse.dispatch;

/** Why an enterprise is stopped or limited; the categories the county reports in the dispatch meeting. */
public enum ProductionReason {
    /** 订单不足. */
    ORDERS,
    /** 设备检修. */
    MAINTENANCE,
    /** 环保管控 (heavy-pollution response, staggered production). */
    ENVIRONMENT,
    /** 资金困难. */
    FUNDS,
    /** 原料短缺. */
    MATERIALS,
    /** 安全整改. */
    SAFETY,
    /** 限电、能耗管控. */
    ENERGY,
    /** 其他 (the note says what). */
    OTHER
}
