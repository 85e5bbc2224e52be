package io.industrypulse.target;

/** Targets or benchmarks of a year were stored: classifications and required growth must be recomputed. */
public record TargetsChanged(int year) {}
