package io.industrypulse.enterprise;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of the registry tables. Periods are DATEs of the month's first day. */
@Repository
class EnterpriseRepository {

    private static final String SELECT = """
            SELECT e.credit_code, e.name, e.county_code, r.name AS county_name, e.industry_class, e.division_code,
                   d.name AS division_name, e.legacy_code_reason, e.contact_person, e.contact_phone, e.address,
                   e.key_enterprise, e.pollution_grade, e.air_polluting, e.created_at, e.updated_at
            FROM enterprise e
            JOIN region r ON r.code = e.county_code
            JOIN industry_division d ON d.code = e.division_code""";

    private static final RowMapper<Enterprise> ENTERPRISE = EnterpriseRepository::enterprise;

    private static final RowMapper<IndustrialChain> CHAIN =
            (rs, row) -> new IndustrialChain(rs.getString("code"), rs.getString("name"), rs.getInt("sort_order"));

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batches;

    EnterpriseRepository(JdbcClient jdbc, org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batches) {
        this.batches = batches;
        this.jdbc = jdbc;
    }

    /** Filters of a search; {@code null} means no filter. */
    record Filter(
            String county,
            String creditCode,
            String division,
            Boolean keyEnterprise,
            Boolean airPolluting,
            String grade,
            String chain,
            String text) {}

    long count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return jdbc.sql("SELECT COUNT(*) FROM enterprise e" + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Credit code → county of every registered enterprise, in one light query (imports check every row). */
    Map<String, String> countiesByCreditCode() {
        Map<String, String> counties = new HashMap<>();
        jdbc.sql("SELECT credit_code, county_code FROM enterprise").query(rs -> {
            counties.put(rs.getString(1), rs.getString(2));
        });
        return counties;
    }

    List<Enterprise> search(Filter filter, int limit, long offset) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(SELECT + where + " ORDER BY e.county_code, e.credit_code LIMIT :limit OFFSET :offset")
                .params(params)
                .query(ENTERPRISE)
                .list();
    }

    private static String where(Filter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.county() != null) {
            conditions.add("e.county_code = :county");
            params.put("county", f.county());
        }
        if (f.creditCode() != null) {
            conditions.add("e.credit_code = :creditCode");
            params.put("creditCode", f.creditCode());
        }
        if (f.division() != null) {
            conditions.add("e.division_code = :division");
            params.put("division", f.division());
        }
        if (f.keyEnterprise() != null) {
            conditions.add("e.key_enterprise = :keyEnterprise");
            params.put("keyEnterprise", f.keyEnterprise());
        }
        if (f.airPolluting() != null) {
            conditions.add("e.air_polluting = :airPolluting");
            params.put("airPolluting", f.airPolluting());
        }
        if (f.grade() != null) {
            conditions.add("e.pollution_grade = :grade");
            params.put("grade", f.grade());
        }
        if (f.chain() != null) {
            conditions.add("""
                    EXISTS (SELECT 1 FROM enterprise_chain ec JOIN industrial_chain c ON c.id = ec.chain_id
                            WHERE ec.enterprise_id = e.id AND c.code = :chain)""");
            params.put("chain", f.chain());
        }
        if (f.text() != null) {
            conditions.add("(LOWER(e.name) LIKE :nameLike ESCAPE '\\' OR e.credit_code LIKE :codeLike ESCAPE '\\')");
            String escaped = f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            params.put("nameLike", "%" + escaped.toLowerCase(java.util.Locale.ROOT) + "%");
            params.put("codeLike", escaped.toUpperCase(java.util.Locale.ROOT) + "%");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Optional<Enterprise> find(String creditCode) {
        return jdbc.sql(SELECT + " WHERE e.credit_code = :code")
                .param("code", creditCode)
                .query(ENTERPRISE)
                .optional();
    }

    Optional<Long> findId(String creditCode) {
        return jdbc.sql("SELECT id FROM enterprise WHERE credit_code = :code")
                .param("code", creditCode)
                .query(Long.class)
                .optional();
    }

    /** Which of all registered credit codes exist (for bulk duplicate checks). */
    Set<String> allCreditCodes() {
        return new HashSet<>(jdbc.sql("SELECT credit_code FROM enterprise")
                .query(String.class)
                .list());
    }

    long countEnterprises() {
        return jdbc.sql("SELECT COUNT(*) FROM enterprise").query(Long.class).single();
    }

    /** The row to write: registry fields without the joined names. */
    record Row(
            String creditCode,
            String name,
            String countyCode,
            String industryClass,
            String divisionCode,
            String legacyCodeReason,
            String contactPerson,
            String contactPhone,
            String address,
            boolean keyEnterprise,
            PollutionGrade pollutionGrade,
            boolean airPolluting) {}

    long insert(Row row, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO enterprise (credit_code, name, county_code, industry_class, division_code,
                            legacy_code_reason, contact_person, contact_phone, address, key_enterprise,
                            pollution_grade, air_polluting, created_at, updated_at)
                        VALUES (:creditCode, :name, :countyCode, :industryClass, :divisionCode, :legacyCodeReason,
                            :contactPerson, :contactPhone, :address, :keyEnterprise, :pollutionGrade, :airPolluting,
                            :now, :now)""").params(rowParams(row)).param("now", now).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Rows of a bulk load in JDBC batches; their ids are read back by credit code where needed. */
    void insertAll(List<Row> rows, OffsetDateTime now) {
        batch("""
                        INSERT INTO enterprise (credit_code, name, county_code, industry_class, division_code,
                            legacy_code_reason, contact_person, contact_phone, address, key_enterprise,
                            pollution_grade, air_polluting, created_at, updated_at)
                        VALUES (:creditCode, :name, :countyCode, :industryClass, :divisionCode, :legacyCodeReason,
                            :contactPerson, :contactPhone, :address, :keyEnterprise, :pollutionGrade, :airPolluting,
                            :now, :now)""", rows, row -> {
            Map<String, Object> params = rowParams(row);
            params.put("now", now);
            return params;
        });
    }

    /** The first above-size spell of each new enterprise of a bulk load, by credit code. */
    void insertAboveSizeAll(Map<String, AboveSizePeriod> spells) {
        batch("""
                        INSERT INTO enterprise_above_size (enterprise_id, entered_period, entry_kind, exited_period,
                            exit_reason) SELECT id, :since, :kind, :exited, :reason FROM enterprise
                        WHERE credit_code = :creditCode""", List.copyOf(spells.entrySet()), spell -> {
            Map<String, Object> params = new HashMap<>();
            params.put("creditCode", spell.getKey());
            params.put("since", date(spell.getValue().since()));
            params.put("kind", spell.getValue().entry().name());
            params.put("exited", date(spell.getValue().exitedFrom()));
            params.put("reason", spell.getValue().exitReason());
            return params;
        });
    }

    /** The chains of each new enterprise of a bulk load (credit code to chain codes); it has none yet. */
    void insertChainsAll(Map<String, List<String>> chains) {
        List<Map.Entry<String, String>> pairs = new java.util.ArrayList<>();
        chains.forEach((creditCode, codes) -> codes.forEach(code -> pairs.add(Map.entry(creditCode, code))));
        batch("""
                        INSERT INTO enterprise_chain (enterprise_id, chain_id)
                        SELECT e.id, c.id FROM enterprise e, industrial_chain c
                        WHERE e.credit_code = :creditCode AND c.code = :code""", pairs, pair -> Map.of("creditCode", pair.getKey(), "code", pair.getValue()));
    }

    private <T> void batch(String sql, List<T> items, java.util.function.Function<T, Map<String, Object>> params) {
        batches.batchUpdate(
                sql,
                items.stream()
                        .map(item ->
                                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource(params.apply(item)))
                        .toArray(org.springframework.jdbc.core.namedparam.SqlParameterSource[]::new));
    }

    void update(Row row, OffsetDateTime now) {
        jdbc.sql("""
                        UPDATE enterprise SET name = :name, county_code = :countyCode, industry_class = :industryClass,
                            division_code = :divisionCode, legacy_code_reason = :legacyCodeReason,
                            contact_person = :contactPerson, contact_phone = :contactPhone, address = :address,
                            key_enterprise = :keyEnterprise, pollution_grade = :pollutionGrade,
                            air_polluting = :airPolluting, updated_at = :now
                        WHERE credit_code = :creditCode""").params(rowParams(row)).param("now", now).update();
    }

    private static Map<String, Object> rowParams(Row row) {
        Map<String, Object> params = new HashMap<>();
        params.put("creditCode", row.creditCode());
        params.put("name", row.name());
        params.put("countyCode", row.countyCode());
        params.put("industryClass", row.industryClass());
        params.put("divisionCode", row.divisionCode());
        params.put("legacyCodeReason", row.legacyCodeReason());
        params.put("contactPerson", row.contactPerson());
        params.put("contactPhone", row.contactPhone());
        params.put("address", row.address());
        params.put("keyEnterprise", row.keyEnterprise());
        params.put(
                "pollutionGrade",
                row.pollutionGrade() == null ? null : row.pollutionGrade().name());
        params.put("airPolluting", row.airPolluting());
        return params;
    }

    // above-size history

    List<AboveSizePeriod> aboveSize(long enterpriseId) {
        return jdbc.sql("""
                        SELECT entered_period, entry_kind, exited_period, exit_reason FROM enterprise_above_size
                        WHERE enterprise_id = :id ORDER BY entered_period""")
                .param("id", enterpriseId)
                .query((rs, row) -> new AboveSizePeriod(
                        period(rs, "entered_period"),
                        AboveSizeEntry.valueOf(rs.getString("entry_kind")),
                        period(rs, "exited_period"),
                        rs.getString("exit_reason")))
                .list();
    }

    void insertAboveSize(long enterpriseId, AboveSizePeriod spell) {
        jdbc.sql("""
                        INSERT INTO enterprise_above_size (enterprise_id, entered_period, entry_kind, exited_period,
                            exit_reason) VALUES (:id, :since, :kind, :exited, :reason)""")
                .param("id", enterpriseId)
                .param("since", date(spell.since()))
                .param("kind", spell.entry().name())
                .param("exited", date(spell.exitedFrom()))
                .param("reason", spell.exitReason())
                .update();
    }

    /** Closes the open spell (the one without exit); returns the number of rows changed (0 or 1). */
    int closeAboveSize(long enterpriseId, YearMonth exitedFrom, String reason) {
        return jdbc.sql("""
                        UPDATE enterprise_above_size SET exited_period = :exited, exit_reason = :reason
                        WHERE enterprise_id = :id AND exited_period IS NULL AND entered_period < :exited""")
                .param("id", enterpriseId)
                .param("exited", date(exitedFrom))
                .param("reason", reason)
                .update();
    }

    /** Credit codes of the enterprises above-size in the period, optionally of one county, in code order. */
    List<String> aboveSizeIn(YearMonth period, String county) {
        String sql = """
                SELECT DISTINCT e.credit_code FROM enterprise e
                JOIN enterprise_above_size s ON s.enterprise_id = e.id
                WHERE s.entered_period <= :p AND (s.exited_period IS NULL OR s.exited_period > :p)""" + (county == null ? "" : " AND e.county_code = :county") + " ORDER BY e.credit_code";
        var spec = jdbc.sql(sql).param("p", date(period));
        if (county != null) {
            spec = spec.param("county", county);
        }
        return spec.query(String.class).list();
    }

    /** Entries into and exits from the above-size scope in the months {@code from}..{@code to}, by month. */
    List<AboveSizeChange> aboveSizeChanges(YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        SELECT e.credit_code, e.name, e.county_code, s.entered_period AS period, s.entry_kind AS what,
                            TRUE AS entry
                        FROM enterprise e JOIN enterprise_above_size s ON s.enterprise_id = e.id
                        WHERE s.entered_period BETWEEN :from AND :to AND s.entry_kind <> 'INITIAL'
                        UNION ALL
                        SELECT e.credit_code, e.name, e.county_code, s.exited_period, s.exit_reason, FALSE
                        FROM enterprise e JOIN enterprise_above_size s ON s.enterprise_id = e.id
                        WHERE s.exited_period BETWEEN :from AND :to
                        ORDER BY 4, 1""")
                .param("from", date(from))
                .param("to", date(to))
                .query((rs, n) -> new AboveSizeChange(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        YearMonth.from(rs.getObject(4, java.time.LocalDate.class)),
                        rs.getBoolean(6),
                        rs.getString(5)))
                .list();
    }

    // chains

    List<IndustrialChain> chains() {
        return jdbc.sql("SELECT code, name, sort_order FROM industrial_chain ORDER BY sort_order, code")
                .query(CHAIN)
                .list();
    }

    Optional<IndustrialChain> findChain(String code) {
        return jdbc.sql("SELECT code, name, sort_order FROM industrial_chain WHERE code = :code")
                .param("code", code)
                .query(CHAIN)
                .optional();
    }

    void insertChain(IndustrialChain chain) {
        jdbc.sql("INSERT INTO industrial_chain (code, name, sort_order) VALUES (:code, :name, :sort)")
                .param("code", chain.code())
                .param("name", chain.name())
                .param("sort", chain.sortOrder())
                .update();
    }

    void updateChain(IndustrialChain chain) {
        jdbc.sql("UPDATE industrial_chain SET name = :name, sort_order = :sort WHERE code = :code")
                .param("code", chain.code())
                .param("name", chain.name())
                .param("sort", chain.sortOrder())
                .update();
    }

    List<IndustrialChain> chainsOf(long enterpriseId) {
        return jdbc.sql("""
                        SELECT c.code, c.name, c.sort_order FROM industrial_chain c
                        JOIN enterprise_chain ec ON ec.chain_id = c.id
                        WHERE ec.enterprise_id = :id ORDER BY c.sort_order, c.code""").param("id", enterpriseId).query(CHAIN).list();
    }

    /** Every (chain code, credit code) membership, by chain order. */
    List<Map.Entry<String, String>> chainMemberships() {
        return jdbc.sql("""
                        SELECT c.code AS chain_code, e.credit_code FROM enterprise_chain ec
                        JOIN industrial_chain c ON c.id = ec.chain_id
                        JOIN enterprise e ON e.id = ec.enterprise_id
                        ORDER BY c.sort_order, c.code, e.credit_code""")
                .query((rs, row) -> Map.entry(rs.getString("chain_code"), rs.getString("credit_code")))
                .list();
    }

    void replaceChains(long enterpriseId, List<String> chainCodes) {
        jdbc.sql("DELETE FROM enterprise_chain WHERE enterprise_id = :id")
                .param("id", enterpriseId)
                .update();
        for (String code : chainCodes) {
            jdbc.sql("""
                            INSERT INTO enterprise_chain (enterprise_id, chain_id)
                            SELECT :id, id FROM industrial_chain WHERE code = :code""").param("id", enterpriseId).param("code", code).update();
        }
    }

    // divisions

    List<IndustryDivision> divisions() {
        return jdbc.sql("SELECT code, name, section FROM industry_division ORDER BY sort_order")
                .query((rs, row) ->
                        new IndustryDivision(rs.getString("code"), rs.getString("name"), rs.getString("section")))
                .list();
    }

    // mapping

    private static Enterprise enterprise(ResultSet rs, int row) throws SQLException {
        String grade = rs.getString("pollution_grade");
        return new Enterprise(
                rs.getString("credit_code"),
                rs.getString("name"),
                rs.getString("county_code"),
                rs.getString("county_name"),
                rs.getString("industry_class"),
                rs.getString("division_code"),
                rs.getString("division_name"),
                rs.getString("legacy_code_reason"),
                rs.getString("contact_person"),
                rs.getString("contact_phone"),
                rs.getString("address"),
                rs.getBoolean("key_enterprise"),
                grade == null ? null : PollutionGrade.valueOf(grade),
                rs.getBoolean("air_polluting"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static YearMonth period(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : YearMonth.from(date.toLocalDate());
    }

    private static LocalDate date(YearMonth period) {
        return period == null ? null : period.atDay(1);
    }
}
