/**
 * Dispatch (调度): the production status of enterprises (停产 / 限产 / 闭环生产 and why), table
 * {@code production_status}, served by {@link io.industrypulse.dispatch.ProductionStatusService}; county users keep
 * their own county's list, city roles every county's; every change is audited. Depends on account (scope, audit), region
 * (county names) and enterprise (the registry and its scope rules). Campaign tickets (百日攻坚) are not built yet.
 */
package io.industrypulse.dispatch;
