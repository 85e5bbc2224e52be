package io.industrypulse.planning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of table {@code planning_forecast}; periods are the DATE of the month's first day. */
@Repository
class ForecastRepository {

    private static final String SELECT =
            "SELECT county_code, period, expected_growth, entered_by FROM planning_forecast";

    private final JdbcClient jdbc;
    private final Clock clock;

    ForecastRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Forecast> find(String countyCode, YearMonth period) {
        return jdbc.sql(SELECT + " WHERE county_code = :county AND period = :period")
                .param("county", countyCode)
                .param("period", period.atDay(1))
                .query((rs, n) -> map(rs))
                .optional();
    }

    List<Forecast> ofPeriod(YearMonth period) {
        return jdbc.sql(SELECT + " WHERE period = :period ORDER BY county_code")
                .param("period", period.atDay(1))
                .query((rs, n) -> map(rs))
                .list();
    }

    List<Forecast> all() {
        return jdbc.sql(SELECT + " ORDER BY period, county_code")
                .query((rs, n) -> map(rs))
                .list();
    }

    void upsert(Forecast forecast) {
        int updated = jdbc.sql("""
                        UPDATE planning_forecast SET expected_growth = :growth, entered_by = :by, entered_at = :at
                        WHERE county_code = :county AND period = :period""")
                .param("growth", forecast.expectedGrowth())
                .param("by", forecast.enteredBy())
                .param("at", OffsetDateTime.now(clock))
                .param("county", forecast.countyCode())
                .param("period", forecast.period().atDay(1))
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO planning_forecast (county_code, period, expected_growth, entered_by, entered_at)
                            VALUES (:county, :period, :growth, :by, :at)""")
                    .param("county", forecast.countyCode())
                    .param("period", forecast.period().atDay(1))
                    .param("growth", forecast.expectedGrowth())
                    .param("by", forecast.enteredBy())
                    .param("at", OffsetDateTime.now(clock))
                    .update();
        }
    }

    private static Forecast map(java.sql.ResultSet rs) throws java.sql.SQLException {
        LocalDate period = rs.getObject("period", LocalDate.class);
        BigDecimal growth = rs.getBigDecimal("expected_growth");
        return new Forecast(rs.getString("county_code"), YearMonth.from(period), growth, rs.getString("entered_by"));
    }
}
