/**
 * Annual targets (人代会目标) per region and indicator and the official benchmarks (province and city published
 * cumulative growth), tables {@code target} and {@code benchmark}, served by
 * {@link io.industrypulse.target.TargetService}; every change is audited and announced with
 * {@link io.industrypulse.target.TargetsChanged}. Plans, tasks and warnings live in {@code planning}. Depends on
 * account (scope, audit) and region (names on the targets page).
 */
package io.industrypulse.target;
