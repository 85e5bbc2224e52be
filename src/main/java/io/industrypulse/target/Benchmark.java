package io.industrypulse.target;

import java.math.BigDecimal;
import java.time.YearMonth;

/** An official published cumulative growth (%, January..period) of the province or the city. */
public record Benchmark(YearMonth period, BenchmarkScope scope, BigDecimal growthCum) {}
