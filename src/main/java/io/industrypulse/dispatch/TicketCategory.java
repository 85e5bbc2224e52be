package io.industrypulse.dispatch;

/** The kind of problem a ticket raises; labels under {@code dispatch.ticket.category.*}. */
public enum TicketCategory {
    /** 订单/市场. */
    ORDERS,
    /** 物流运输. */
    LOGISTICS,
    /** 用工. */
    LABOUR,
    /** 资金/融资. */
    FUNDING,
    /** 能源要素（电、气、煤）. */
    ENERGY,
    /** 原材料. */
    MATERIALS,
    /** 疫情封控. */
    LOCKDOWN,
    /** 环保管控. */
    ENVIRONMENT,
    /** 政策性停限. */
    POLICY,
    /** 审批/手续. */
    APPROVAL,
    /** 用地 (land for a project). */
    LAND,
    /** 其他. */
    OTHER
}
