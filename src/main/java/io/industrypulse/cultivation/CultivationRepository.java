package io.industrypulse.cultivation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the cultivation tables ({@code cult_*}, V84). */
@Repository
class CultivationRepository {

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    CultivationRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    /** The pool, or one county's, by county then name. */
    List<PoolEnterprise> pool(@Nullable String county) {
        return jdbc.sql("SELECT * FROM cult_pool" + (county == null ? "" : " WHERE county_code = :county")
                        + " ORDER BY county_code, name, credit_code")
                .params(county == null ? Map.of() : Map.of("county", county))
                .query(CultivationRepository::pool)
                .list();
    }

    Optional<PoolEnterprise> one(String creditCode) {
        return jdbc.sql("SELECT * FROM cult_pool WHERE credit_code = :code")
                .param("code", creditCode)
                .query(CultivationRepository::pool)
                .optional();
    }

    /** Stores the enterprise; true when it was new. */
    boolean save(PoolEnterprise e) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", e.creditCode());
        p.put("name", e.name());
        p.put("county", e.countyCode());
        p.put("cls", e.industryClass());
        p.put("kind", e.kind().name());
        p.put("founded", e.founded());
        p.put("start", e.productionStart());
        p.put("person", e.contactPerson());
        p.put("phone", e.contactPhone());
        p.put("cadre", e.cadre());
        p.put("by", e.updatedBy());
        p.put("at", OffsetDateTime.ofInstant(e.updatedAt(), ZoneOffset.UTC));
        int updated = jdbc.sql("""
                        UPDATE cult_pool SET name = :name, county_code = :county, industry_class = :cls, kind = :kind,
                            founded = :founded, production_start = :start, contact_person = :person,
                            contact_phone = :phone, cadre = :cadre, updated_by = :by, updated_at = :at
                        WHERE credit_code = :code""").params(p).update();
        if (updated > 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO cult_pool (credit_code, name, county_code, industry_class, kind, founded,
                            production_start, contact_person, contact_phone, cadre, updated_by, updated_at)
                        VALUES (:code, :name, :county, :cls, :kind, :founded, :start, :person, :phone, :cadre, :by,
                            :at)""").params(p).update();
        return true;
    }

    /** Every month of the pool from {@code from} on (or one enterprise's). */
    List<PoolMonth> months(YearMonth from, @Nullable String creditCode) {
        return jdbc.sql("SELECT * FROM cult_month WHERE period >= :from"
                        + (creditCode == null ? "" : " AND credit_code = :code")
                        + " ORDER BY credit_code, period")
                .params(
                        creditCode == null
                                ? Map.of("from", from.atDay(1))
                                : Map.of("from", from.atDay(1), "code", creditCode))
                .query((rs, n) -> new PoolMonth(
                        rs.getString("credit_code"),
                        YearMonth.from(rs.getObject("period", LocalDate.class)),
                        rs.getBigDecimal("output"),
                        rs.getBigDecimal("revenue")))
                .list();
    }

    /** One month's output of the pool enterprises whose application was entered (已入库), by credit code. */
    Map<String, java.math.BigDecimal> enteredOutputs(YearMonth month) {
        Map<String, java.math.BigDecimal> out = new HashMap<>();
        jdbc.sql("""
                        SELECT m.credit_code, m.output FROM cult_month m WHERE m.period = :period AND EXISTS (
                            SELECT 1 FROM cult_application a WHERE a.credit_code = m.credit_code AND a.state = 'ENTERED')""").param("period", month.atDay(1)).query(rs -> {
            out.put(rs.getString(1), rs.getBigDecimal(2));
        });
        return out;
    }

    /** The latest month any pool enterprise reported, if any. */
    Optional<YearMonth> latestMonth() {
        return jdbc.sql("SELECT MAX(period) FROM cult_month")
                .query(LocalDate.class)
                .optional()
                .map(YearMonth::from);
    }

    /** Stores a month; true when it was new. */
    boolean saveMonth(PoolMonth m) {
        Map<String, Object> p = Map.of(
                "code", m.creditCode(), "period", m.period().atDay(1), "output", m.output(), "revenue", m.revenue());
        int updated = jdbc.sql(
                        "UPDATE cult_month SET output = :output, revenue = :revenue WHERE credit_code = :code AND period = :period")
                .params(p)
                .update();
        if (updated > 0) {
            return false;
        }
        jdbc.sql(
                        "INSERT INTO cult_month (credit_code, period, output, revenue) VALUES (:code, :period, :output, :revenue)")
                .params(p)
                .update();
        return true;
    }

    /** Months of enterprises that have none yet for those periods, in batches of 500 statements. */
    void insertMonths(List<PoolMonth> months) {
        jdbcTemplate.batchUpdate(
                "INSERT INTO cult_month (credit_code, period, output, revenue) VALUES (?, ?, ?, ?)",
                months,
                500,
                (ps, m) -> {
                    ps.setString(1, m.creditCode());
                    ps.setObject(2, m.period().atDay(1));
                    ps.setBigDecimal(3, m.output());
                    ps.setBigDecimal(4, m.revenue());
                });
    }

    List<Batch> batches() {
        return jdbc.sql("SELECT * FROM cult_batch ORDER BY deadline, id")
                .query(CultivationRepository::batch)
                .list();
    }

    Optional<Batch> batch(long id) {
        return jdbc.sql("SELECT * FROM cult_batch WHERE id = :id")
                .param("id", id)
                .query(CultivationRepository::batch)
                .optional();
    }

    long insertBatch(Batch b) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys =
                new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO cult_batch (stat_year, kind, name, deadline, effective_month)
                        VALUES (:year, :kind, :name, :deadline, :effective)""")
                .param("year", b.year())
                .param("kind", b.kind().name())
                .param("name", b.name())
                .param("deadline", b.deadline())
                .param("effective", b.effectiveMonth().atDay(1))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean batchNameTaken(int year, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM cult_batch WHERE stat_year = :year AND name = :name")
                        .param("year", year)
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Application> applications(@Nullable String creditCode, @Nullable Long batch) {
        List<String> where = new java.util.ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        if (creditCode != null) {
            where.add("credit_code = :code");
            p.put("code", creditCode);
        }
        if (batch != null) {
            where.add("batch_id = :batch");
            p.put("batch", batch);
        }
        return jdbc.sql("SELECT * FROM cult_application"
                        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                        + " ORDER BY batch_id, credit_code")
                .params(p)
                .query(CultivationRepository::application)
                .list();
    }

    Optional<Application> application(long id) {
        return jdbc.sql("SELECT * FROM cult_application WHERE id = :id")
                .param("id", id)
                .query(CultivationRepository::application)
                .optional();
    }

    long insertApplication(Application a) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys =
                new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO cult_application (credit_code, batch_id, state, reason, updated_by, updated_at)
                        VALUES (:code, :batch, :state, :reason, :by, :at)""")
                .param("code", a.creditCode())
                .param("batch", a.batchId())
                .param("state", a.state().name())
                .param("reason", a.reason())
                .param("by", a.updatedBy())
                .param("at", OffsetDateTime.ofInstant(a.updatedAt(), ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updateApplication(Application a) {
        jdbc.sql("""
                        UPDATE cult_application SET state = :state, reason = :reason, updated_by = :by, updated_at = :at
                        WHERE id = :id""")
                .param("state", a.state().name())
                .param("reason", a.reason())
                .param("by", a.updatedBy())
                .param("at", OffsetDateTime.ofInstant(a.updatedAt(), ZoneOffset.UTC))
                .param("id", a.id())
                .update();
    }

    private static Application application(ResultSet rs, int row) throws SQLException {
        return new Application(
                rs.getLong("id"),
                rs.getString("credit_code"),
                rs.getLong("batch_id"),
                ApplicationState.valueOf(rs.getString("state")),
                rs.getString("reason"),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static PoolEnterprise pool(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("updated_at");
        return new PoolEnterprise(
                rs.getString("credit_code"),
                rs.getString("name"),
                rs.getString("county_code"),
                rs.getString("industry_class"),
                PoolKind.valueOf(rs.getString("kind")),
                rs.getObject("founded", LocalDate.class),
                rs.getObject("production_start", LocalDate.class),
                rs.getString("contact_person"),
                rs.getString("contact_phone"),
                rs.getString("cadre"),
                rs.getString("updated_by"),
                at == null ? Instant.EPOCH : at.toInstant());
    }

    private static Batch batch(ResultSet rs, int row) throws SQLException {
        return new Batch(
                rs.getLong("id"),
                rs.getInt("stat_year"),
                BatchKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getObject("deadline", LocalDate.class),
                YearMonth.from(rs.getObject("effective_month", LocalDate.class)));
    }
}
