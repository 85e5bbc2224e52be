package io.industrypulse.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code production_status}, joined with the registry for the name and county. */
@Repository
class ProductionStatusRepository {

    private static final String SELECT = """
            SELECT p.credit_code, e.name, e.county_code, p.status, p.reason, p.since_date, p.resume_date, p.note,
                   p.updated_by, p.updated_at
            FROM production_status p JOIN enterprise e ON e.credit_code = p.credit_code""";

    private final JdbcClient jdbc;

    ProductionStatusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The entries matching every given condition (none: all); by county, status, then name.
     *
     * @param county only this county's enterprises
     * @param creditCode only this enterprise
     * @param airPollutingOnly only 涉气 enterprises
     */
    List<ProductionStatusEntry> list(@Nullable String county, @Nullable String creditCode, boolean airPollutingOnly) {
        List<String> conditions = new java.util.ArrayList<>();
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (county != null) {
            conditions.add("e.county_code = :county");
            params.put("county", county);
        }
        if (creditCode != null) {
            conditions.add("p.credit_code = :code");
            params.put("code", creditCode);
        }
        if (airPollutingOnly) {
            conditions.add("e.air_polluting = TRUE");
        }
        return jdbc.sql(SELECT + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                        + " ORDER BY e.county_code, p.status, e.name")
                .params(params)
                .query(ProductionStatusRepository::map)
                .list();
    }

    Optional<ProductionStatusEntry> find(String creditCode) {
        return jdbc.sql(SELECT + " WHERE p.credit_code = :code")
                .param("code", creditCode)
                .query(ProductionStatusRepository::map)
                .optional();
    }

    void save(ProductionStatusEntry entry) {
        int updated = jdbc.sql("""
                        UPDATE production_status SET status = :status, reason = :reason, since_date = :since,
                            resume_date = :resume, note = :note, updated_by = :by, updated_at = :at,
                            source = NULL
                        WHERE credit_code = :code""").params(params(entry)).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO production_status
                                (credit_code, status, reason, since_date, resume_date, note, updated_by, updated_at)
                            VALUES (:code, :status, :reason, :since, :resume, :note, :by, :at)""").params(params(entry)).update();
        }
    }

    /** Whether the enterprise has an entry a user recorded (not a source's). */
    boolean hasUserEntry(String creditCode) {
        return jdbc.sql("SELECT COUNT(*) FROM production_status WHERE credit_code = :code AND source IS NULL")
                        .param("code", creditCode)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void markSource(String creditCode, @Nullable String source) {
        jdbc.sql("UPDATE production_status SET source = :source WHERE credit_code = :code")
                .param("source", source)
                .param("code", creditCode)
                .update();
    }

    /** The credit codes of the entries a source recorded. */
    List<String> ofSource(String source) {
        return jdbc.sql("SELECT credit_code FROM production_status WHERE source = :source ORDER BY credit_code")
                .param("source", source)
                .query(String.class)
                .list();
    }

    void delete(String creditCode) {
        jdbc.sql("DELETE FROM production_status WHERE credit_code = :code")
                .param("code", creditCode)
                .update();
    }

    private static java.util.Map<String, Object> params(ProductionStatusEntry e) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("code", e.creditCode());
        p.put("status", e.status().name());
        p.put("reason", e.reason().name());
        p.put("since", e.since());
        p.put("resume", e.expectedResume());
        p.put("note", e.note());
        p.put("by", e.updatedBy());
        p.put("at", OffsetDateTime.ofInstant(e.updatedAt(), ZoneOffset.UTC));
        return p;
    }

    private static ProductionStatusEntry map(ResultSet rs, int row) throws SQLException {
        java.sql.Date resume = rs.getDate("resume_date");
        Timestamp at = rs.getTimestamp("updated_at");
        return new ProductionStatusEntry(
                rs.getString("credit_code"),
                rs.getString("name"),
                rs.getString("county_code"),
                ProductionStatus.valueOf(rs.getString("status")),
                ProductionReason.valueOf(rs.getString("reason")),
                rs.getObject("since_date", LocalDate.class),
                resume == null ? null : resume.toLocalDate(),
                rs.getString("note"),
                rs.getString("updated_by"),
                at == null ? Instant.EPOCH : at.toInstant());
    }
}
