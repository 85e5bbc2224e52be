/**
 * Cultivation (小升规, issue 14): the pool of below-size enterprises (培育库) with their monthly output and revenue
 * ({@code cult_pool}, {@code cult_month}), who will cross the 2000万元 threshold by which batch (the engine's {@link
 * io.industrypulse.engine.RevenueProjection}, back-tested on last year), the batch calendar ({@code cult_batch}), the
 * above-size enterprises at risk of leaving (临退), and each county's net increase (净增 = entries − exits, from the
 * registry's above-size spells) against its task ({@code target}). Served by {@link
 * io.industrypulse.cultivation.CultivationService}; depends on account, region, enterprise, statdata and target.
 */
package io.industrypulse.cultivation;
