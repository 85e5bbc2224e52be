package io.industrypulse.environment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the environment tables ({@code env_*}, V83). */
@Repository
class EnvironmentRepository {

    private static final String LISTED = """
            SELECT l.*, e.name, e.county_code FROM env_enterprise l JOIN enterprise e ON e.credit_code = l.credit_code""";

    private final JdbcClient jdbc;

    EnvironmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- key industries

    List<KeyIndustry> industries() {
        return jdbc.sql("SELECT code, name, graded, sort_order FROM env_industry ORDER BY sort_order, code")
                .query((rs, i) -> new KeyIndustry(
                        rs.getString("code"), rs.getString("name"), rs.getBoolean("graded"), rs.getInt("sort_order")))
                .list();
    }

    void saveIndustry(KeyIndustry industry) {
        Map<String, Object> p = Map.of(
                "code", industry.code(),
                "name", industry.name(),
                "graded", industry.graded(),
                "order", industry.sortOrder());
        int updated = jdbc.sql("UPDATE env_industry SET name = :name, graded = :graded, sort_order = :order"
                        + " WHERE code = :code")
                .params(p)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO env_industry (code, name, graded, sort_order) VALUES (:code, :name, :graded, :order)")
                    .params(p)
                    .update();
        }
    }

    // --- measure rules

    List<MeasureRule> rules() {
        return jdbc.sql("SELECT * FROM env_measure_rule ORDER BY industry_code, alert_level, grade")
                .query(EnvironmentRepository::rule)
                .list();
    }

    Optional<MeasureRule> rule(String industry, Grade grade, AlertLevel level) {
        return jdbc.sql("SELECT * FROM env_measure_rule WHERE industry_code = :i AND grade = :g AND alert_level = :l")
                .param("i", industry)
                .param("g", grade.name())
                .param("l", level.name())
                .query(EnvironmentRepository::rule)
                .optional();
    }

    void saveRule(MeasureRule rule) {
        Map<String, Object> p = new HashMap<>();
        p.put("i", rule.industry());
        p.put("g", rule.grade().name());
        p.put("l", rule.level().name());
        p.put("action", rule.action().name());
        p.put("output", BigDecimal.valueOf(rule.outputCut()));
        for (int k = 0; k < 4; k++) {
            p.put("c" + k, BigDecimal.valueOf(rule.emissionCut()[k]));
        }
        p.put("note", rule.note());
        p.put("basis", rule.basis().name());
        p.put("confirmed", rule.confirmed());
        int updated = jdbc.sql("""
                        UPDATE env_measure_rule SET action = :action, output_cut = :output, so2_cut = :c0, nox_cut = :c1,
                            pm_cut = :c2, voc_cut = :c3, note = :note, basis = :basis, confirmed = :confirmed
                        WHERE industry_code = :i AND grade = :g AND alert_level = :l""").params(p).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO env_measure_rule (industry_code, grade, alert_level, action, output_cut, so2_cut,
                                nox_cut, pm_cut, voc_cut, note, basis, confirmed)
                            VALUES (:i, :g, :l, :action, :output, :c0, :c1, :c2, :c3, :note, :basis, :confirmed)""").params(p).update();
        }
    }

    private static MeasureRule rule(ResultSet rs, int row) throws SQLException {
        return new MeasureRule(
                rs.getString("industry_code"),
                Grade.valueOf(rs.getString("grade")),
                AlertLevel.valueOf(rs.getString("alert_level")),
                MeasureAction.valueOf(rs.getString("action")),
                rs.getBigDecimal("output_cut").doubleValue(),
                new double[] {
                    rs.getBigDecimal("so2_cut").doubleValue(),
                    rs.getBigDecimal("nox_cut").doubleValue(),
                    rs.getBigDecimal("pm_cut").doubleValue(),
                    rs.getBigDecimal("voc_cut").doubleValue()
                },
                rs.getString("note"),
                RuleBasis.valueOf(rs.getString("basis")),
                rs.getBoolean("confirmed"));
    }

    // --- the list

    /** Every listed enterprise, or one county's; by county, industry, then name. */
    List<ListedEnterprise> listed(@Nullable String county) {
        return jdbc.sql(LISTED + (county == null ? "" : " WHERE e.county_code = :county")
                        + " ORDER BY e.county_code, l.industry_code, e.name, l.credit_code")
                .params(county == null ? Map.of() : Map.of("county", county))
                .query(EnvironmentRepository::listed)
                .list();
    }

    Optional<ListedEnterprise> listedOne(String creditCode) {
        return jdbc.sql(LISTED + " WHERE l.credit_code = :code")
                .param("code", creditCode)
                .query(EnvironmentRepository::listed)
                .optional();
    }

    /** Stores the row; {@code true} when it was new. */
    boolean saveListed(ListedEnterprise e) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", e.creditCode());
        p.put("industry", e.industryCode());
        p.put("grade", e.grade().name());
        p.put("guarantee", e.guarantee() == null ? null : e.guarantee().name());
        p.put("load", e.allowedLoad());
        p.put("so2", e.emissionBase().so2());
        p.put("nox", e.emissionBase().nox());
        p.put("pm", e.emissionBase().pm());
        p.put("voc", e.emissionBase().voc());
        p.put("base", e.dailyBase());
        p.put("from", e.upwindFrom());
        p.put("to", e.upwindTo());
        p.put("yellow", e.measureYellow());
        p.put("orange", e.measureOrange());
        p.put("red", e.measureRed());
        p.put("by", e.updatedBy());
        p.put("at", OffsetDateTime.ofInstant(e.updatedAt(), ZoneOffset.UTC));
        int updated = jdbc.sql("""
                        UPDATE env_enterprise SET industry_code = :industry, grade = :grade, guarantee = :guarantee,
                            allowed_load = :load, so2_kg = :so2, nox_kg = :nox, pm_kg = :pm, voc_kg = :voc,
                            daily_base = :base, upwind_from = :from, upwind_to = :to, measure_yellow = :yellow,
                            measure_orange = :orange, measure_red = :red, updated_by = :by, updated_at = :at
                        WHERE credit_code = :code""").params(p).update();
        if (updated > 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO env_enterprise (credit_code, industry_code, grade, guarantee, allowed_load, so2_kg,
                            nox_kg, pm_kg, voc_kg, daily_base, upwind_from, upwind_to, measure_yellow, measure_orange,
                            measure_red, updated_by, updated_at)
                        VALUES (:code, :industry, :grade, :guarantee, :load, :so2, :nox, :pm, :voc, :base, :from, :to,
                            :yellow, :orange, :red, :by, :at)""").params(p).update();
        return true;
    }

    void deleteListed(String creditCode) {
        jdbc.sql("DELETE FROM env_enterprise WHERE credit_code = :code")
                .param("code", creditCode)
                .update();
    }

    private static ListedEnterprise listed(ResultSet rs, int row) throws SQLException {
        String guarantee = rs.getString("guarantee");
        Timestamp at = rs.getTimestamp("updated_at");
        return new ListedEnterprise(
                rs.getString("credit_code"),
                rs.getString("name"),
                rs.getString("county_code"),
                rs.getString("industry_code"),
                Grade.valueOf(rs.getString("grade")),
                guarantee == null ? null : Guarantee.valueOf(guarantee),
                rs.getBigDecimal("allowed_load"),
                new Pollutants(
                        rs.getBigDecimal("so2_kg"),
                        rs.getBigDecimal("nox_kg"),
                        rs.getBigDecimal("pm_kg"),
                        rs.getBigDecimal("voc_kg")),
                rs.getBigDecimal("daily_base"),
                (Integer) rs.getObject("upwind_from", Integer.class),
                (Integer) rs.getObject("upwind_to", Integer.class),
                rs.getString("measure_yellow"),
                rs.getString("measure_orange"),
                rs.getString("measure_red"),
                rs.getString("updated_by"),
                at == null ? Instant.EPOCH : at.toInstant());
    }

    // --- county groups

    List<CountyGroup> groups() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM env_county_group ORDER BY name").query(rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        Map<String, List<String>> members = new HashMap<>();
        jdbc.sql("SELECT group_code, region_code FROM env_county_group_member ORDER BY region_code")
                .query(rs -> {
                    members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        List<CountyGroup> out = new ArrayList<>();
        names.forEach((code, name) -> out.add(new CountyGroup(code, name, members.getOrDefault(code, List.of()))));
        return out;
    }

    void saveGroup(CountyGroup group) {
        int updated = jdbc.sql("UPDATE env_county_group SET name = :name WHERE code = :code")
                .param("name", group.name())
                .param("code", group.code())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO env_county_group (code, name) VALUES (:code, :name)")
                    .param("code", group.code())
                    .param("name", group.name())
                    .update();
        }
        jdbc.sql("DELETE FROM env_county_group_member WHERE group_code = :code")
                .param("code", group.code())
                .update();
        for (String county : group.counties()) {
            jdbc.sql("INSERT INTO env_county_group_member (group_code, region_code) VALUES (:code, :county)")
                    .param("code", group.code())
                    .param("county", county)
                    .update();
        }
    }

    boolean groupInUse(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM env_episode WHERE group_code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void deleteGroup(String code) {
        jdbc.sql("DELETE FROM env_county_group WHERE code = :code")
                .param("code", code)
                .update();
    }

    // --- episodes

    List<Episode> episodes() {
        Map<Long, Map<LocalDate, Integer>> wind = new HashMap<>();
        jdbc.sql("SELECT episode_id, wind_date, direction FROM env_episode_wind")
                .query(rs -> {
                    wind.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                            .put(rs.getObject(2, LocalDate.class), rs.getInt(3));
                });
        return jdbc.sql("SELECT * FROM env_episode ORDER BY starts_at DESC, id DESC")
                .query((rs, i) -> episode(rs, wind.getOrDefault(rs.getLong("id"), Map.of())))
                .list();
    }

    Optional<Episode> episode(long id) {
        Map<LocalDate, Integer> wind = new TreeMap<>();
        jdbc.sql("SELECT wind_date, direction FROM env_episode_wind WHERE episode_id = :id")
                .param("id", id)
                .query(rs -> {
                    wind.put(rs.getObject(1, LocalDate.class), rs.getInt(2));
                });
        return jdbc.sql("SELECT * FROM env_episode WHERE id = :id")
                .param("id", id)
                .query((rs, i) -> episode(rs, wind))
                .optional();
    }

    long insertEpisode(Episode e) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", e.name());
        p.put("level", e.level().name());
        p.put("industry", e.industryCode());
        p.put("starts", e.startsAt());
        p.put("ends", e.endsAt());
        p.put("group", e.groupCode());
        for (int k = 0; k < 4; k++) {
            p.put("f" + k, e.floors().get(k));
        }
        p.put("spare", e.spareBehind());
        p.put("by", e.createdBy());
        p.put("at", OffsetDateTime.ofInstant(e.createdAt(), ZoneOffset.UTC));
        org.springframework.jdbc.support.GeneratedKeyHolder keys =
                new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO env_episode (name, alert_level, industry_code, starts_at, ends_at, group_code,
                            floor_so2, floor_nox, floor_pm, floor_voc, spare_behind, created_by, created_at)
                        VALUES (:name, :level, :industry, :starts, :ends, :group, :f0, :f1, :f2, :f3, :spare, :by, :at)""").params(p).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        e.wind()
                .forEach((day, direction) -> jdbc.sql(
                                "INSERT INTO env_episode_wind (episode_id, wind_date, direction) VALUES (:id, :day, :d)")
                        .param("id", id)
                        .param("day", day)
                        .param("d", direction)
                        .update());
        return id;
    }

    void adopt(long id, PlanKind kind, String by, Instant at, Map<String, double[]> measures) {
        jdbc.sql("UPDATE env_episode SET adopted_kind = :kind, adopted_by = :by, adopted_at = :at WHERE id = :id")
                .param("kind", kind.name())
                .param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM env_episode_measure WHERE episode_id = :id")
                .param("id", id)
                .update();
        measures.forEach((code, m) -> jdbc.sql("""
                        INSERT INTO env_episode_measure (episode_id, credit_code, output_cut, so2_cut, nox_cut, pm_cut,
                            voc_cut) VALUES (:id, :code, :o, :c0, :c1, :c2, :c3)""")
                .param("id", id)
                .param("code", code)
                .param("o", share(m[0]))
                .param("c0", share(m[1]))
                .param("c1", share(m[2]))
                .param("c2", share(m[3]))
                .param("c3", share(m[4]))
                .update());
    }

    /** The adopted plan's measures: credit code → {output cut, SO2, NOx, PM, VOCs cuts}. */
    Map<String, double[]> adoptedMeasures(long id) {
        Map<String, double[]> out = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM env_episode_measure WHERE episode_id = :id ORDER BY credit_code")
                .param("id", id)
                .query(rs -> {
                    out.put(rs.getString("credit_code"), new double[] {
                        rs.getBigDecimal("output_cut").doubleValue(),
                        rs.getBigDecimal("so2_cut").doubleValue(),
                        rs.getBigDecimal("nox_cut").doubleValue(),
                        rs.getBigDecimal("pm_cut").doubleValue(),
                        rs.getBigDecimal("voc_cut").doubleValue()
                    });
                });
        return out;
    }

    void end(long id, LocalDateTime at) {
        jdbc.sql("UPDATE env_episode SET ended_at = :at WHERE id = :id")
                .param("at", at)
                .param("id", id)
                .update();
    }

    private static BigDecimal share(double value) {
        return BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP);
    }

    private static Episode episode(ResultSet rs, Map<LocalDate, Integer> wind) throws SQLException {
        String adopted = rs.getString("adopted_kind");
        Timestamp adoptedAt = rs.getTimestamp("adopted_at");
        Timestamp ended = rs.getTimestamp("ended_at");
        return new Episode(
                rs.getLong("id"),
                rs.getString("name"),
                AlertLevel.valueOf(rs.getString("alert_level")),
                rs.getString("industry_code"),
                rs.getTimestamp("starts_at").toLocalDateTime(),
                rs.getTimestamp("ends_at").toLocalDateTime(),
                rs.getString("group_code"),
                new Pollutants(
                        rs.getBigDecimal("floor_so2"),
                        rs.getBigDecimal("floor_nox"),
                        rs.getBigDecimal("floor_pm"),
                        rs.getBigDecimal("floor_voc")),
                rs.getBoolean("spare_behind"),
                wind,
                adopted == null ? null : PlanKind.valueOf(adopted),
                rs.getString("adopted_by"),
                adoptedAt == null ? null : adoptedAt.toInstant(),
                ended == null ? null : ended.toLocalDateTime(),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
