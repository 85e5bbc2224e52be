/**
 * Environment (精准管控, issue 13): the key air-polluting enterprise list, measure rules, alert episodes, what they
 * cost and the least-output-loss control plan. So far: grades, alert levels and measure kinds, the measures an
 * enterprise may be given ({@code AllowedMeasures}: its grade's, then every stricter one; A and 引领性 keep 自主减排;
 * 保障类 never below its allowed load), and {@code PlanOptimiser}, the plan's solver (OR-Tools, SCIP) over the
 * engine's {@link io.industrypulse.engine.ControlPlan} problem; the list, episodes, pages and API are still to come.
 */
package io.industrypulse.environment;
