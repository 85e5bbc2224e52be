/**
 * Environment (精准管控, issue 13): the key air-polluting enterprise list, measure rules, alert episodes, what they
 * cost and the least-output-loss control plan. So far: {@link io.industrypulse.environment.PlanOptimiser}, the plan's
 * solver (OR-Tools, SCIP) over the engine's {@link io.industrypulse.engine.ControlPlan} problem; the list, episodes,
 * pages and API are still to come.
 */
package io.industrypulse.environment;
