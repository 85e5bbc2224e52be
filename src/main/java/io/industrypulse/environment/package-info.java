/**
 * Environment (精准管控, issue 13): the key air-polluting enterprise list ({@code env_enterprise}), key industries and
 * measure rules, county groups, alert episodes and 错峰 calendars ({@code env_episode}), served with their scope rules
 * by {@link io.industrypulse.environment.EnvironmentService}; what an episode costs and its three plans (一刀切, by
 * grade, least loss) by {@link io.industrypulse.environment.EpisodePlans} over the latest snapshot ({@code monitor}),
 * the engine's {@link io.industrypulse.engine.EpisodeCost} and {@link io.industrypulse.engine.ControlPlan}, and
 * {@code PlanOptimiser} (OR-Tools, SCIP). An adopted plan records production statuses in {@code dispatch}. The list
 * is imported through {@code ingest}'s shared table import ({@code ListKind}).
 */
package io.industrypulse.environment;
