package io.industrypulse.dispatch;

import io.industrypulse.account.Department;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of {@code ticket}, {@code ticket_department}, {@code ticket_history}, the time limits and the calendar. */
@Repository
class TicketRepository {

    private static final String SELECT = """
            SELECT t.id, t.credit_code, e.name, t.county_code, t.category, t.description, t.help_asked,
                   t.stops_production, t.urgent, t.state, t.handling_level, t.handler, t.result, t.rating,
                   t.rating_comment, t.submitted_by, t.submitted_at, t.visit_id, t.due_date, t.version
            FROM ticket t JOIN enterprise e ON e.credit_code = t.credit_code""";

    private final JdbcClient jdbc;

    TicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The tickets in a scope, newest first: {@code county} limits to one county, {@code creditCode} to one
     * enterprise, {@code department} to those assigned to it (any may be null).
     */
    List<Ticket> list(@Nullable String county, @Nullable String creditCode, @Nullable Department department) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (county != null) {
            conditions.add("t.county_code = :county");
            params.put("county", county);
        }
        if (creditCode != null) {
            conditions.add("t.credit_code = :code");
            params.put("code", creditCode);
        }
        if (department != null) {
            conditions.add("t.id IN (SELECT ticket_id FROM ticket_department WHERE department = :department)");
            params.put("department", department.code());
        }
        List<Ticket> tickets = jdbc.sql(
                        SELECT + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                                + " ORDER BY t.submitted_at DESC, t.id DESC")
                .params(params)
                .query((rs, n) -> map(rs, List.of()))
                .list();
        return withDepartments(tickets);
    }

    Optional<Ticket> find(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs, List.of()))
                .optional()
                .map(t -> withDepartments(List.of(t)).get(0));
    }

    long insert(NewTicketRow row) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO ticket (credit_code, county_code, category, description, help_asked,
                            stops_production, urgent, state, handling_level, submitted_by, submitted_at, visit_id,
                            due_date, updated_at, version)
                        VALUES (:code, :county, :category, :description, :help, :stops, :urgent, 'SUBMITTED', 'COUNTY',
                            :by, :at, :visit, :due, :at, 0)""")
                .param("code", row.creditCode())
                .param("county", row.countyCode())
                .param("category", row.category().name())
                .param("description", row.description())
                .param("help", row.helpAsked())
                .param("stops", row.stopsProduction())
                .param("urgent", row.urgent())
                .param("by", row.submittedBy())
                .param("at", OffsetDateTime.ofInstant(row.submittedAt(), ZoneOffset.UTC))
                .param("visit", row.visitId())
                .param("due", row.dueDate())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    record NewTicketRow(
            String creditCode,
            String countyCode,
            TicketCategory category,
            String description,
            String helpAsked,
            boolean stopsProduction,
            boolean urgent,
            String submittedBy,
            Instant submittedAt,
            @Nullable Long visitId,
            LocalDate dueDate) {}

    /** Writes the ticket's new state if nobody changed it since {@code version} was read; false otherwise. */
    boolean update(Ticket after, Instant at) {
        int rows = jdbc.sql("""
                        UPDATE ticket SET state = :state, handling_level = :level, handler = :handler, result = :result,
                            rating = :rating, rating_comment = :comment, due_date = :due, updated_at = :at,
                            version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("state", after.state().name())
                .param("level", after.level().name())
                .param("handler", after.handler())
                .param("result", after.result())
                .param("rating", after.rating())
                .param("comment", after.ratingComment())
                .param("due", after.dueDate())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("id", after.id())
                .param("version", after.version())
                .update();
        return rows == 1;
    }

    void replaceDepartments(long id, List<Department> departments) {
        jdbc.sql("DELETE FROM ticket_department WHERE ticket_id = :id")
                .param("id", id)
                .update();
        for (Department department : departments) {
            jdbc.sql("INSERT INTO ticket_department (ticket_id, department) VALUES (:id, :department)")
                    .param("id", id)
                    .param("department", department.code())
                    .update();
        }
    }

    void addHistory(long id, TicketHistoryEntry entry) {
        jdbc.sql("""
                        INSERT INTO ticket_history (ticket_id, occurred_at, username, action, from_state, to_state,
                            from_level, to_level, note)
                        VALUES (:id, :at, :user, :action, :fromState, :toState, :fromLevel, :toLevel, :note)""")
                .param("id", id)
                .param("at", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .param("user", entry.username())
                .param("action", entry.action().name())
                .param(
                        "fromState",
                        entry.fromState() == null ? null : entry.fromState().name())
                .param("toState", entry.toState().name())
                .param(
                        "fromLevel",
                        entry.fromLevel() == null ? null : entry.fromLevel().name())
                .param("toLevel", entry.toLevel().name())
                .param("note", entry.note())
                .update();
    }

    List<TicketHistoryEntry> history(long id) {
        return jdbc.sql("""
                        SELECT occurred_at, username, action, from_state, to_state, from_level, to_level, note
                        FROM ticket_history WHERE ticket_id = :id ORDER BY id""")
                .param("id", id)
                .query((rs, n) -> new TicketHistoryEntry(
                        instant(rs, "occurred_at"),
                        rs.getString("username"),
                        TicketAction.valueOf(rs.getString("action")),
                        rs.getString("from_state") == null ? null : TicketState.valueOf(rs.getString("from_state")),
                        TicketState.valueOf(rs.getString("to_state")),
                        rs.getString("from_level") == null ? null : TicketLevel.valueOf(rs.getString("from_level")),
                        TicketLevel.valueOf(rs.getString("to_level")),
                        rs.getString("note")))
                .list();
    }

    long insertAttachment(long ticket, String fileName, FileKind kind, byte[] content, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO ticket_attachment (ticket_id, file_name, content_type, size_bytes, content,
                            uploaded_by, uploaded_at)
                        VALUES (:t, :name, :type, :size, :content, :by, :at)""")
                .param("t", ticket)
                .param("name", fileName)
                .param("type", kind.contentType)
                .param("size", (long) content.length)
                .param("content", content)
                .param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<TicketAttachment> attachments(long ticket) {
        return jdbc.sql("""
                        SELECT id, ticket_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                        FROM ticket_attachment WHERE ticket_id = :t ORDER BY id""")
                .param("t", ticket)
                .query((rs, n) -> new TicketAttachment(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        instant(rs, "uploaded_at")))
                .list();
    }

    Optional<byte[]> attachmentContent(long ticket, long attachment) {
        return jdbc.sql("SELECT content FROM ticket_attachment WHERE id = :a AND ticket_id = :t")
                .param("a", attachment)
                .param("t", ticket)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    Optional<TicketExtension> extension(long ticket) {
        return jdbc.sql(
                        "SELECT days, reason, state, requested_by, decided_by FROM ticket_extension WHERE ticket_id = :t")
                .param("t", ticket)
                .query((rs, n) -> new TicketExtension(
                        rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    void requestExtension(long ticket, int days, String reason, String by) {
        jdbc.sql("""
                        INSERT INTO ticket_extension (ticket_id, days, reason, state, requested_by)
                        VALUES (:t, :d, :r, 'REQUESTED', :by)""")
                .param("t", ticket)
                .param("d", days)
                .param("r", reason)
                .param("by", by)
                .update();
    }

    void decideExtension(long ticket, String state, String by) {
        jdbc.sql("UPDATE ticket_extension SET state = :s, decided_by = :by WHERE ticket_id = :t")
                .param("s", state)
                .param("by", by)
                .param("t", ticket)
                .update();
    }

    /** 办理时限 of a category at a level: working days to accept and to solve. */
    int[] timeLimit(TicketCategory category, TicketLevel level) {
        return jdbc.sql(
                        "SELECT accept_days, solve_days FROM ticket_time_limit WHERE category = :c AND handling_level = :l")
                .param("c", category.name())
                .param("l", level.name())
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .optional()
                .orElseGet(() -> {
                    TimeLimit limit = TimeLimit.byDefault(category, level);
                    return new int[] {limit.acceptDays(), limit.solveDays()};
                });
    }

    /** Every row of the time-limit table. */
    List<TimeLimit> timeLimits() {
        return jdbc.sql("SELECT category, handling_level, accept_days, solve_days FROM ticket_time_limit")
                .query((rs, n) -> new TimeLimit(
                        TicketCategory.valueOf(rs.getString(1)),
                        TicketLevel.valueOf(rs.getString(2)),
                        rs.getInt(3),
                        rs.getInt(4)))
                .list();
    }

    void saveTimeLimit(TimeLimit limit) {
        int updated = jdbc.sql("""
                        UPDATE ticket_time_limit SET accept_days = :a, solve_days = :s
                        WHERE category = :c AND handling_level = :l""")
                .params(Map.of(
                        "a", limit.acceptDays(),
                        "s", limit.solveDays(),
                        "c", limit.category().name(),
                        "l", limit.level().name()))
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO ticket_time_limit VALUES (:c, :l, :a, :s)")
                    .params(Map.of(
                            "a", limit.acceptDays(),
                            "s", limit.solveDays(),
                            "c", limit.category().name(),
                            "l", limit.level().name()))
                    .update();
        }
    }

    /** The calendar's exceptions of a year, by date. */
    List<CalendarDay> calendar(int year) {
        return jdbc.sql("""
                        SELECT calendar_day, working, note FROM working_calendar
                        WHERE calendar_day BETWEEN :from AND :to ORDER BY calendar_day""")
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new CalendarDay(rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getString(3)))
                .list();
    }

    java.util.Optional<CalendarDay> calendarDay(LocalDate day) {
        return jdbc.sql("SELECT calendar_day, working, note FROM working_calendar WHERE calendar_day = :d")
                .param("d", day)
                .query((rs, n) -> new CalendarDay(rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getString(3)))
                .optional();
    }

    void saveCalendarDay(CalendarDay day) {
        int updated = jdbc.sql("UPDATE working_calendar SET working = :w, note = :n WHERE calendar_day = :d")
                .param("w", day.working())
                .param("n", day.note())
                .param("d", day.day())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO working_calendar (calendar_day, working, note) VALUES (:d, :w, :n)")
                    .param("w", day.working())
                    .param("n", day.note())
                    .param("d", day.day())
                    .update();
        }
    }

    void deleteCalendarDay(LocalDate day) {
        jdbc.sql("DELETE FROM working_calendar WHERE calendar_day = :d")
                .param("d", day)
                .update();
    }

    /** The calendar's exceptions to Monday-to-Friday. */
    WorkingDays workingDays() {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        jdbc.sql("SELECT calendar_day, working FROM working_calendar").query(rs -> {
            exceptions.put(rs.getObject("calendar_day", LocalDate.class), rs.getBoolean("working"));
        });
        return new WorkingDays(exceptions);
    }

    private List<Ticket> withDepartments(List<Ticket> tickets) {
        if (tickets.isEmpty()) {
            return tickets;
        }
        Map<Long, List<Department>> byTicket = new HashMap<>();
        jdbc.sql("SELECT ticket_id, department FROM ticket_department ORDER BY department")
                .query(rs -> {
                    byTicket.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(Department.valueOf(rs.getString(2)));
                });
        Map<Long, Ticket> out = new LinkedHashMap<>();
        for (Ticket t : tickets) {
            out.put(t.id(), withDepartments(t, byTicket.getOrDefault(t.id(), List.of())));
        }
        return new ArrayList<>(out.values());
    }

    private static Ticket withDepartments(Ticket t, List<Department> departments) {
        return new Ticket(
                t.id(),
                t.creditCode(),
                t.enterpriseName(),
                t.countyCode(),
                t.category(),
                t.description(),
                t.helpAsked(),
                t.stopsProduction(),
                t.urgent(),
                t.state(),
                t.level(),
                departments,
                t.handler(),
                t.result(),
                t.rating(),
                t.ratingComment(),
                t.submittedBy(),
                t.submittedAt(),
                t.visitId(),
                t.dueDate(),
                t.overdueDays(),
                t.stake(),
                t.version());
    }

    private static Ticket map(ResultSet rs, List<Department> departments) throws SQLException {
        int rated = rs.getInt("rating");
        Integer rating = rs.wasNull() ? null : rated;
        return new Ticket(
                rs.getLong("id"),
                rs.getString("credit_code"),
                rs.getString("name"),
                rs.getString("county_code"),
                TicketCategory.valueOf(rs.getString("category")),
                rs.getString("description"),
                rs.getString("help_asked"),
                rs.getBoolean("stops_production"),
                rs.getBoolean("urgent"),
                TicketState.valueOf(rs.getString("state")),
                TicketLevel.valueOf(rs.getString("handling_level")),
                departments,
                rs.getString("handler"),
                rs.getString("result"),
                rating,
                rs.getString("rating_comment"),
                rs.getString("submitted_by"),
                instant(rs, "submitted_at"),
                rs.getObject("visit_id", Long.class),
                rs.getObject("due_date", LocalDate.class),
                0,
                null,
                rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts.toInstant();
    }
}
