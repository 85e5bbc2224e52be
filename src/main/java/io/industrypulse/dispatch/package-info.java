/**
 * Dispatch (调度): the production status of enterprises (停产 / 限产 / 闭环生产 and why), table
 * {@code production_status}, served by {@link io.industrypulse.dispatch.ProductionStatusService}; and the problem tickets
 * (诉求) of enterprises, escalated county → city → departments on a state machine with working-day time limits, served
 * by {@link io.industrypulse.dispatch.TicketService} (tables {@code ticket}, {@code ticket_department},
 * {@code ticket_history}, {@code ticket_time_limit}, {@code working_calendar}). Every change is audited. Depends on
 * account (scope, audit), region (county names) and enterprise (the registry and its scope rules); what an open
 * problem is worth to growth comes through {@link io.industrypulse.dispatch.EnterpriseStakes}, which {@code monitor}
 * implements over its snapshot. 百日攻坚 campaigns, visits and their weekly bulletin are served by
 * {@link io.industrypulse.dispatch.CampaignService}; the inbox and its e-mail by {@link io.industrypulse.dispatch.Inbox};
 * the administrator's time limits and working calendar by {@code TicketSettings}.
 */
package io.industrypulse.dispatch;
