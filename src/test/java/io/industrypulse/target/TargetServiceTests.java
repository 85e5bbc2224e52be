package io.industrypulse.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Runs on H2 ({@link TargetServiceH2Test}) and PostgreSQL ({@link TargetServicePostgresTest}). */
@SpringBootTest(properties = "industrypulse.demo.enabled=false")
@Transactional
abstract class TargetServiceTests {

    @Autowired
    TargetService service;

    @Autowired
    JdbcClient jdbc;

    @Test
    void storesTargetsReplacingTheSameKey() {
        service.storeTargets(List.of(
                new Target(2026, "130102", new BigDecimal("6.5")),
                new Target(2026, "130100", new BigDecimal("6.0")),
                new Target(2025, "130100", new BigDecimal("6.5")),
                new Target(2026, "130100", "OUTPUT_GROWTH", new BigDecimal("5.0"))));
        service.storeTargets(List.of(new Target(2026, "130102", new BigDecimal("7.0"))));

        assertThat(service.targets(Year.of(2026)))
                .containsExactly(
                        new Target(2026, "130100", "OUTPUT_GROWTH", new BigDecimal("5.00")),
                        new Target(2026, "130100", new BigDecimal("6.00")),
                        new Target(2026, "130102", new BigDecimal("7.00")));
        assertThat(service.growthTarget(Year.of(2025), "130100")).contains(new BigDecimal("6.50"));
        assertThat(service.growthTarget(Year.of(2025), "130102")).isEmpty();
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE entity_key = '2026/130102/VA_GROWTH' ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("target.create", "target.update");
    }

    @Test
    void storesBenchmarksReplacingTheSameKey() {
        YearMonth feb = YearMonth.of(2026, 2);
        service.storeBenchmarks(List.of(
                new Benchmark(feb, BenchmarkScope.CITY, new BigDecimal("5.1")),
                new Benchmark(feb, BenchmarkScope.PROVINCE, new BigDecimal("5.6")),
                new Benchmark(YearMonth.of(2026, 1), BenchmarkScope.CITY, new BigDecimal("-0.4")),
                new Benchmark(YearMonth.of(2025, 12), BenchmarkScope.CITY, new BigDecimal("4.9"))));
        service.storeBenchmarks(List.of(new Benchmark(feb, BenchmarkScope.CITY, new BigDecimal("5.2"))));

        assertThat(service.benchmarks(Year.of(2026)))
                .containsExactly(
                        new Benchmark(YearMonth.of(2026, 1), BenchmarkScope.CITY, new BigDecimal("-0.40")),
                        new Benchmark(feb, BenchmarkScope.PROVINCE, new BigDecimal("5.60")),
                        new Benchmark(feb, BenchmarkScope.CITY, new BigDecimal("5.20")));
        assertThat(service.benchmarks(YearMonth.of(2025, 12), YearMonth.of(2025, 12)))
                .hasSize(1);
    }
}
