/**
 * Annual targets (人代会目标) per region and indicator and the official benchmarks (province and city published
 * cumulative growth), tables {@code target} and {@code benchmark}, served by
 * {@link io.industrypulse.target.TargetService}. Later: monthly plans, enterprise task allocation, county forecasts
 * (预计完成情况), warnings (预警). Depends on no other feature module.
 */
package io.industrypulse.target;
