package io.industrypulse.investment;

import java.math.BigDecimal;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the ledger's tables ({@code inv_*}, V85). */
@Repository
class InvestmentRepository {

    private final JdbcClient jdbc;

    InvestmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every project, or one county's, by county then code. */
    List<Project> projects(@Nullable String county) {
        return jdbc.sql("SELECT * FROM inv_project" + (county == null ? "" : " WHERE county_code = :county")
                        + " ORDER BY county_code, code")
                .params(county == null ? Map.of() : Map.of("county", county))
                .query(InvestmentRepository::project)
                .list();
    }

    Optional<Project> project(String code) {
        return jdbc.sql("SELECT * FROM inv_project WHERE code = :code")
                .param("code", code)
                .query(InvestmentRepository::project)
                .optional();
    }

    /** Stores the project; true when it was new. */
    boolean save(Project p) {
        Map<String, Object> v = new HashMap<>();
        v.put("code", p.code());
        v.put("name", p.name());
        v.put("county", p.countyCode());
        v.put("builder", p.builder());
        v.put("credit", p.creditCode());
        v.put("kind", p.kind().name());
        v.put("division", p.divisionCode());
        v.put("content", p.content());
        v.put("total", p.totalInvestment());
        v.put("ps", p.plannedStart());
        v.put("as", p.actualStart());
        v.put("pp", p.plannedProduction());
        v.put("ap", p.actualProduction());
        v.put("pc", p.plannedCompletion());
        v.put("ac", p.actualCompletion());
        v.put("stage", p.stage().name());
        v.put("statCode", p.statCode());
        v.put("statMonth", p.statMonth() == null ? null : p.statMonth().atDay(1));
        v.put("leader", p.leader());
        v.put("responsible", p.responsible());
        v.put("phone", p.responsiblePhone());
        v.put("output", p.annualOutput());
        v.put("va", p.annualValueAdded());
        v.put("by", p.updatedBy());
        v.put("at", OffsetDateTime.ofInstant(p.updatedAt(), ZoneOffset.UTC));
        int updated = jdbc.sql("""
                        UPDATE inv_project SET name = :name, county_code = :county, builder = :builder,
                            credit_code = :credit, kind = :kind, division_code = :division, content = :content,
                            total_investment = :total, planned_start = :ps, actual_start = :as,
                            planned_production = :pp, actual_production = :ap, planned_completion = :pc,
                            actual_completion = :ac, stage = :stage, stat_code = :statCode, stat_month = :statMonth,
                            leader = :leader, responsible = :responsible, responsible_phone = :phone,
                            annual_output = :output, annual_value_added = :va, updated_by = :by, updated_at = :at
                        WHERE code = :code""").params(v).update();
        if (updated > 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO inv_project (code, name, county_code, builder, credit_code, kind, division_code,
                            content, total_investment, planned_start, actual_start, planned_production,
                            actual_production, planned_completion, actual_completion, stage, stat_code, stat_month,
                            leader, responsible, responsible_phone, annual_output, annual_value_added, updated_by,
                            updated_at)
                        VALUES (:code, :name, :county, :builder, :credit, :kind, :division, :content, :total, :ps, :as,
                            :pp, :ap, :pc, :ac, :stage, :statCode, :statMonth, :leader, :responsible, :phone, :output,
                            :va, :by, :at)""").params(v).update();
        return true;
    }

    /** Planned investment by project code and year. */
    Map<String, Map<Integer, BigDecimal>> plans() {
        Map<String, Map<Integer, BigDecimal>> out = new HashMap<>();
        jdbc.sql("SELECT code, stat_year, planned FROM inv_plan").query(rs -> {
            out.computeIfAbsent(rs.getString(1), c -> new HashMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
        });
        return out;
    }

    void savePlan(String code, int year, BigDecimal planned) {
        Map<String, Object> v = Map.of("code", code, "year", year, "planned", planned);
        if (jdbc.sql("UPDATE inv_plan SET planned = :planned WHERE code = :code AND stat_year = :year")
                        .params(v)
                        .update()
                == 0) {
            jdbc.sql("INSERT INTO inv_plan (code, stat_year, planned) VALUES (:code, :year, :planned)")
                    .params(v)
                    .update();
        }
    }

    /** Every month of progress from {@code from} to {@code to}, or one project's. */
    List<ProjectMonth> months(YearMonth from, YearMonth to, @Nullable String code) {
        Map<String, Object> v = new HashMap<>();
        v.put("from", from.atDay(1));
        v.put("to", to.atDay(1));
        if (code != null) {
            v.put("code", code);
        }
        return jdbc.sql("SELECT * FROM inv_progress WHERE period BETWEEN :from AND :to"
                        + (code == null ? "" : " AND code = :code")
                        + " ORDER BY code, period")
                .params(v)
                .query((rs, n) -> new ProjectMonth(
                        rs.getString("code"),
                        YearMonth.from(rs.getObject("period", LocalDate.class)),
                        rs.getBigDecimal("completed"),
                        rs.getString("image"),
                        rs.getString("physical"),
                        rs.getString("problems")))
                .list();
    }

    /** Stores a month; true when it was new. */
    boolean saveMonth(ProjectMonth m, String by, Instant at) {
        Map<String, Object> v = new HashMap<>();
        v.put("code", m.code());
        v.put("period", m.period().atDay(1));
        v.put("completed", m.completed());
        v.put("image", m.image());
        v.put("physical", m.physical());
        v.put("problems", m.problems());
        v.put("by", by);
        v.put("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        if (jdbc.sql("""
                                UPDATE inv_progress SET completed = :completed, image = :image, physical = :physical, problems = :problems,
                                    updated_by = :by, updated_at = :at
                                WHERE code = :code AND period = :period""").params(v).update() > 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO inv_progress (code, period, completed, image, physical, problems, updated_by, updated_at)
                        VALUES (:code, :period, :completed, :image, :physical, :problems, :by, :at)""").params(v).update();
        return true;
    }

    /** A project's completed investment: [this year's months before the month, every month but the month]. */
    BigDecimal[] doneAround(String code, YearMonth period) {
        BigDecimal[] out = {BigDecimal.ZERO, BigDecimal.ZERO};
        jdbc.sql("SELECT period, completed FROM inv_progress WHERE code = :code AND period <> :period")
                .param("code", code)
                .param("period", period.atDay(1))
                .query(rs -> {
                    LocalDate month = rs.getObject(1, LocalDate.class);
                    BigDecimal done = rs.getBigDecimal(2);
                    out[1] = out[1].add(done);
                    if (month.getYear() == period.getYear() && month.isBefore(period.atDay(1))) {
                        out[0] = out[0].add(done);
                    }
                });
        return out;
    }

    void addBlocker(String code, long ticket) {
        jdbc.sql("INSERT INTO inv_blocker (ticket_id, project_code) VALUES (:t, :c)")
                .param("t", ticket)
                .param("c", code)
                .update();
    }

    /** The tickets of every project's blockers, by project code, oldest first. */
    Map<String, List<Long>> blockers() {
        Map<String, List<Long>> out = new HashMap<>();
        jdbc.sql("SELECT project_code, ticket_id FROM inv_blocker ORDER BY ticket_id")
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), c -> new java.util.ArrayList<>())
                            .add(rs.getLong(2));
                });
        return out;
    }

    /** Stores an official figure; true when it was new. */
    boolean saveOfficial(OfficialInvestment o) {
        Map<String, Object> v = new HashMap<>();
        v.put("period", o.period().atDay(1));
        v.put("region", o.regionCode());
        v.put("industrial", o.industrialGrowth());
        v.put("renovation", o.renovationGrowth());
        if (jdbc.sql("UPDATE inv_official SET industrial_growth = :industrial, renovation_growth = :renovation"
                                + " WHERE period = :period AND region_code = :region")
                        .params(v)
                        .update()
                > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO inv_official (period, region_code, industrial_growth, renovation_growth)"
                        + " VALUES (:period, :region, :industrial, :renovation)")
                .params(v)
                .update();
        return true;
    }

    /** The official figures of a month, by region code. */
    Map<String, OfficialInvestment> official(YearMonth period) {
        Map<String, OfficialInvestment> out = new HashMap<>();
        jdbc.sql("SELECT * FROM inv_official WHERE period = :p")
                .param("p", period.atDay(1))
                .query(rs -> {
                    out.put(
                            rs.getString("region_code"),
                            new OfficialInvestment(
                                    period,
                                    rs.getString("region_code"),
                                    rs.getBigDecimal("industrial_growth"),
                                    rs.getBigDecimal("renovation_growth")));
                });
        return out;
    }

    long insertPhoto(ProjectPhoto p, byte[] content) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys =
                new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO inv_photo (project_code, period, file_name, content_type, size_bytes, content,"
                        + " uploaded_by, uploaded_at) VALUES (:code, :period, :name, :type, :size, :content, :by, :at)")
                .param("code", p.projectCode())
                .param("period", p.period().atDay(1))
                .param("name", p.fileName())
                .param("type", p.contentType())
                .param("size", p.sizeBytes())
                .param("content", content)
                .param("by", p.uploadedBy())
                .param("at", OffsetDateTime.ofInstant(p.uploadedAt(), ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A project's photos, by month then upload. */
    List<ProjectPhoto> photos(String code) {
        return jdbc.sql("SELECT id, project_code, period, file_name, content_type, size_bytes, uploaded_by, uploaded_at"
                        + " FROM inv_photo WHERE project_code = :code ORDER BY period, id")
                .param("code", code)
                .query((rs, n) -> new ProjectPhoto(
                        rs.getLong(1),
                        rs.getString(2),
                        YearMonth.from(rs.getObject(3, LocalDate.class)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    Optional<byte[]> photoContent(String code, long id) {
        return jdbc.sql("SELECT content FROM inv_photo WHERE project_code = :code AND id = :id")
                .param("code", code)
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** The latest month any project reported progress, if any. */
    Optional<YearMonth> latestMonth() {
        return jdbc.sql("SELECT MAX(period) FROM inv_progress")
                .query(LocalDate.class)
                .optional()
                .map(YearMonth::from);
    }

    private static Project project(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("updated_at");
        LocalDate statMonth = rs.getObject("stat_month", LocalDate.class);
        return new Project(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("county_code"),
                rs.getString("builder"),
                rs.getString("credit_code"),
                ProjectKind.valueOf(rs.getString("kind")),
                rs.getString("division_code"),
                rs.getString("content"),
                rs.getBigDecimal("total_investment"),
                rs.getObject("planned_start", LocalDate.class),
                rs.getObject("actual_start", LocalDate.class),
                rs.getObject("planned_production", LocalDate.class),
                rs.getObject("actual_production", LocalDate.class),
                rs.getObject("planned_completion", LocalDate.class),
                rs.getObject("actual_completion", LocalDate.class),
                ProjectStage.valueOf(rs.getString("stage")),
                rs.getString("stat_code"),
                statMonth == null ? null : YearMonth.from(statMonth),
                rs.getString("leader"),
                rs.getString("responsible"),
                rs.getString("responsible_phone"),
                rs.getBigDecimal("annual_output"),
                rs.getBigDecimal("annual_value_added"),
                rs.getString("updated_by"),
                at == null ? Instant.EPOCH : at.toInstant());
    }
}
