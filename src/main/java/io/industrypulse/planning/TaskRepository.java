package io.industrypulse.planning;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code planning_task_adjustment}. */
@Repository
class TaskRepository {

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adjusted tasks of a county's month by credit code. */
    Map<String, BigDecimal> adjustments(String countyCode, YearMonth period) {
        Map<String, BigDecimal> adjusted = new LinkedHashMap<>();
        jdbc.sql("SELECT credit_code, task_value FROM planning_task_adjustment WHERE county_code = ? AND period = ?"
                        + " ORDER BY credit_code")
                .params(countyCode, period.atDay(1))
                .query(rs -> {
                    adjusted.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return adjusted;
    }

    Optional<BigDecimal> adjustment(YearMonth period, String creditCode) {
        return jdbc.sql("SELECT task_value FROM planning_task_adjustment WHERE period = ? AND credit_code = ?")
                .params(period.atDay(1), creditCode)
                .query(BigDecimal.class)
                .optional();
    }

    void store(
            String countyCode,
            YearMonth period,
            String creditCode,
            BigDecimal value,
            String username,
            OffsetDateTime at) {
        delete(period, creditCode);
        jdbc.sql("INSERT INTO planning_task_adjustment (county_code, period, credit_code, task_value, updated_by,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(countyCode, period.atDay(1), creditCode, value, username, at)
                .update();
    }

    void delete(YearMonth period, String creditCode) {
        jdbc.sql("DELETE FROM planning_task_adjustment WHERE period = ? AND credit_code = ?")
                .params(period.atDay(1), creditCode)
                .update();
    }
}
