package io.industrypulse.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of {@code campaign}, {@code campaign_county} and {@code visit}, and the ticket history the figures need. */
@Repository
class CampaignRepository {

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Campaign> list() {
        Map<Long, List<String>> counties = new HashMap<>();
        jdbc.sql("SELECT campaign_id, county_code FROM campaign_county ORDER BY county_code")
                .query(rs -> {
                    counties.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return jdbc.sql(
                        "SELECT id, name, start_date, end_date, visit_goal, goals FROM campaign ORDER BY start_date DESC, id DESC")
                .query((rs, n) -> map(rs, counties.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    Optional<Campaign> find(long id) {
        return list().stream().filter(c -> c.id() == id).findFirst();
    }

    long insert(NewCampaign c, LocalDate end, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO campaign (name, start_date, end_date, visit_goal, goals, created_by, created_at)
                        VALUES (:name, :start, :end, :goal, :goals, :by, :at)""")
                .param("name", c.name().strip())
                .param("start", c.startDate())
                .param("end", end)
                .param("goal", c.visitGoal())
                .param(
                        "goals",
                        c.goals() == null || c.goals().isBlank()
                                ? null
                                : c.goals().strip())
                .param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (String county : c.counties() == null ? List.<String>of() : c.counties()) {
            jdbc.sql("INSERT INTO campaign_county (campaign_id, county_code) VALUES (:id, :c)")
                    .param("id", id)
                    .param("c", county)
                    .update();
        }
        return id;
    }

    long insertVisit(Visit v, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO visit (credit_code, county_code, visit_date, cadre, department, findings,
                            recorded_by, recorded_at)
                        VALUES (:code, :county, :day, :cadre, :department, :findings, :by, :at)""")
                .param("code", v.creditCode())
                .param("county", v.countyCode())
                .param("day", v.visitDate())
                .param("cadre", v.cadre())
                .param("department", v.department())
                .param("findings", v.findings())
                .param("by", v.recordedBy())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static final String VISITS = """
            SELECT v.id, v.credit_code, e.name, v.county_code, v.visit_date, v.cadre, v.department, v.findings,
                   v.recorded_by
            FROM visit v JOIN enterprise e ON e.credit_code = v.credit_code""";

    Optional<Visit> visit(long id) {
        return jdbc.sql(VISITS + " WHERE v.id = :id")
                .param("id", id)
                .query(CampaignRepository::visit)
                .optional()
                .map(v -> withTickets(List.of(v)).get(0));
    }

    /** Visits, newest first; only one county's when {@code county} is set, one enterprise's when {@code creditCode}. */
    List<Visit> visits(@Nullable String county, @Nullable String creditCode) {
        StringBuilder sql = new StringBuilder(VISITS + " WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (county != null) {
            sql.append(" AND v.county_code = :county");
            params.put("county", county);
        }
        if (creditCode != null) {
            sql.append(" AND v.credit_code = :code");
            params.put("code", creditCode);
        }
        sql.append(" ORDER BY v.visit_date DESC, v.id DESC");
        return withTickets(jdbc.sql(sql.toString())
                .params(params)
                .query(CampaignRepository::visit)
                .list());
    }

    /** The visits with the ids of the tickets opened on them (one query for all). */
    private List<Visit> withTickets(List<Visit> visits) {
        if (visits.isEmpty()) {
            return visits;
        }
        Map<Long, List<Long>> opened = new HashMap<>();
        // one visit (a ticket's page, a form): only its tickets; a list: every link at once
        String where = visits.size() == 1 ? "visit_id = :visit" : "visit_id IS NOT NULL";
        jdbc.sql("SELECT visit_id, id FROM ticket WHERE " + where + " ORDER BY id")
                .params(visits.size() == 1 ? Map.of("visit", visits.get(0).id()) : Map.of())
                .query(rs -> {
                    opened.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(rs.getLong(2));
                });
        return visits.stream()
                .map(v -> new Visit(
                        v.id(),
                        v.creditCode(),
                        v.enterpriseName(),
                        v.countyCode(),
                        v.visitDate(),
                        v.cadre(),
                        v.department(),
                        v.findings(),
                        v.recordedBy(),
                        opened.getOrDefault(v.id(), List.of())))
                .toList();
    }

    private static Visit visit(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Visit(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                List.of());
    }

    Optional<Cadre> cadre(String creditCode) {
        return jdbc.sql(
                        "SELECT credit_code, cadre, phone, unit, updated_by FROM enterprise_cadre WHERE credit_code = :c")
                .param("c", creditCode)
                .query((rs, n) ->
                        new Cadre(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    void saveCadre(Cadre cadre, Instant at) {
        jdbc.sql("DELETE FROM enterprise_cadre WHERE credit_code = :c")
                .param("c", cadre.creditCode())
                .update();
        jdbc.sql("""
                        INSERT INTO enterprise_cadre (credit_code, cadre, phone, unit, updated_by, updated_at)
                        VALUES (:c, :name, :phone, :unit, :by, :at)""")
                .param("c", cadre.creditCode())
                .param("name", cadre.name())
                .param("phone", cadre.phone())
                .param("unit", cadre.unit())
                .param("by", cadre.updatedBy())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    /** Every ticket's moves: ticket id → (Beijing day → state at the end of that day). */
    Map<Long, Map<LocalDate, TicketState>> moves() {
        Map<Long, Map<LocalDate, TicketState>> moves = new HashMap<>();
        jdbc.sql("SELECT ticket_id, occurred_at, to_state FROM ticket_history ORDER BY id")
                .query(rs -> {
                    LocalDate day = LocalDate.ofInstant(
                            rs.getTimestamp(2).toInstant(), io.industrypulse.account.ShownTime.ZONE);
                    moves.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(day, TicketState.valueOf(rs.getString(3)));
                });
        return moves;
    }

    /** The day each ticket was last rated. */
    Map<Long, LocalDate> ratedOn() {
        Map<Long, LocalDate> rated = new HashMap<>();
        jdbc.sql("SELECT ticket_id, occurred_at FROM ticket_history WHERE action = 'RATE' ORDER BY id")
                .query(rs -> {
                    rated.put(
                            rs.getLong(1),
                            LocalDate.ofInstant(
                                    rs.getTimestamp(2).toInstant(), io.industrypulse.account.ShownTime.ZONE));
                });
        return rated;
    }

    private static Campaign map(ResultSet rs, List<String> counties) throws SQLException {
        int goal = rs.getInt("visit_goal");
        Integer visitGoal = rs.wasNull() ? null : goal;
        return new Campaign(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                counties,
                visitGoal,
                rs.getString("goals"));
    }
}
