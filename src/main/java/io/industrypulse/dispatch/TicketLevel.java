package io.industrypulse.dispatch;

/** Which level handles a ticket: it starts at its county, goes up to the city, and down to departments. */
public enum TicketLevel {
    /** 县级. */
    COUNTY,
    /** 市级: escalated by the county (疑难问题向上反馈). */
    CITY,
    /** 部门: assigned by the city (交办) to one or more departments. */
    DEPARTMENT
}
