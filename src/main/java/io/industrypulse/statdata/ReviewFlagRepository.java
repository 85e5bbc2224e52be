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

    private final JdbcClient jdbc;

    ReviewFlagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    long insert(YearMonth period, RaisedFlag flag, long revisionId, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO review_flag (period, credit_code, enterprise_name, county_code, rule_code, check_code,"
                        + " measured, measured_other, threshold, message, fingerprint, state, raised_revision,"
                        + " last_revision, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)")
                .params(
                        firstDay(period),
                        flag.creditCode(),
                        flag.enterpriseName(),
                        flag.countyCode(),
                        flag.check().rule(),
                        flag.check().name(),
                        flag.measured(),
                        flag.measuredOther(),
                        flag.threshold(),
                        flag.message(),
                        flag.fingerprint(),
                        revisionId,
                        revisionId,
                        utc(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void touch(long id, long revisionId) {
        jdbc.sql("UPDATE review_flag SET last_revision = ? WHERE id = ?")
                .params(revisionId, id)
                .update();
    }

    void close(long id, long revisionId, Instant at) {
        jdbc.sql("UPDATE review_flag SET state = 'CLOSED', closed_at = ?, last_revision = ? WHERE id = ?")
                .params(utc(at), revisionId, id)
                .update();
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
