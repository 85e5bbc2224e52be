package io.industrypulse.account;

/** The roles of DESIGN.md section 1. Every user has exactly one. */
public enum Role {
    /** 市级管理员: sees and changes everything, manages users. */
    CITY_ADMIN,
    /** 市级业务 (运行科): imports, targets, benchmarks, tickets, reports. */
    CITY_ANALYST,
    /** 领导: sees everything, changes nothing. */
    LEADER,
    /** 县级用户: city-wide rankings and totals, all detail of its own county. */
    COUNTY_USER,
    /** 部门用户 (生态环境局, 统计局): city aggregates and what its {@link Department} handles. */
    DEPARTMENT_USER,
    /** 企业用户: its own enterprise. */
    ENTERPRISE_USER;

    /** Whether the role may see the detail of every county: administrators, analysts and leaders. */
    public boolean seesEveryCounty() {
        return this == CITY_ADMIN || this == CITY_ANALYST || this == LEADER;
    }

    /** Whether the role's region scope is the whole city (every role but county and enterprise users). */
    public boolean scopedToCity() {
        return this != COUNTY_USER && this != ENTERPRISE_USER;
    }

    /** Whether the role may change data at all; what exactly is decided by each feature's service. */
    public boolean mayWrite() {
        return this != LEADER;
    }
}
