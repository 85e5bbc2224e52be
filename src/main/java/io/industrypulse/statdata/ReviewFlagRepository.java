package io.industrypulse.statdata;

import static io.industrypulse.statdata.StatDataRepository.firstDay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code review_flag}. */
@Repository
class ReviewFlagRepository {

    private static final String COLUMNS =
            "id, period, credit_code, enterprise_name, county_code, rule_code, check_code,"
                    + " measured, measured_other, threshold, message, state, raised_at, reason_category, explanation,"
                    + " explained_by, explained_at, reviewed_by, reviewed_at, review_comment, closed_at";

    /** A flag still in the workflow, as a re-import compares it. */
    record Active(long id, String creditCode, SoftCheck check, String fingerprint, FlagState state) {}

    /** The filters of a list; {@code null} means any. */
    record Filter(
            YearMonth period,
            @Nullable String county,
            @Nullable FlagState state,
            @Nullable String rule) {}

    private static final int BATCH_SIZE = 1_000;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    ReviewFlagRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    List<Active> active(YearMonth period) {
        return jdbc.sql("SELECT id, credit_code, check_code, fingerprint, state FROM review_flag"
                        + " WHERE period = ? AND state <> 'CLOSED'")
                .param(firstDay(period))
                .query((rs, n) -> new Active(
                        rs.getLong(1),
                        rs.getString(2),
                        SoftCheck.valueOf(rs.getString(3)),
                        rs.getString(4),
                        FlagState.valueOf(rs.getString(5))))
                .list();
    }

    /** Inserts the flags as {@code OPEN}, in batches (an import may raise thousands). */
    void insert(YearMonth period, List<RaisedFlag> raised, long revisionId, Instant at) {
        LocalDate day = firstDay(period);
        OffsetDateTime when = utc(at);
        jdbcTemplate.batchUpdate(
                "INSERT INTO review_flag (period, credit_code, enterprise_name, county_code, rule_code, check_code,"
                        + " measured, measured_other, threshold, message, fingerprint, state, raised_revision,"
                        + " last_revision, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)",
                raised,
                BATCH_SIZE,
                (ps, flag) -> {
                    ps.setObject(1, day);
                    ps.setString(2, flag.creditCode());
                    ps.setString(3, flag.enterpriseName());
                    ps.setString(4, flag.countyCode());
                    ps.setString(5, flag.check().rule());
                    ps.setString(6, flag.check().name());
                    ps.setBigDecimal(7, flag.measured());
                    ps.setBigDecimal(8, flag.measuredOther());
                    ps.setBigDecimal(9, flag.threshold());
                    ps.setString(10, flag.message());
                    ps.setString(11, flag.fingerprint());
                    ps.setLong(12, revisionId);
                    ps.setLong(13, revisionId);
                    ps.setObject(14, when);
                });
    }

    /** Records that the revision raised the flags again. */
    void touch(List<Long> ids, long revisionId) {
        jdbcTemplate.batchUpdate("UPDATE review_flag SET last_revision = ? WHERE id = ?", ids, BATCH_SIZE, (ps, id) -> {
            ps.setLong(1, revisionId);
            ps.setLong(2, id);
        });
    }

    /** Closes the flags: the revision no longer raises them with the same figures. */
    void close(List<Long> ids, long revisionId, Instant at) {
        OffsetDateTime when = utc(at);
        jdbcTemplate.batchUpdate(
                "UPDATE review_flag SET state = 'CLOSED', closed_at = ?, last_revision = ? WHERE id = ?",
                ids,
                BATCH_SIZE,
                (ps, id) -> {
                    ps.setObject(1, when);
                    ps.setLong(2, revisionId);
                    ps.setLong(3, id);
                });
    }

    Optional<ReviewFlag> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_flag WHERE id = ?")
                .param(id)
                .query((rs, n) -> flag(rs))
                .optional();
    }

    /** Locks the flag's row until the transaction ends (two reviewers of one flag act one after the other). */
    Optional<ReviewFlag> findForUpdate(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_flag WHERE id = ? FOR UPDATE")
                .param(id)
                .query((rs, n) -> flag(rs))
                .optional();
    }

    List<ReviewFlag> list(Filter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        conditions.add("period = :period");
        params.put("period", firstDay(filter.period()));
        if (filter.county() != null) {
            conditions.add("county_code = :county");
            params.put("county", filter.county());
        }
        if (filter.state() != null) {
            conditions.add("state = :state");
            params.put("state", filter.state().name());
        } else {
            conditions.add("state <> 'CLOSED'");
        }
        if (filter.rule() != null) {
            conditions.add("rule_code = :rule");
            params.put("rule", filter.rule());
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_flag WHERE " + String.join(" AND ", conditions)
                        + " ORDER BY county_code, credit_code, check_code, id")
                .params(params)
                .query((rs, n) -> flag(rs))
                .list();
    }

    /** Credit codes with at least one flag of the period still pending (not accepted, not closed). */
    List<String> pendingEnterprises(YearMonth period) {
        return jdbc.sql("SELECT DISTINCT credit_code FROM review_flag WHERE period = ?"
                        + " AND state IN ('OPEN', 'EXPLAINED', 'RETURNED')")
                .param(firstDay(period))
                .query(String.class)
                .list();
    }

    void explain(long id, ReasonCategory category, String text, String user, Instant at) {
        jdbc.sql("UPDATE review_flag SET state = 'EXPLAINED', reason_category = ?, explanation = ?, explained_by = ?,"
                        + " explained_at = ? WHERE id = ?")
                .params(category.name(), text, user, utc(at), id)
                .update();
    }

    void review(long id, FlagState state, @Nullable String comment, String user, Instant at) {
        jdbc.sql("UPDATE review_flag SET state = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?")
                .params(state.name(), comment, user, utc(at), id)
                .update();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static ReviewFlag flag(ResultSet rs) throws SQLException {
        String category = rs.getString("reason_category");
        return new ReviewFlag(
                rs.getLong("id"),
                YearMonth.from(rs.getObject("period", LocalDate.class)),
                rs.getString("credit_code"),
                rs.getString("enterprise_name"),
                rs.getString("county_code"),
                rs.getString("rule_code"),
                SoftCheck.valueOf(rs.getString("check_code")),
                rs.getBigDecimal("measured"),
                rs.getBigDecimal("measured_other"),
                rs.getBigDecimal("threshold"),
                rs.getString("message"),
                FlagState.valueOf(rs.getString("state")),
                instant(rs, "raised_at"),
                category == null ? null : ReasonCategory.valueOf(category),
                rs.getString("explanation"),
                rs.getString("explained_by"),
                instant(rs, "explained_at"),
                rs.getString("reviewed_by"),
                instant(rs, "reviewed_at"),
                rs.getString("review_comment"),
                instant(rs, "closed_at"));
    }
}
