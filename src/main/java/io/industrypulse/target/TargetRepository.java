package io.industrypulse.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the target and benchmark tables. */
@Repository
class TargetRepository {

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbcClient;

    TargetRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbcClient = JdbcClient.create(jdbcTemplate);
    }

    void upsertTargets(List<Target> targets) {
        jdbcTemplate.batchUpdate(
                "DELETE FROM target WHERE target_year = ? AND region_code = ? AND indicator = ?",
                targets,
                500,
                (ps, t) -> {
                    ps.setInt(1, t.year());
                    ps.setString(2, t.regionCode());
                    ps.setString(3, t.indicator());
                });
        jdbcTemplate.batchUpdate(
                "INSERT INTO target (target_year, region_code, indicator, target_value) VALUES (?, ?, ?, ?)",
                targets,
                500,
                (ps, t) -> {
                    ps.setInt(1, t.year());
                    ps.setString(2, t.regionCode());
                    ps.setString(3, t.indicator());
                    ps.setBigDecimal(4, t.value());
                });
    }

    List<Target> targets(int year) {
        return jdbcClient
                .sql("SELECT target_year, region_code, indicator, target_value FROM target WHERE target_year = ?"
                        + " ORDER BY region_code, indicator")
                .param(year)
                .query((rs, n) -> new Target(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)))
                .list();
    }

    Optional<BigDecimal> target(int year, String regionCode, String indicator) {
        return jdbcClient
                .sql("SELECT target_value FROM target WHERE target_year = ? AND region_code = ? AND indicator = ?")
                .params(year, regionCode, indicator)
                .query(BigDecimal.class)
                .optional();
    }

    Optional<BigDecimal> raisedTarget(int year, String regionCode) {
        return jdbcClient
                .sql("SELECT target_value FROM raised_target WHERE target_year = ? AND region_code = ?")
                .params(year, regionCode)
                .query(BigDecimal.class)
                .optional();
    }

    List<RaisedTarget> raisedTargets(int year) {
        return jdbcClient
                .sql("SELECT target_year, region_code, target_value FROM raised_target WHERE target_year = ?"
                        + " ORDER BY region_code")
                .param(year)
                .query((rs, n) -> new RaisedTarget(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3)))
                .list();
    }

    void setRaisedTarget(RaisedTarget target) {
        deleteRaisedTarget(target.year(), target.regionCode());
        jdbcClient
                .sql("INSERT INTO raised_target (target_year, region_code, target_value) VALUES (?, ?, ?)")
                .params(target.year(), target.regionCode(), target.value())
                .update();
    }

    void deleteRaisedTarget(int year, String regionCode) {
        jdbcClient
                .sql("DELETE FROM raised_target WHERE target_year = ? AND region_code = ?")
                .params(year, regionCode)
                .update();
    }

    void upsertBenchmarks(List<Benchmark> benchmarks) {
        jdbcTemplate.batchUpdate("DELETE FROM benchmark WHERE period = ? AND scope = ?", benchmarks, 500, (ps, b) -> {
            ps.setObject(1, b.period().atDay(1));
            ps.setString(2, b.scope().code());
        });
        jdbcTemplate.batchUpdate(
                "INSERT INTO benchmark (period, scope, growth_cum) VALUES (?, ?, ?)", benchmarks, 500, (ps, b) -> {
                    ps.setObject(1, b.period().atDay(1));
                    ps.setString(2, b.scope().code());
                    ps.setBigDecimal(3, b.growthCum());
                });
    }

    List<Benchmark> benchmarks(YearMonth from, YearMonth to) {
        return jdbcClient
                .sql("SELECT period, scope, growth_cum FROM benchmark WHERE period BETWEEN ? AND ?"
                        + " ORDER BY period, scope DESC")
                .params(from.atDay(1), to.atDay(1))
                .query((rs, n) -> new Benchmark(
                        YearMonth.from(rs.getObject(1, LocalDate.class)),
                        BenchmarkScope.ofCode(rs.getString(2)),
                        rs.getBigDecimal(3)))
                .list();
    }

    void upsertOfficial(List<OfficialGrowth> rows) {
        jdbcTemplate.batchUpdate(
                "DELETE FROM official_growth WHERE period = ? AND region_code = ?", rows, 500, (ps, o) -> {
                    ps.setObject(1, o.period().atDay(1));
                    ps.setString(2, o.regionCode());
                });
        jdbcTemplate.batchUpdate(
                "INSERT INTO official_growth (period, region_code, growth_month, growth_cum) VALUES (?, ?, ?, ?)",
                rows,
                500,
                (ps, o) -> {
                    ps.setObject(1, o.period().atDay(1));
                    ps.setString(2, o.regionCode());
                    ps.setBigDecimal(3, o.growthMonth());
                    ps.setBigDecimal(4, o.growthCum());
                });
    }

    List<OfficialGrowth> official(YearMonth from, YearMonth to) {
        return jdbcClient
                .sql("SELECT period, region_code, growth_month, growth_cum FROM official_growth"
                        + " WHERE period BETWEEN ? AND ? ORDER BY period, region_code")
                .params(from.atDay(1), to.atDay(1))
                .query((rs, n) -> new OfficialGrowth(
                        YearMonth.from(rs.getObject(1, LocalDate.class)),
                        rs.getString(2),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4)))
                .list();
    }
}
