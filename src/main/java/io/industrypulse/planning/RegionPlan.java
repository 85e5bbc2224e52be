package io.industrypulse.planning;

import io.industrypulse.engine.MonthlyPlan;

/**
 * The monthly plan of the city or a county for a year (以月保季、以季保年).
 *
 * @param regionCode GB/T 2260 code
 * @param plan actual months 1..M, then the planned path that reaches the target in December
 */
public record RegionPlan(int year, String regionCode, String regionName, MonthlyPlan plan) {}
