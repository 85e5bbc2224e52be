package io.industrypulse.web;

import static io.industrypulse.web.SecurityMatrixTest.Actor.ADMIN;
import static io.industrypulse.web.SecurityMatrixTest.Actor.ANALYST;
import static io.industrypulse.web.SecurityMatrixTest.Actor.ANONYMOUS;
import static io.industrypulse.web.SecurityMatrixTest.Actor.COUNTY;
import static io.industrypulse.web.SecurityMatrixTest.Actor.ECOLOGY;
import static io.industrypulse.web.SecurityMatrixTest.Actor.ENTERPRISE;
import static io.industrypulse.web.SecurityMatrixTest.Actor.LEADER;
import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The role x scope matrix over real HTTP on the demo city (DESIGN.md section 1). Every request mapping of the
 * application must have a rule here, and every rule a mapping: a new endpoint without a rule fails {@link
 * #everyMappedEndpointHasARule}. Each rule asks as the six roles and anonymously, for the own county (the enterprise
 * user's county, where the county user works) and another county, the own enterprise, another enterprise of the same
 * county, one of another county and a 涉气 one of another county, and expects the status written in the rule.
 *
 * <p>Every 200 answer is then searched for enterprises the actor may not see: any credit code or enterprise name of
 * the registry outside the actor's scope fails the test (a county user: its county; an enterprise user: itself; the
 * ecology department: the 涉气 enterprises; a department without such work: none; the city roles: all).
 *
 * <p>Writes are sent with a value the service refuses, so that an allowed actor changes nothing and a refused one
 * must be refused before validation: 403 (or 404 for what is out of scope), never a redirect that looks like success.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SecurityMatrixTest {

    enum Actor {
        ANONYMOUS,
        ADMIN,
        ANALYST,
        LEADER,
        ECOLOGY,
        COUNTY,
        ENTERPRISE
    }

    static final Set<Actor> ALL = EnumSet.range(ADMIN, ENTERPRISE);
    static final Set<Actor> CITY = EnumSet.of(ADMIN, ANALYST, LEADER);
    static final Set<Actor> CITY_WRITERS = EnumSet.of(ADMIN, ANALYST);
    static final Set<Actor> CITY_AND_COUNTY = EnumSet.of(ADMIN, ANALYST, LEADER, COUNTY);
    static final Set<Actor> IMPORTERS = EnumSet.of(ADMIN, ANALYST, COUNTY);
    static final Set<Actor> NONE = EnumSet.noneOf(Actor.class);

    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.-]+_[a-zA-Z_]+\\?\\?");
    private static final Pattern CREDIT_CODE = Pattern.compile("(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])");
    private static final String FIXTURE = "security-matrix-fixture";

    /** An enterprise of the registry as far as scope is concerned. */
    record Ent(String code, String name, String county, boolean air) {}

    /** One request and the status each actor must get. */
    record Case(
            String endpoint,
            String method,
            String path,
            @Nullable String json,
            @Nullable String form,
            Map<Actor, Integer> expected) {}

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    Map<String, Ent> registry;
    Map<String, Ent> byName;
    String city;
    String ownCounty;
    String otherCounty;
    Ent own;
    Ent sameCounty;
    Ent other;
    Ent air;
    String period;
    String coming;
    String division;
    String chain;
    long ownRevision;
    long otherRevision;
    long ownFlag;
    long otherFlag;
    long ownTicket;
    /** The enterprises of the tickets assigned to 生态环境局: the ecology user may name them. */
    Set<String> ecologyTickets;

    long otherTicket;
    long campaign;
    /** Listed enterprises (重点涉气企业清单) in the enterprise user's county and in the other county. */
    String listedOwn;

    String listedOther;
    /** A past alert over the whole city, and the running one over the eastern group (not the own county). */
    long cityEpisode;

    long eastEpisode;
    /** Pool enterprises (培育库) in the own county and in the other county. */
    String poolOwn;

    String projectOwnCounty;
    String projectOtherCounty;
    String projectOwnEnterprise;

    String poolOther;
    /** Applications of the own and the other county's pool, and a batch. */
    long applicationOwn;

    long applicationOther;
    long batchId;
    long ownAttachment;
    long otherAttachment;
    long cityReport;
    long ownCountyReport;
    long otherCountyReport;

    @Autowired
    io.industrypulse.report.ReportService reports;

    YearMonth ownMonth;
    YearMonth otherMonth;
    final Map<Actor, WebSession> sessions = new EnumMap<>(Actor.class);
    final Map<Actor, String> csrf = new EnumMap<>(Actor.class);

    @BeforeAll
    void facts() {
        registry = new HashMap<>();
        byName = new HashMap<>();
        jdbc.sql("SELECT credit_code, name, county_code, air_polluting FROM enterprise")
                .query((rs, n) -> new Ent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list()
                .forEach(e -> {
                    registry.put(e.code(), e);
                    byName.put(e.name(), e);
                });
        city = jdbc.sql("SELECT code FROM region WHERE level = 'city'")
                .query(String.class)
                .single();
        String ownCode = jdbc.sql("SELECT enterprise_code FROM app_user WHERE username = 'enterprise'")
                .query(String.class)
                .single();
        own = registry.get(ownCode);
        ownCounty = own.county();
        otherCounty = registry.values().stream()
                .map(Ent::county)
                .filter(c -> !c.equals(ownCounty))
                .min(String::compareTo)
                .orElseThrow();
        sameCounty = registry.values().stream()
                .filter(e -> e.county().equals(ownCounty) && !e.equals(own))
                .min(java.util.Comparator.comparing(Ent::code))
                .orElseThrow();
        other = registry.values().stream()
                .filter(e -> e.county().equals(otherCounty) && !e.air())
                .min(java.util.Comparator.comparing(Ent::code))
                .orElseThrow();
        air = registry.values().stream()
                .filter(e -> e.county().equals(otherCounty) && e.air())
                .min(java.util.Comparator.comparing(Ent::code))
                .orElseThrow(() -> new AssertionError("the demo city has no 涉气 enterprise in " + otherCounty));
        LocalDate latest = jdbc.sql("SELECT MAX(period) FROM monthly_report")
                .query(LocalDate.class)
                .single();
        period = YearMonth.from(latest).toString();
        coming = YearMonth.from(latest).plusMonths(1).toString();
        division = jdbc.sql("SELECT division_code FROM enterprise WHERE credit_code = :c")
                .param("c", own.code())
                .query(String.class)
                .single();
        chain = jdbc.sql("SELECT MIN(code) FROM industrial_chain")
                .query(String.class)
                .single();
        // months of the first data year (valid periods), imported "long ago" so no page takes them as the latest
        YearMonth first = YearMonth.from(jdbc.sql("SELECT MIN(period) FROM monthly_report")
                .query(LocalDate.class)
                .single());
        ownMonth = YearMonth.of(first.getYear(), 1);
        otherMonth = YearMonth.of(first.getYear(), 2);
        ownRevision = revision(ownCounty, ownMonth.atDay(1));
        otherRevision = revision(otherCounty, otherMonth.atDay(1));
        ownFlag = flag(ownRevision, sameCounty, ownMonth.atDay(1));
        otherFlag = flag(otherRevision, other, otherMonth.atDay(1));
        ecologyTickets =
                new java.util.HashSet<>(jdbc.sql("""
                        SELECT t.credit_code FROM ticket t JOIN ticket_department d ON d.ticket_id = t.id
                        WHERE d.department = 'ECOLOGY'""").query(String.class).list());
        ownTicket = ticket(own);
        otherTicket = ticket(other);
        campaign = campaign();
        listedOwn = jdbc.sql("""
                        SELECT MIN(l.credit_code) FROM env_enterprise l JOIN enterprise e ON e.credit_code = l.credit_code
                        WHERE e.county_code = :c AND l.credit_code <> :own""")
                .param("c", ownCounty)
                .param("own", own.code())
                .query(String.class)
                .single();
        listedOther = jdbc.sql("""
                        SELECT MIN(l.credit_code) FROM env_enterprise l JOIN enterprise e ON e.credit_code = l.credit_code
                        WHERE e.county_code = :c""").param("c", otherCounty).query(String.class).single();
        cityEpisode = jdbc.sql("SELECT MIN(id) FROM env_episode WHERE group_code IS NULL AND alert_level <> 'STAGGER'")
                .query(Long.class)
                .single();
        eastEpisode = jdbc.sql("SELECT MIN(id) FROM env_episode WHERE group_code = 'EAST'")
                .query(Long.class)
                .single();
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM env_county_group_member WHERE group_code = 'EAST' AND region_code = :c")
                        .param("c", ownCounty)
                        .query(Long.class)
                        .single())
                .as("the eastern group leaves out the own county")
                .isZero();
        poolOwn = jdbc.sql("SELECT MIN(credit_code) FROM cult_pool WHERE county_code = :c")
                .param("c", ownCounty)
                .query(String.class)
                .single();
        poolOther = jdbc.sql("SELECT MIN(credit_code) FROM cult_pool WHERE county_code = :c")
                .param("c", otherCounty)
                .query(String.class)
                .single();
        projectOwnCounty = jdbc.sql(
                        "SELECT MIN(code) FROM inv_project WHERE county_code = :c AND (credit_code IS NULL OR credit_code <> :e)")
                .param("c", ownCounty)
                .param("e", own.code())
                .query(String.class)
                .single();
        projectOtherCounty = jdbc.sql("SELECT MIN(code) FROM inv_project WHERE county_code = :c")
                .param("c", otherCounty)
                .query(String.class)
                .single();
        projectOwnEnterprise = jdbc.sql("SELECT MIN(code) FROM inv_project WHERE credit_code = :e")
                .param("e", own.code())
                .query(String.class)
                .single();
        applicationOwn = application(ownCounty);
        applicationOther = application(otherCounty);
        batchId = jdbc.sql("SELECT MIN(id) FROM cult_batch").query(Long.class).single();
        ownAttachment = attachment(ownTicket);
        otherAttachment = attachment(otherTicket);
        YearMonth published = reports.latestPeriod().orElseThrow();
        cityReport = brief(published, "analyst", io.industrypulse.account.Role.CITY_ANALYST, city);
        ownCountyReport = brief(published, "county", io.industrypulse.account.Role.COUNTY_USER, ownCounty);
        otherCountyReport = brief(published, "county", io.industrypulse.account.Role.COUNTY_USER, otherCounty);
    }

    /** The month's brief of {@code region}, written as a user of that role would write it. */
    private long brief(YearMonth period, String user, io.industrypulse.account.Role role, String region) {
        return reports.generate(
                        io.industrypulse.report.ReportKind.BRIEF,
                        period,
                        new io.industrypulse.account.UserScope(user, role, region))
                .id();
    }

    /** A one-page PDF on the ticket, made once per database. */
    private long attachment(long ticket) {
        java.util.Optional<Long> made = jdbc.sql("SELECT MIN(id) FROM ticket_attachment WHERE ticket_id = :t")
                .param("t", ticket)
                .query(Long.class)
                .optional();
        if (made.isPresent()) {
            return made.get();
        }
        jdbc.sql("""
                        INSERT INTO ticket_attachment (ticket_id, file_name, content_type, size_bytes, content,
                            uploaded_by, uploaded_at)
                        VALUES (:t, 'fixture.pdf', 'application/pdf', 9, :c, 'enterprise', :at)""")
                .param("t", ticket)
                .param("c", "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return attachment(ticket);
    }

    /** An application of the county's pool (the demo city has some in every county). */
    private long application(String county) {
        return jdbc.sql("""
                        SELECT MIN(a.id) FROM cult_application a JOIN cult_pool p ON p.credit_code = a.credit_code
                        WHERE p.county_code = :c""").param("c", county).query(Long.class).single();
    }

    /** A campaign over the whole city, made once per database. */
    private long campaign() {
        java.util.Optional<Long> made = jdbc.sql("SELECT MIN(id) FROM campaign WHERE name = :n")
                .param("n", FIXTURE)
                .query(Long.class)
                .optional();
        if (made.isPresent()) {
            return made.get();
        }
        jdbc.sql("""
                        INSERT INTO campaign (name, start_date, end_date, created_by, created_at)
                        VALUES (:n, DATE '2026-09-01', DATE '2026-12-09', 'analyst', :at)""")
                .param("n", FIXTURE)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return campaign();
    }

    /** A ticket on the enterprise at its county, waiting to be accepted, made once per database. */
    private long ticket(Ent enterprise) {
        java.util.Optional<Long> made = jdbc.sql(
                        "SELECT MIN(id) FROM ticket WHERE credit_code = :c AND description = :d")
                .param("c", enterprise.code())
                .param("d", FIXTURE)
                .query(Long.class)
                .optional();
        if (made.isPresent()) {
            return made.get();
        }
        jdbc.sql("""
                        INSERT INTO ticket (credit_code, county_code, category, description, help_asked,
                            stops_production, urgent, state, handling_level, submitted_by, submitted_at, due_date,
                            updated_at, version)
                        VALUES (:c, :county, 'LABOUR', :d, :d, FALSE, FALSE, 'SUBMITTED', 'COUNTY', 'enterprise', :at,
                            DATE '2099-01-01', :at, 0)""")
                .param("c", enterprise.code())
                .param("county", enterprise.county())
                .param("d", FIXTURE)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return ticket(enterprise);
    }

    /** A county import's revision (no rows of its own: its changes page shows no figures), made once per database. */
    private long revision(String county, LocalDate month) {
        java.util.Optional<Long> made = jdbc.sql(
                        "SELECT id FROM monthly_revision WHERE period = :p AND source = :s AND county_code = :c")
                .param("p", month)
                .param("s", FIXTURE)
                .param("c", county)
                .query(Long.class)
                .optional();
        if (made.isPresent()) {
            return made.get();
        }
        int number = jdbc.sql("SELECT COALESCE(MAX(revision), 0) + 1 FROM monthly_revision WHERE period = :p")
                .param("p", month)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        INSERT INTO monthly_revision (period, revision, source, imported_by, imported_at, county_code,
                                                      row_count)
                        VALUES (:p, :n, :s, :by, :at, :c, 0)""")
                .param("p", month)
                .param("n", number)
                .param("s", FIXTURE)
                .param("by", "county" + county)
                .param("at", OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                .param("c", county)
                .update();
        return revision(county, month);
    }

    private long flag(long revision, Ent enterprise, LocalDate month) {
        java.util.Optional<Long> made = jdbc.sql("SELECT id FROM review_flag WHERE raised_revision = :r")
                .param("r", revision)
                .query(Long.class)
                .optional();
        if (made.isPresent()) {
            return made.get();
        }
        jdbc.sql("""
                        INSERT INTO review_flag (period, credit_code, enterprise_name, county_code, rule_code,
                                                 check_code, measured, threshold, message, fingerprint, state,
                                                 raised_revision, last_revision, raised_at)
                        VALUES (:p, :code, :name, :county, 'S1', 'S1_SALES_RATIO', 150, 120, :m, :f, 'OPEN', :r, :r, :at)""")
                .param("p", month)
                .param("code", enterprise.code())
                .param("name", enterprise.name())
                .param("county", enterprise.county())
                .param("m", FIXTURE)
                .param("f", FIXTURE + revision)
                .param("r", revision)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT id FROM review_flag WHERE raised_revision = :r")
                .param("r", revision)
                .query(Long.class)
                .single();
    }

    // ------------------------------------------------------------------------------------------------ the rules

    /** Every rule, by endpoint ({@code METHOD pattern}, with the params condition where two share a path). */
    List<Case> rules() {
        List<Case> rules = new ArrayList<>();
        String o = own.code();
        String s = sameCounty.code();
        String x = other.code();
        String a = air.code();

        // public aggregates: every role
        get(rules, "GET /", "/", ALL, 0);
        get(rules, "GET /monitor/ranking", "/monitor/ranking", ALL, 0);
        get(rules, "GET /monitor/ranking.xlsx", "/monitor/ranking.xlsx", ALL, 0);
        get(rules, "GET /monitor/compare", "/monitor/compare", ALL, 0);
        get(rules, "GET /monitor/compare", "/monitor/compare?region=" + city, ALL, 0);
        get(rules, "GET /monitor/compare", "/monitor/compare?region=" + ownCounty, CITY_AND_COUNTY, 404);
        get(rules, "GET /monitor/compare", "/monitor/compare?region=" + otherCounty, CITY, 404);
        get(rules, "GET /monitor/screen", "/monitor/screen", ALL, 0);
        get(rules, "GET /monitor/quarters", "/monitor/quarters", ALL, 0);
        get(rules, "GET /monitor/quarters.xlsx", "/monitor/quarters.xlsx", ALL, 0);
        // the header's period picker: every signed-in role keeps its period and goes back to the page
        add(
                rules,
                "GET /period",
                "GET",
                "/period?value=" + period + "&back=/regions",
                null,
                statuses(ALL, 302, refusals(ALL, 0)));
        get(rules, "GET /monitor/divisions/{code}", "/monitor/divisions/" + division, ALL, 0);
        get(rules, "GET /monitor/chains/{code}", "/monitor/chains/" + chain, ALL, 0);
        get(rules, "GET /regions", "/regions", ALL, 0);
        for (String group : List.of("city", "county", "division", "chain", "key")) {
            get(rules, "GET /api/v1/growth", "/api/v1/growth?period=" + period + "&group=" + group, ALL, 0);
        }
        get(rules, "GET /api/v1/me", "/api/v1/me", ALL, 0);
        // 我的账户 and its API tokens: every user, its own tokens only (a blank name makes nothing; a token that is
        // not the user's own is not found)
        get(rules, "GET /account", "/account", ALL, 0);
        post(rules, "POST /account/tokens", "/account/tokens", form("name", ""), ALL, 0);
        post(
                rules,
                "POST /account/tokens/{id}/revoke",
                "/account/tokens/999999/revoke",
                form(),
                NONE,
                Map.of(ADMIN, 404, ANALYST, 404, LEADER, 404, ECOLOGY, 404, COUNTY, 404, ENTERPRISE, 404));
        get(rules, "GET /login", "/login", EnumSet.allOf(Actor.class), 0);
        get(rules, "GET /targets", "/targets", ALL, 0);
        get(rules, "GET /api/v1/targets", "/api/v1/targets?year=" + period.substring(0, 4), ALL, 0);
        get(rules, "GET /imports/template.xlsx", "/imports/template.xlsx", ALL, 0);
        get(rules, "GET /imports/templates/{kind}.xlsx", "/imports/templates/registry.xlsx", ALL, 0);

        // a county's detail: the city roles and the county's own users
        for (String county : List.of(ownCounty, otherCounty)) {
            Set<Actor> sees = county.equals(ownCounty) ? CITY_AND_COUNTY : CITY;
            get(rules, "GET /monitor/counties/{code}", "/monitor/counties/" + county, sees, 404);
            get(
                    rules,
                    "GET /monitor/counties/{code}/what-if",
                    "/monitor/counties/" + county + "/what-if?target=6",
                    sees,
                    404);
            get(
                    rules,
                    "GET /api/v1/plan",
                    "/api/v1/plan?region=" + county + "&year=" + period.substring(0, 4),
                    sees,
                    404);
            // tasks: an enterprise user reads its own task in its county
            Set<Actor> tasks = EnumSet.copyOf(sees);
            if (county.equals(ownCounty)) {
                tasks.add(ENTERPRISE);
            }
            get(rules, "GET /planning/tasks", "/planning/tasks?county=" + county + "&period=" + coming, tasks, 404);
            get(rules, "GET /api/v1/tasks", "/api/v1/tasks?county=" + county + "&period=" + coming, tasks, 404);
            get(
                    rules,
                    "GET /planning/tasks.xlsx",
                    "/planning/tasks.xlsx?county=" + county + "&period=" + coming,
                    tasks,
                    404);
        }
        get(rules, "GET /planning/tasks", "/planning/tasks", EnumSet.complementOf(EnumSet.of(ANONYMOUS, ECOLOGY)), 404);
        get(rules, "GET /api/v1/plan", "/api/v1/plan?region=" + city + "&year=" + period.substring(0, 4), ALL, 0);

        // an enterprise's figures: the city roles, its county, itself
        Map<String, Set<Actor>> figures = new LinkedHashMap<>();
        figures.put(o, EnumSet.of(ADMIN, ANALYST, LEADER, COUNTY, ENTERPRISE));
        figures.put(s, CITY_AND_COUNTY);
        figures.put(x, CITY);
        figures.put(a, CITY);
        figures.forEach((code, sees) ->
                get(rules, "GET /monitor/enterprises/{creditCode}", "/monitor/enterprises/" + code, sees, 404));
        // its registry facts: the same, and the ecology department for the 涉气 ones
        Map<String, Set<Actor>> facts = new LinkedHashMap<>();
        figures.forEach((code, sees) -> {
            Set<Actor> withEcology = EnumSet.copyOf(sees);
            if (registry.get(code).air()) {
                withEcology.add(ECOLOGY);
            }
            facts.put(code, withEcology);
        });
        facts.forEach((code, sees) -> {
            get(rules, "GET /enterprises/{creditCode}", "/enterprises/" + code, sees, 404);
            get(rules, "GET /api/v1/enterprises/{creditCode}", "/api/v1/enterprises/" + code, sees, 404);
        });
        get(rules, "GET /enterprises", "/enterprises", ALL, 0);
        get(rules, "GET /enterprises", "/enterprises?county=" + otherCounty, ALL, 0);
        get(rules, "GET /api/v1/enterprises", "/api/v1/enterprises", ALL, 0);
        get(rules, "GET /api/v1/enterprises", "/api/v1/enterprises?county=" + otherCounty + "&tag=air", ALL, 0);
        get(rules, "GET /enterprises/new", "/enterprises/new", IMPORTERS, 403);
        // editing: the writers of its county; a leader finds it but may not; others do not find it
        add(
                rules,
                "GET /enterprises/{creditCode}/edit",
                "GET",
                "/enterprises/" + o + "/edit",
                null,
                statuses(IMPORTERS, 200, Map.of(LEADER, 403, ENTERPRISE, 403, ECOLOGY, own.air() ? 403 : 404)));
        add(
                rules,
                "GET /enterprises/{creditCode}/edit",
                "GET",
                "/enterprises/" + x + "/edit",
                null,
                statuses(CITY_WRITERS, 200, Map.of(LEADER, 403, COUNTY, 404, ENTERPRISE, 404, ECOLOGY, 404)));
        add(
                rules,
                "GET /enterprises/{creditCode}/edit",
                "GET",
                "/enterprises/" + a + "/edit",
                null,
                statuses(CITY_WRITERS, 200, Map.of(LEADER, 403, COUNTY, 404, ENTERPRISE, 404, ECOLOGY, 403)));

        // planning, warnings, forecasts: every role, filtered to its scope
        get(rules, "GET /planning/warnings", "/planning/warnings?period=" + period, ALL, 0);
        get(rules, "GET /planning/warnings/count", "/planning/warnings/count", ALL, 0);
        get(rules, "GET /api/v1/warnings", "/api/v1/warnings?period=" + period, ALL, 0);
        get(rules, "GET /planning/forecasts", "/planning/forecasts", ALL, 0);
        get(rules, "GET /api/v1/forecasts", "/api/v1/forecasts?period=" + coming, ALL, 0);

        // reporting progress and review: the city roles and county users
        get(rules, "GET /reporting", "/reporting?period=" + period, CITY_AND_COUNTY, 403);
        get(rules, "GET /reporting/missing.xlsx", "/reporting/missing.xlsx?period=" + period, CITY_AND_COUNTY, 403);
        // the missing list of one county: the county's own users and the city; another county is not found
        for (String path : List.of("/reporting", "/reporting/missing.xlsx")) {
            String endpoint = "GET " + path;
            get(rules, endpoint, path + "?period=" + period + "&county=" + ownCounty, CITY_AND_COUNTY, 403);
            add(
                    rules,
                    endpoint,
                    "GET",
                    path + "?period=" + period + "&county=" + otherCounty,
                    null,
                    statuses(CITY, 200, Map.of(ANONYMOUS, 0, COUNTY, 404, ENTERPRISE, 403, ECOLOGY, 403)));
        }
        get(rules, "GET /api/v1/reporting", "/api/v1/reporting?period=" + period, CITY_AND_COUNTY, 403);
        get(rules, "GET /review", "/review?period=" + ownMonth, CITY_AND_COUNTY, 403);
        get(rules, "GET /api/v1/review/flags", "/api/v1/review/flags?period=" + otherMonth, CITY_AND_COUNTY, 403);
        add(
                rules,
                "GET /api/v1/review/flags/{id}",
                "GET",
                "/api/v1/review/flags/" + ownFlag,
                null,
                statuses(CITY_AND_COUNTY, 200, Map.of(ECOLOGY, 403, ENTERPRISE, 403)));
        add(
                rules,
                "GET /api/v1/review/flags/{id}",
                "GET",
                "/api/v1/review/flags/" + otherFlag,
                null,
                statuses(CITY, 200, Map.of(COUNTY, 404, ECOLOGY, 403, ENTERPRISE, 403)));

        // production status: the city roles, the county, the enterprise itself, the ecology department (涉气)
        Set<Actor> production = EnumSet.of(ADMIN, ANALYST, LEADER, COUNTY, ENTERPRISE, ECOLOGY);
        get(rules, "GET /dispatch/production", "/dispatch/production", production, 403);
        get(rules, "GET /api/v1/production-status", "/api/v1/production-status", production, 403);
        add(
                rules,
                "GET /api/v1/production-status",
                "GET",
                "/api/v1/production-status?county=" + otherCounty,
                null,
                statuses(EnumSet.of(ADMIN, ANALYST, LEADER, ENTERPRISE, ECOLOGY), 200, Map.of(COUNTY, 403)));

        // imports: the importers; a county user its own county's revisions only
        get(rules, "GET /imports", "/imports", IMPORTERS, 403);
        add(
                rules,
                "GET /imports/revisions/{id}",
                "GET",
                "/imports/revisions/" + ownRevision,
                null,
                statuses(IMPORTERS, 200, Map.of(LEADER, 403, ECOLOGY, 403, ENTERPRISE, 403)));
        add(
                rules,
                "GET /imports/revisions/{id}",
                "GET",
                "/imports/revisions/" + otherRevision,
                null,
                statuses(CITY_WRITERS, 200, Map.of(COUNTY, 404, LEADER, 403, ECOLOGY, 403, ENTERPRISE, 403)));
        // an error copy belongs to the user whose import made it; an unknown one is not found for anyone
        get(rules, "GET /imports/errors/{id}", "/imports/errors/00000000-0000-0000-0000-000000000000", NONE, 404);

        // environment (issue 13): the list for every reader in its scope; the city writers and the ecology department
        // maintain it; episodes for all but enterprise users; a county sees its own enterprises' rows and measures
        Set<Actor> envEditors = EnumSet.of(ADMIN, ANALYST, ECOLOGY);
        Set<Actor> envEpisodes = EnumSet.of(ADMIN, ANALYST, LEADER, ECOLOGY, COUNTY);
        get(rules, "GET /environment", "/environment", ALL, 403);
        add(
                rules,
                "GET /environment",
                "GET",
                "/environment?county=" + otherCounty,
                null,
                statuses(EnumSet.of(ADMIN, ANALYST, LEADER, ECOLOGY, ENTERPRISE), 200, Map.of(COUNTY, 403)));
        get(rules, "GET /environment/export.xlsx", "/environment/export.xlsx", ALL, 403);
        add(
                rules,
                "GET /environment/export.xlsx",
                "GET",
                "/environment/export.xlsx?county=" + otherCounty,
                null,
                statuses(EnumSet.of(ADMIN, ANALYST, LEADER, ECOLOGY, ENTERPRISE), 200, Map.of(COUNTY, 403)));
        get(rules, "GET /environment/template.xlsx", "/environment/template.xlsx", envEditors, 403);
        get(rules, "GET /environment/enterprises/new", "/environment/enterprises/new", envEditors, 403);
        add(
                rules,
                "GET /environment/enterprises/{code}",
                "GET",
                "/environment/enterprises/" + listedOther,
                null,
                statuses(EnumSet.of(ADMIN, ANALYST, LEADER, ECOLOGY), 200, Map.of(COUNTY, 404, ENTERPRISE, 404)));
        add(
                rules,
                "GET /environment/enterprises/{code}",
                "GET",
                "/environment/enterprises/" + listedOwn,
                null,
                statuses(EnumSet.of(ADMIN, ANALYST, LEADER, ECOLOGY, COUNTY), 200, Map.of(ENTERPRISE, 404)));
        post(rules, "POST /environment/import", "/environment/import", form("x", "1"), envEditors, 403);
        post(
                rules,
                "POST /environment/enterprises",
                "/environment/enterprises",
                form("creditCode", ""),
                envEditors,
                403);
        post(
                rules,
                "POST /environment/enterprises/{code}/remove",
                "/environment/enterprises/" + other.code() + "/remove",
                form("x", "1"),
                envEditors,
                403);
        get(rules, "GET /environment/rules", "/environment/rules", envEpisodes, 403);
        post(rules, "POST /environment/rules", "/environment/rules", form("industry", ""), envEditors, 403);
        post(
                rules,
                "POST /environment/industries",
                "/environment/industries",
                form("code", "bad code"),
                envEditors,
                403);
        get(rules, "GET /environment/groups", "/environment/groups", EnumSet.of(ADMIN), 403);
        post(
                rules,
                "POST /environment/groups",
                "/environment/groups",
                form("code", "bad code"),
                EnumSet.of(ADMIN),
                403);
        post(
                rules,
                "POST /environment/groups/{code}/delete",
                "/environment/groups/NO_SUCH_GROUP/delete",
                form("x", "1"),
                EnumSet.of(ADMIN),
                403);
        get(rules, "GET /environment/episodes", "/environment/episodes", envEpisodes, 403);
        post(rules, "POST /environment/episodes", "/environment/episodes", form("name", ""), envEditors, 403);
        for (long episode : new long[] {cityEpisode, eastEpisode}) {
            Set<Actor> readers = episode == cityEpisode ? envEpisodes : EnumSet.of(ADMIN, ANALYST, LEADER, ECOLOGY);
            Map<Actor, Integer> refused =
                    episode == cityEpisode ? Map.of(ENTERPRISE, 404) : Map.of(COUNTY, 404, ENTERPRISE, 404);
            add(
                    rules,
                    "GET /environment/episodes/{id}",
                    "GET",
                    "/environment/episodes/" + episode,
                    null,
                    statuses(readers, 200, refused));
            add(
                    rules,
                    "GET /environment/episodes/{id}/plans.xlsx",
                    "GET",
                    "/environment/episodes/" + episode + "/plans.xlsx",
                    null,
                    statuses(readers, 200, refused));
            add(
                    rules,
                    "GET /api/v1/environment/episodes/{id}/impact",
                    "GET",
                    "/api/v1/environment/episodes/" + episode + "/impact",
                    null,
                    statuses(readers, 200, refused));
            add(
                    rules,
                    "GET /api/v1/environment/episodes/{id}/plans",
                    "GET",
                    "/api/v1/environment/episodes/" + episode + "/plans",
                    null,
                    statuses(readers, 200, refused));
        }
        post(
                rules,
                "POST /environment/episodes/{id}/plans/{kind}/adopt",
                "/environment/episodes/" + cityEpisode + "/plans/bogus/adopt",
                form("x", "1"),
                envEditors,
                403);
        post(
                rules,
                "POST /environment/episodes/{id}/end",
                "/environment/episodes/" + cityEpisode + "/end",
                form("x", "1"),
                envEditors,
                403);
        get(rules, "GET /environment/counties/{code}/cost", "/environment/counties/" + otherCounty + "/cost", ALL, 403);
        get(rules, "GET /environment/counties/{code}/cost", "/environment/counties/" + ownCounty + "/cost", ALL, 403);
        get(rules, "GET /api/v1/environment/enterprises", "/api/v1/environment/enterprises", ALL, 403);
        add(
                rules,
                "GET /api/v1/environment/enterprises",
                "GET",
                "/api/v1/environment/enterprises?county=" + otherCounty,
                null,
                statuses(EnumSet.of(ADMIN, ANALYST, LEADER, ECOLOGY, ENTERPRISE), 200, Map.of(COUNTY, 403)));
        get(rules, "GET /api/v1/environment/episodes", "/api/v1/environment/episodes", envEpisodes, 403);
        postJson(
                rules,
                "POST /api/v1/environment/episodes/{id}/plans/{kind}/adopt",
                "/api/v1/environment/episodes/" + cityEpisode + "/plans/bogus/adopt",
                "{}",
                envEditors,
                403);

        // cultivation (issue 14): every role but departments; a county its own pool; counts are public aggregates
        Set<Actor> cultivation = EnumSet.of(ADMIN, ANALYST, LEADER, COUNTY, ENTERPRISE);
        get(rules, "GET /cultivation", "/cultivation", cultivation, 403);
        add(
                rules,
                "GET /cultivation",
                "GET",
                "/cultivation?county=" + otherCounty,
                null,
                statuses(EnumSet.of(ADMIN, ANALYST, LEADER, ENTERPRISE), 200, Map.of(COUNTY, 403, ECOLOGY, 403)));
        get(rules, "GET /cultivation/pool.xlsx", "/cultivation/pool.xlsx", cultivation, 403);
        add(
                rules,
                "GET /cultivation/pool.xlsx",
                "GET",
                "/cultivation/pool.xlsx?county=" + otherCounty,
                null,
                statuses(EnumSet.of(ADMIN, ANALYST, LEADER, ENTERPRISE), 200, Map.of(COUNTY, 403, ECOLOGY, 403)));
        add(
                rules,
                "GET /cultivation/exits",
                "GET",
                "/cultivation/exits?county=" + otherCounty,
                null,
                statuses(EnumSet.of(ADMIN, ANALYST, LEADER, ENTERPRISE), 200, Map.of(COUNTY, 403, ECOLOGY, 403)));
        add(
                rules,
                "GET /cultivation/pool/{code}",
                "GET",
                "/cultivation/pool/" + poolOwn,
                null,
                statuses(EnumSet.of(ADMIN, ANALYST, LEADER, COUNTY), 200, Map.of(ENTERPRISE, 404, ECOLOGY, 404)));
        add(
                rules,
                "GET /cultivation/pool/{code}",
                "GET",
                "/cultivation/pool/" + poolOther,
                null,
                statuses(CITY, 200, Map.of(COUNTY, 404, ENTERPRISE, 404, ECOLOGY, 404)));
        get(rules, "GET /cultivation/batches", "/cultivation/batches", cultivation, 403);
        get(rules, "GET /cultivation/net-increase", "/cultivation/net-increase", cultivation, 403);
        get(rules, "GET /cultivation/exits", "/cultivation/exits", cultivation, 403);
        get(rules, "GET /api/v1/cultivation/pool", "/api/v1/cultivation/pool", cultivation, 403);
        add(
                rules,
                "GET /api/v1/cultivation/pool",
                "GET",
                "/api/v1/cultivation/pool?county=" + otherCounty,
                null,
                statuses(EnumSet.of(ADMIN, ANALYST, LEADER, ENTERPRISE), 200, Map.of(COUNTY, 403, ECOLOGY, 403)));
        get(rules, "GET /api/v1/cultivation/net-increase", "/api/v1/cultivation/net-increase", cultivation, 403);
        get(rules, "GET /api/v1/cultivation/batches", "/api/v1/cultivation/batches", cultivation, 403);
        Set<Actor> keepers = EnumSet.of(ADMIN, ANALYST, COUNTY);
        get(rules, "GET /cultivation/templates/{kind}.xlsx", "/cultivation/templates/pool.xlsx", keepers, 403);
        get(rules, "GET /cultivation/pool/new", "/cultivation/pool/new", keepers, 403);
        add(
                rules,
                "GET /cultivation/pool/{code}/edit",
                "GET",
                "/cultivation/pool/" + poolOwn + "/edit",
                null,
                statuses(keepers, 200, Map.of(LEADER, 403, ENTERPRISE, 403, ECOLOGY, 403)));
        add(
                rules,
                "GET /cultivation/pool/{code}/edit",
                "GET",
                "/cultivation/pool/" + poolOther + "/edit",
                null,
                statuses(CITY_WRITERS, 200, Map.of(COUNTY, 404, LEADER, 403, ENTERPRISE, 403, ECOLOGY, 403)));
        post(rules, "POST /cultivation/import", "/cultivation/import", form("kind", "pool"), keepers, 403);
        post(rules, "POST /cultivation/pool", "/cultivation/pool", form("creditCode", ""), keepers, 403);
        post(
                rules,
                "POST /cultivation/pool/{code}/applications",
                "/cultivation/pool/" + poolOwn + "/applications",
                form("x", "1"),
                keepers,
                403);
        post(
                rules,
                "POST /cultivation/applications/{id}/{state}",
                "/cultivation/applications/" + applicationOwn + "/bogus",
                form("x", "1"),
                keepers,
                403);
        add(
                rules,
                "GET /cultivation/applications/{id}/sheet.xlsx",
                "GET",
                "/cultivation/applications/" + applicationOwn + "/sheet.xlsx",
                null,
                statuses(EnumSet.of(ADMIN, ANALYST, LEADER, COUNTY), 200, Map.of(ENTERPRISE, 404, ECOLOGY, 403)));
        add(
                rules,
                "GET /cultivation/applications/{id}/sheet.xlsx",
                "GET",
                "/cultivation/applications/" + applicationOther + "/sheet.xlsx",
                null,
                statuses(CITY, 200, Map.of(COUNTY, 404, ENTERPRISE, 404, ECOLOGY, 403)));
        get(rules, "GET /cultivation/batches/{id}", "/cultivation/batches/" + batchId, cultivation, 403);
        post(rules, "POST /cultivation/batches", "/cultivation/batches", form("year", "bogus"), CITY_WRITERS, 403);
        post(
                rules,
                "POST /cultivation/pool/{code}/months",
                "/cultivation/pool/" + poolOwn + "/months",
                form("period", "bogus"),
                keepers,
                403);
        post(
                rules,
                "POST /cultivation/pool/{code}/months",
                "/cultivation/pool/" + poolOther + "/months",
                form("period", "bogus"),
                keepers,
                403);

        // investment (issue 15): every role but departments; a county its own projects, an enterprise the projects it
        // builds; the summary's counts and sums are public aggregates
        Set<Actor> investment = EnumSet.of(ADMIN, ANALYST, LEADER, COUNTY, ENTERPRISE);
        get(rules, "GET /api/v1/projects", "/api/v1/projects", investment, 403);
        add(
                rules,
                "GET /api/v1/projects",
                "GET",
                "/api/v1/projects?county=" + otherCounty,
                null,
                statuses(EnumSet.of(ADMIN, ANALYST, LEADER, ENTERPRISE), 200, Map.of(COUNTY, 403, ECOLOGY, 403)));
        add(
                rules,
                "GET /api/v1/projects/{code}",
                "GET",
                "/api/v1/projects/" + projectOwnCounty,
                null,
                statuses(CITY_AND_COUNTY, 200, Map.of(ENTERPRISE, 404, ECOLOGY, 403)));
        add(
                rules,
                "GET /api/v1/projects/{code}",
                "GET",
                "/api/v1/projects/" + projectOtherCounty,
                null,
                statuses(CITY, 200, Map.of(COUNTY, 404, ENTERPRISE, 404, ECOLOGY, 403)));
        get(rules, "GET /api/v1/projects/{code}", "/api/v1/projects/" + projectOwnEnterprise, investment, 403);
        get(rules, "GET /api/v1/investment/summary", "/api/v1/investment/summary", investment, 403);
        get(rules, "GET /api/v1/investment/outlook", "/api/v1/investment/outlook", investment, 403);
        get(rules, "GET /investment", "/investment", investment, 403);
        add(
                rules,
                "GET /investment",
                "GET",
                "/investment?county=" + otherCounty,
                null,
                statuses(EnumSet.of(ADMIN, ANALYST, LEADER, ENTERPRISE), 200, Map.of(COUNTY, 403, ECOLOGY, 403)));
        get(rules, "GET /investment/projects.xlsx", "/investment/projects.xlsx", investment, 403);
        add(
                rules,
                "GET /investment/projects.xlsx",
                "GET",
                "/investment/projects.xlsx?county=" + otherCounty,
                null,
                statuses(EnumSet.of(ADMIN, ANALYST, LEADER, ENTERPRISE), 200, Map.of(COUNTY, 403, ECOLOGY, 403)));
        add(
                rules,
                "GET /investment/projects/{code}",
                "GET",
                "/investment/projects/" + projectOwnCounty,
                null,
                statuses(CITY_AND_COUNTY, 200, Map.of(ENTERPRISE, 404, ECOLOGY, 403)));
        add(
                rules,
                "GET /investment/projects/{code}",
                "GET",
                "/investment/projects/" + projectOtherCounty,
                null,
                statuses(CITY, 200, Map.of(COUNTY, 404, ENTERPRISE, 404, ECOLOGY, 403)));
        get(rules, "GET /investment/projects/{code}", "/investment/projects/" + projectOwnEnterprise, investment, 403);
        get(rules, "GET /investment/summary", "/investment/summary", investment, 403);
        // the county page's card is a public aggregate; a department gets it empty
        get(
                rules,
                "GET /investment/counties/{code}/outlook",
                "/investment/counties/" + otherCounty + "/outlook",
                ALL,
                403);
        Set<Actor> projectKeepers = EnumSet.of(ADMIN, ANALYST, COUNTY);
        get(rules, "GET /investment/template.xlsx", "/investment/template.xlsx", projectKeepers, 403);
        post(rules, "POST /investment/import", "/investment/import", form("period", "2026-10"), projectKeepers, 403);
        get(rules, "GET /investment/projects/new", "/investment/projects/new", projectKeepers, 403);
        add(
                rules,
                "GET /investment/projects/{code}/edit",
                "GET",
                "/investment/projects/" + projectOwnCounty + "/edit",
                null,
                statuses(projectKeepers, 200, Map.of(LEADER, 403, ECOLOGY, 403, ENTERPRISE, 403)));
        add(
                rules,
                "GET /investment/projects/{code}/edit",
                "GET",
                "/investment/projects/" + projectOtherCounty + "/edit",
                null,
                statuses(CITY_WRITERS, 200, Map.of(COUNTY, 404, LEADER, 403, ECOLOGY, 403, ENTERPRISE, 403)));
        post(rules, "POST /investment/projects", "/investment/projects", form("code", ""), projectKeepers, 403);
        post(
                rules,
                "POST /investment/projects/{code}/progress",
                "/investment/projects/" + projectOwnCounty + "/progress",
                form("period", "bogus"),
                projectKeepers,
                Map.of(LEADER, 403, ECOLOGY, 403, ENTERPRISE, 403));
        post(
                rules,
                "POST /investment/projects/{code}/progress",
                "/investment/projects/" + projectOtherCounty + "/progress",
                form("period", "bogus"),
                CITY_WRITERS,
                Map.of(COUNTY, 404, LEADER, 403, ECOLOGY, 403, ENTERPRISE, 403));
        post(
                rules,
                "POST /investment/projects/{code}/photos",
                "/investment/projects/" + projectOwnCounty + "/photos",
                form("period", "bogus"),
                projectKeepers,
                Map.of(LEADER, 403, ECOLOGY, 403, ENTERPRISE, 403));
        post(
                rules,
                "POST /investment/projects/{code}/photos",
                "/investment/projects/" + projectOtherCounty + "/photos",
                form("period", "bogus"),
                CITY_WRITERS,
                Map.of(COUNTY, 404, LEADER, 403, ECOLOGY, 403, ENTERPRISE, 403));
        add(
                rules,
                "GET /investment/projects/{code}/photos/{id}",
                "GET",
                "/investment/projects/" + projectOwnCounty + "/photos/999999",
                null,
                statuses(
                        NONE,
                        200,
                        Map.of(ADMIN, 404, ANALYST, 404, LEADER, 404, COUNTY, 404, ENTERPRISE, 404, ECOLOGY, 403)));
        post(
                rules,
                "POST /investment/projects/{code}/blockers",
                "/investment/projects/" + projectOwnCounty + "/blockers",
                form("description", ""),
                projectKeepers,
                Map.of(LEADER, 403, ECOLOGY, 403, ENTERPRISE, 403));
        post(
                rules,
                "POST /investment/projects/{code}/blockers",
                "/investment/projects/" + projectOtherCounty + "/blockers",
                form("description", ""),
                CITY_WRITERS,
                Map.of(COUNTY, 404, LEADER, 403, ECOLOGY, 403, ENTERPRISE, 403));

        // reports: city roles read every region's documents, a county user its own county's
        Set<Actor> readers = CITY_AND_COUNTY;
        get(rules, "GET /reports", "/reports", readers, 403);
        get(rules, "GET /reports.xlsx", "/reports.xlsx", readers, 403);
        get(rules, "GET /api/v1/reports", "/api/v1/reports", readers, 403);
        for (String format : List.of("docx", "pdf", "xlsx")) {
            add(
                    rules,
                    "GET /reports/{id}/{format}",
                    "GET",
                    "/reports/" + cityReport + "/" + format,
                    null,
                    statuses(CITY, 200, Map.of(COUNTY, 404, ECOLOGY, 403, ENTERPRISE, 403)));
        }
        get(rules, "GET /reports/{id}/{format}", "/reports/" + ownCountyReport + "/docx", readers, 403);
        add(
                rules,
                "GET /reports/{id}/{format}",
                "GET",
                "/reports/" + otherCountyReport + "/pdf",
                null,
                statuses(CITY, 200, Map.of(COUNTY, 404, ECOLOGY, 403, ENTERPRISE, 403)));
        add(
                rules,
                "GET /api/v1/reports/{id}/{format}",
                "GET",
                "/api/v1/reports/" + cityReport + "/docx",
                null,
                statuses(CITY, 200, Map.of(COUNTY, 404, ECOLOGY, 403, ENTERPRISE, 403)));
        get(rules, "GET /api/v1/reports/{id}/{format}", "/api/v1/reports/" + ownCountyReport + "/xlsx", readers, 403);
        // writing: the city's analysts and administrators, and a county user for its county; a month without figures
        // (next December: inside the accepted range, never published) is bad input for them, a refusal for the others
        String unpublished = YearMonth.now().plusYears(1).withMonth(12).toString();
        post(
                rules,
                "POST /reports",
                "/reports",
                form("kind", "brief", "period", unpublished),
                IMPORTERS,
                Map.of(LEADER, 403, ECOLOGY, 403, ENTERPRISE, 403));
        postJson(
                rules,
                "POST /api/v1/reports",
                "/api/v1/reports?kind=brief&period=" + unpublished,
                "{}",
                IMPORTERS,
                Map.of(LEADER, 403, ECOLOGY, 403, ENTERPRISE, 403));

        // administration
        get(rules, "GET /admin/users", "/admin/users", EnumSet.of(ADMIN), 403);
        get(rules, "GET /admin/audit", "/admin/audit", EnumSet.of(ADMIN), 403);
        get(rules, "GET /admin/departments", "/admin/departments", EnumSet.of(ADMIN), 403);
        get(rules, "GET /admin/ticket-settings", "/admin/ticket-settings", EnumSet.of(ADMIN), 403);
        post(rules, "POST /admin/departments", "/admin/departments", form("code", "bad code"), EnumSet.of(ADMIN), 403);
        post(
                rules,
                "POST /admin/ticket-settings/limits",
                "/admin/ticket-settings/limits",
                form("category", "LABOUR", "level", "COUNTY", "acceptDays", "-1"),
                EnumSet.of(ADMIN),
                403);
        post(
                rules,
                "POST /admin/ticket-settings/calendar",
                "/admin/ticket-settings/calendar",
                form("day", "2026-10-08", "working", "true", "note", "x"),
                EnumSet.of(ADMIN),
                403);
        post(
                rules,
                "POST /admin/ticket-settings/calendar/delete",
                "/admin/ticket-settings/calendar/delete",
                form("day", "2030-01-02"),
                EnumSet.of(ADMIN),
                403);

        // ------------------------------------------------------------------------------ writes (refused input)
        // an allowed actor's answer must only be no refusal and no server error (expected -1 below)
        String none = "-";
        post(
                rules,
                "POST /planning/forecasts",
                "/planning/forecasts",
                form("county", ownCounty, "period", coming, "expectedGrowth", "999"),
                EnumSet.of(ADMIN, COUNTY),
                403);
        post(
                rules,
                "POST /planning/forecasts",
                "/planning/forecasts",
                form("county", otherCounty, "period", coming, "expectedGrowth", "999"),
                EnumSet.of(ADMIN),
                403);
        postJson(
                rules,
                "POST /api/v1/forecasts",
                "/api/v1/forecasts",
                "{\"county\":\"" + ownCounty + "\",\"period\":\"" + coming + "\",\"expected_growth\":999}",
                EnumSet.of(ADMIN, COUNTY),
                403);
        post(
                rules,
                "POST /planning/tasks/adjust",
                "/planning/tasks/adjust",
                form("county", ownCounty, "period", coming, "creditCode", s, "task", "-5"),
                EnumSet.of(ADMIN, COUNTY),
                Map.of(ANALYST, 403, LEADER, 403, ENTERPRISE, 404, ECOLOGY, 404));
        post(
                rules,
                "POST /planning/tasks/adjust",
                "/planning/tasks/adjust",
                form("county", otherCounty, "period", coming, "creditCode", x, "task", "-5"),
                EnumSet.of(ADMIN),
                Map.of(ANALYST, 403, LEADER, 403, COUNTY, 404, ENTERPRISE, 404, ECOLOGY, 404));
        post(
                rules,
                "POST /targets",
                "/targets",
                form("year", period.substring(0, 4), "region", ownCounty, "value", "999"),
                CITY_WRITERS,
                403);
        post(
                rules,
                "POST /targets/benchmarks",
                "/targets/benchmarks",
                form("period", period, "scope", "province", "value", "999"),
                CITY_WRITERS,
                403);
        post(rules, "POST /enterprises", "/enterprises", form("name", ""), IMPORTERS, 403);
        post(
                rules,
                "POST /enterprises/{creditCode}",
                "/enterprises/" + o,
                form("name", ""),
                IMPORTERS,
                Map.of(LEADER, 403, ENTERPRISE, 403, ECOLOGY, own.air() ? 403 : 404));
        post(
                rules,
                "POST /enterprises/{creditCode}",
                "/enterprises/" + x,
                form("name", ""),
                CITY_WRITERS,
                Map.of(LEADER, 403, COUNTY, 404, ENTERPRISE, 404, ECOLOGY, 404));
        post(rules, "POST /admin/users", "/admin/users", form("username", "a b"), EnumSet.of(ADMIN), 403);
        post(
                rules,
                "POST /admin/users/{username}/password",
                "/admin/users/leader/password",
                form("password", "x"),
                EnumSet.of(ADMIN),
                403);
        post(
                rules,
                "POST /admin/users/{username}/email",
                "/admin/users/leader/email",
                form("email", "not an address"),
                EnumSet.of(ADMIN),
                403);
        post(
                rules,
                "POST /admin/users/{username}/unlock",
                "/admin/users/nosuchuser/unlock",
                form(),
                NONE,
                Map.of(ADMIN, 404, ANALYST, 403, LEADER, 403, COUNTY, 403, ENTERPRISE, 403, ECOLOGY, 403));
        post(
                rules,
                "POST /admin/users/{username}/enabled",
                "/admin/users/nosuchuser/enabled",
                form("enabled", "false"),
                NONE,
                Map.of(ADMIN, 404, ANALYST, 403, LEADER, 403, COUNTY, 403, ENTERPRISE, 403, ECOLOGY, 403));
        for (String action : List.of("explanation", "accept", "return")) {
            Set<Actor> may = action.equals("explanation") ? EnumSet.of(COUNTY) : CITY_WRITERS;
            String body =
                    action.equals("explanation") ? "{\"category\":\"BOGUS\",\"text\":\"\"}" : "{\"comment\":\"\"}";
            Map<Actor, Integer> ownRefusals = new EnumMap<>(Actor.class);
            for (Actor actor : ALL) {
                if (!may.contains(actor)) {
                    ownRefusals.put(actor, 403);
                }
            }
            // accepting has no input to refuse: only the refused actors are asked
            Set<Actor> asked = action.equals("accept") ? NONE : may;
            postJson(
                    rules,
                    "POST /api/v1/review/flags/{id}/" + action,
                    "/api/v1/review/flags/" + ownFlag + "/" + action,
                    body,
                    asked,
                    ownRefusals);
            post(
                    rules,
                    "POST /review/flags/{id}/" + action,
                    "/review/flags/" + ownFlag + "/" + action,
                    action.equals("explanation") ? form("category", "BOGUS", "text", "") : form("comment", ""),
                    asked,
                    ownRefusals);
        }
        post(
                rules,
                "POST /dispatch/production",
                "/dispatch/production",
                form("creditCode", s, "status", "BOGUS", "reason", "ORDERS", "since", "2000-01-01"),
                IMPORTERS,
                403);
        post(
                rules,
                "POST /dispatch/production",
                "/dispatch/production",
                form("creditCode", x, "status", "BOGUS", "reason", "ORDERS", "since", "2000-01-01"),
                CITY_WRITERS,
                // a county user typing another county's code: the form's "not found" message, as for any unknown code
                Map.of(LEADER, 403, COUNTY, 302, ENTERPRISE, 403, ECOLOGY, 403));
        post(
                rules,
                "POST /dispatch/production/resume",
                "/dispatch/production/resume",
                form("creditCode", none),
                IMPORTERS,
                403);
        // 诉求: everyone sees the ledger of its scope; a ticket outside it is "not found"; leaders change nothing
        Set<Actor> openers = EnumSet.of(ADMIN, ANALYST, COUNTY, ENTERPRISE);
        get(rules, "GET /dispatch/tickets", "/dispatch/tickets", ALL, 0);
        get(rules, "GET /api/v1/tickets", "/api/v1/tickets", ALL, 0);
        get(rules, "GET /inbox", "/inbox", ALL, 0);
        post(rules, "POST /inbox/read", "/inbox/read", form(), ALL, 0);
        get(rules, "GET /dispatch/tickets.xlsx", "/dispatch/tickets.xlsx", ALL, 0);
        get(rules, "GET /dispatch/tickets/new", "/dispatch/tickets/new", openers, 403);
        for (String prefix : List.of("/dispatch/tickets/", "/api/v1/tickets/")) {
            String pattern = (prefix.startsWith("/api") ? "GET /api/v1/tickets/{id}" : "GET /dispatch/tickets/{id}");
            add(
                    rules,
                    pattern,
                    "GET",
                    prefix + ownTicket,
                    null,
                    statuses(EnumSet.of(ADMIN, ANALYST, LEADER, COUNTY, ENTERPRISE), 200, Map.of(ECOLOGY, 404)));
            add(
                    rules,
                    pattern,
                    "GET",
                    prefix + otherTicket,
                    null,
                    statuses(CITY, 200, Map.of(COUNTY, 404, ENTERPRISE, 404, ECOLOGY, 404)));
        }
        post(rules, "POST /dispatch/tickets", "/dispatch/tickets", form("category", "BOGUS"), openers, 403);
        String attachments = "POST /dispatch/tickets/{id}/attachments";
        post(
                rules,
                attachments,
                "/dispatch/tickets/" + ownTicket + "/attachments",
                form(),
                openers,
                Map.of(LEADER, 403, ECOLOGY, 404));
        post(
                rules,
                attachments,
                "/dispatch/tickets/" + otherTicket + "/attachments",
                form(),
                CITY_WRITERS,
                Map.of(LEADER, 403, COUNTY, 404, ENTERPRISE, 404, ECOLOGY, 404));
        String file = "GET /dispatch/tickets/{id}/attachments/{attachment}";
        add(
                rules,
                file,
                "GET",
                "/dispatch/tickets/" + ownTicket + "/attachments/" + ownAttachment,
                null,
                statuses(EnumSet.of(ADMIN, ANALYST, LEADER, COUNTY, ENTERPRISE), 200, Map.of(ECOLOGY, 404)));
        add(
                rules,
                file,
                "GET",
                "/dispatch/tickets/" + otherTicket + "/attachments/" + otherAttachment,
                null,
                statuses(CITY, 200, Map.of(COUNTY, 404, ENTERPRISE, 404, ECOLOGY, 404)));
        // another ticket's attachment id under this ticket: not found
        add(
                rules,
                file,
                "GET",
                "/dispatch/tickets/" + ownTicket + "/attachments/" + otherAttachment,
                null,
                statuses(
                        NONE,
                        200,
                        Map.of(ADMIN, 404, ANALYST, 404, LEADER, 404, COUNTY, 404, ENTERPRISE, 404, ECOLOGY, 404)));
        postJson(rules, "POST /api/v1/tickets", "/api/v1/tickets", "{}", openers, 403);
        // an action out of order (销号 before 受理): refused with 409 for those who see it, nothing written
        post(
                rules,
                "POST /dispatch/tickets/{id}/{action}",
                "/dispatch/tickets/" + ownTicket + "/close",
                form("note", ""),
                openers,
                Map.of(LEADER, 403, ECOLOGY, 404));
        post(
                rules,
                "POST /dispatch/tickets/{id}/{action}",
                "/dispatch/tickets/" + otherTicket + "/close",
                form("note", ""),
                CITY_WRITERS,
                Map.of(LEADER, 403, COUNTY, 404, ENTERPRISE, 404, ECOLOGY, 404));
        postJson(
                rules,
                "POST /api/v1/tickets/{id}/{action}",
                "/api/v1/tickets/" + ownTicket + "/close",
                "{}",
                openers,
                Map.of(LEADER, 403, ECOLOGY, 404));
        postJson(
                rules,
                "POST /api/v1/tickets/{id}/{action}",
                "/api/v1/tickets/" + otherTicket + "/close",
                "{}",
                CITY_WRITERS,
                Map.of(LEADER, 403, COUNTY, 404, ENTERPRISE, 404, ECOLOGY, 404));
        // 百日攻坚: the figures are aggregates for every role; the city sets campaigns up; visits are the county's
        Set<Actor> visitors = EnumSet.of(ADMIN, ANALYST, COUNTY);
        Set<Actor> visitReaders = EnumSet.of(ADMIN, ANALYST, LEADER, COUNTY, ENTERPRISE);
        get(rules, "GET /dispatch/campaigns", "/dispatch/campaigns", ALL, 0);
        get(rules, "GET /dispatch/campaigns/{id}", "/dispatch/campaigns/" + campaign, ALL, 0);
        get(rules, "GET /dispatch/campaigns/{id}", "/dispatch/campaigns/" + campaign + "?week=2", ALL, 0);
        get(
                rules,
                "GET /dispatch/campaigns/{id}/bulletin.xlsx",
                "/dispatch/campaigns/" + campaign + "/bulletin.xlsx?week=1",
                ALL,
                0);
        get(
                rules,
                "GET /dispatch/campaigns/{id}/bulletin.docx",
                "/dispatch/campaigns/" + campaign + "/bulletin.docx?week=1",
                ALL,
                0);
        get(rules, "GET /api/v1/campaigns", "/api/v1/campaigns", ALL, 0);
        get(rules, "GET /api/v1/campaigns/{id}/bulletin", "/api/v1/campaigns/" + campaign + "/bulletin?week=1", ALL, 0);
        get(rules, "GET /dispatch/visits", "/dispatch/visits", visitReaders, 403);
        get(rules, "GET /api/v1/visits", "/api/v1/visits", visitReaders, 403);
        post(rules, "POST /dispatch/campaigns", "/dispatch/campaigns", form("name", ""), CITY_WRITERS, 403);
        post(rules, "POST /dispatch/cadres", "/dispatch/cadres", form("creditCode", o, "name", ""), visitors, 403);
        post(
                rules,
                "POST /dispatch/cadres",
                "/dispatch/cadres",
                form("creditCode", x, "name", ""),
                CITY_WRITERS,
                Map.of(LEADER, 403, COUNTY, 400, ENTERPRISE, 403, ECOLOGY, 403));
        post(rules, "POST /dispatch/visits", "/dispatch/visits", form("creditCode", o, "cadre", ""), visitors, 403);
        // 奋斗目标: the county's own users for their county only
        post(
                rules,
                "POST /targets/raised",
                "/targets/raised",
                form("year", period.substring(0, 4), "region", ownCounty, "value", "999"),
                EnumSet.of(COUNTY),
                403);
        post(
                rules,
                "POST /targets/raised",
                "/targets/raised",
                form("year", period.substring(0, 4), "region", otherCounty, "value", "999"),
                NONE,
                403);
        post(rules, "POST /imports", "/imports", form("period", "bogus"), IMPORTERS, 403);
        post(rules, "POST /imports [kind, kind!=monthly]", "/imports", form("kind", "targets"), CITY_WRITERS, 403);
        return rules;
    }

    // --------------------------------------------------------------------------------------------- the checks

    @Test
    void everyMappedEndpointHasARule() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("io.industrypulse")) {
                mapped.addAll(endpoints(info));
            }
        });
        Set<String> ruled = new TreeSet<>();
        rules().forEach(c -> ruled.add(c.endpoint()));
        assertThat(ruled).as("endpoints without a rule in the security matrix").containsAll(mapped);
        assertThat(mapped).as("rules for endpoints that are not mapped").containsAll(ruled);
    }

    /** DESIGN.md 3a: every endpoint of the API ({@code /api/**}) is described in the OpenAPI document. */
    @Test
    void everyApiEndpointIsInTheOpenApiDocument() {
        Set<String> api = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("io.industrypulse")) {
                for (String key : endpoints(info)) {
                    if (key.split(" ")[1].startsWith("/api/")) {
                        api.add(key.split(" ")[0] + " " + key.split(" ")[1]);
                    }
                }
            }
        });
        HttpResponse<String> document = session(ADMIN).get("/v3/api-docs", Map.of("Accept", "application/json"));
        assertThat(document.statusCode()).isEqualTo(200);
        Set<String> described = new TreeSet<>();
        tools.jackson.databind.JsonNode paths = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(document.body())
                .get("paths");
        for (Map.Entry<String, tools.jackson.databind.JsonNode> path : paths.properties()) {
            path.getValue()
                    .propertyNames()
                    .forEach(method -> described.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey()));
        }
        assertThat(api).isNotEmpty();
        assertThat(described).as("API endpoints missing from /v3/api-docs").containsAll(api);
    }

    @TestFactory
    Stream<DynamicTest> everyActorGetsExactlyItsOwn() {
        return rules().stream()
                .flatMap(rule -> EnumSet.allOf(Actor.class).stream()
                        .filter(actor -> rule.expected().containsKey(actor))
                        .map(actor -> DynamicTest.dynamicTest(
                                actor + " " + rule.method() + " " + rule.path(), () -> check(rule, actor))));
    }

    /**
     * Every page's Excel export ({@code ?export=xlsx}, report/PageExportFilter) answers as its page does: the same
     * refusal for the same actor, and a workbook (or the page's own file) that names nobody outside the actor's scope.
     */
    @TestFactory
    Stream<DynamicTest> everyPageExportAnswersAsItsPage() {
        return rules().stream()
                .filter(rule -> rule.method().equals("GET") && !rule.path().startsWith("/api/"))
                .flatMap(rule -> EnumSet.allOf(Actor.class).stream()
                        .filter(actor -> rule.expected().containsKey(actor))
                        .map(actor -> DynamicTest.dynamicTest(
                                actor + " export " + rule.path(), () -> checkExport(rule, actor))));
    }

    private void checkExport(Case rule, Actor actor) throws Exception {
        int expected = rule.expected().get(actor);
        String path = rule.path() + (rule.path().contains("?") ? "&" : "?") + "export=xlsx";
        String where = actor + " GET " + path;
        // as a browser follows the page's link
        HttpResponse<byte[]> export = session(actor).getBytes(path, Map.of("Accept", "text/html,*/*"));
        if (actor == ANONYMOUS && expected == 0) {
            assertThat(export.statusCode()).as(where).isEqualTo(302);
            assertThat(WebSession.location(export)).as(where).endsWith("/login");
            return;
        }
        String type = export.headers().firstValue("Content-Type").orElse("");
        String text;
        if (expected == 200 && export.statusCode() == 404) {
            // a page without a table says so, in words: the page itself must have none
            text = new String(export.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).as(where).isEqualTo("本页没有可导出的表格。");
            assertThat(session(actor).get(rule.path()).body())
                    .as(where + ": the page shows a table")
                    .doesNotContainPattern("<table[^>]*class=\"data");
        } else {
            assertThat(export.statusCode()).as(where).isEqualTo(expected);
            text = new String(export.body(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml")) {
            StringBuilder cells = new StringBuilder();
            try (org.apache.poi.ss.usermodel.Workbook book = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                    new java.io.ByteArrayInputStream(export.body()))) {
                org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
                book.forEach(sheet -> sheet.forEach(row -> row.forEach(
                        cell -> cells.append(format.formatCellValue(cell)).append('\n'))));
            }
            text = cells.toString();
        }
        assertNoLeak(actor, text, where);
    }

    /** The API also takes HTTP Basic: the same scope applies (one enterprise, two users). */
    @Test
    void basicAuthenticationHasTheSameScope() {
        WebSession session = new WebSession(port);
        assertThat(session.getBasic("/api/v1/enterprises/" + own.code(), "enterprise", "Demo-City-2026")
                        .statusCode())
                .isEqualTo(200);
        assertThat(session.getBasic("/api/v1/enterprises/" + sameCounty.code(), "enterprise", "Demo-City-2026")
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> tasks = session.getBasic(
                "/api/v1/tasks?county=" + ownCounty + "&period=" + coming, "enterprise", "Demo-City-2026");
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body()).contains(own.code()).doesNotContain(sameCounty.code());
        assertThat(session.getBasic("/api/v1/enterprises/" + other.code(), "county" + ownCounty, "Demo-City-2026")
                        .statusCode())
                .isEqualTo(404);
    }

    private void check(Case rule, Actor actor) {
        int expected = rule.expected().get(actor);
        HttpResponse<String> response = send(rule, actor);
        String where = actor + " " + rule.method() + " " + rule.path();
        if (actor == ANONYMOUS && expected == 0) {
            if (rule.path().startsWith("/api/")) {
                assertThat(response.statusCode()).as(where).isEqualTo(401);
            } else {
                assertThat(response.statusCode()).as(where).isEqualTo(302);
                assertThat(WebSession.location(response)).as(where).endsWith("/login");
            }
            return;
        }
        if (expected == -1) {
            // an allowed write with input the service refuses: anything but a refusal or a server error
            assertThat(response.statusCode())
                    .as(where + "\n" + response.body())
                    .isNotIn(401, 403, 404)
                    .isLessThan(500);
            return;
        }
        assertThat(response.statusCode())
                .as(where + "\n" + abbreviated(response.body()))
                .isEqualTo(expected);
        if (expected == 200) {
            assertNoLeak(actor, response.body(), where);
            // a label without its message shows as ??key_zh_CN?? (the import page's kinds of other modules did)
            assertThat(MISSING_MESSAGE.matcher(response.body()).results().map(MatchResult::group))
                    .as(where + ": messages missing from the bundles")
                    .isEmpty();
        } else if (expected == 404 || expected == 403) {
            assertNoLeak(actor, response.body(), where);
        }
    }

    /** No credit code or name of an enterprise outside the actor's scope anywhere in the answer. */
    private void assertNoLeak(Actor actor, String body, String where) {
        if (CITY.contains(actor)) {
            return;
        }
        Matcher codes = CREDIT_CODE.matcher(body);
        while (codes.find()) {
            Ent e = registry.get(codes.group());
            if (e != null) {
                assertThat(mayName(actor, e))
                        .as(where + " shows " + e.code() + " " + e.name() + " of " + e.county())
                        .isTrue();
            }
        }
        // names end in 公司 in the demo city: look up every text ending there
        for (int at = body.indexOf("公司"); at >= 0; at = body.indexOf("公司", at + 1)) {
            int end = at + 2;
            for (int start = Math.max(0, end - 60); start < end - 3; start++) {
                Ent e = byName.get(body.substring(start, end));
                if (e != null) {
                    assertThat(mayName(actor, e))
                            .as(where + " names " + e.name() + " of " + e.county())
                            .isTrue();
                    break;
                }
            }
        }
    }

    private boolean mayName(Actor actor, Ent e) {
        return switch (actor) {
            case ADMIN, ANALYST, LEADER -> true;
            case COUNTY -> e.county().equals(ownCounty);
            case ENTERPRISE -> e.code().equals(own.code());
            case ECOLOGY -> e.air() || ecologyTickets.contains(e.code());
            case ANONYMOUS -> false;
        };
    }

    private HttpResponse<String> send(Case rule, Actor actor) {
        WebSession session = session(actor);
        if (rule.method().equals("GET")) {
            return session.get(rule.path());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-CSRF-TOKEN", csrf.get(actor));
        if (rule.json() != null) {
            headers.put("Content-Type", "application/json");
            headers.put("Accept", "application/json");
            return session.postJson(rule.path(), rule.json(), headers);
        }
        headers.put("Accept", "text/html");
        return session.postForm(rule.path(), formOf(rule), headers);
    }

    private WebSession session(Actor actor) {
        return sessions.computeIfAbsent(actor, a -> {
            WebSession session = new WebSession(port);
            if (a != ANONYMOUS) {
                String password = a == ADMIN ? "Pulse-Admin-2026" : "Demo-City-2026";
                assertThat(session.login(username(a), password))
                        .as(a + " logs in")
                        .doesNotContain("error");
                csrf.put(a, session.metaCsrf("/"));
            } else {
                csrf.put(a, session.csrfToken("/login"));
            }
            return session;
        });
    }

    private String username(Actor actor) {
        return switch (actor) {
            case ADMIN -> "admin";
            case ANALYST -> "analyst";
            case LEADER -> "leader";
            case ECOLOGY -> "ecology";
            case COUNTY -> "county" + ownCounty;
            case ENTERPRISE -> "enterprise";
            case ANONYMOUS -> throw new IllegalArgumentException();
        };
    }

    /** The endpoint keys of a mapping: {@code METHOD pattern}, and the params condition where there is one. */
    private static List<String> endpoints(RequestMappingInfo info) {
        Set<String> methods = new TreeSet<>();
        info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
        if (methods.isEmpty()) {
            methods.add("GET");
        }
        String params = info.getParamsCondition().getExpressions().isEmpty()
                ? ""
                : " "
                        + new TreeSet<>(info.getParamsCondition().getExpressions().stream()
                                .map(Object::toString)
                                .toList());
        List<String> keys = new ArrayList<>();
        for (String method : methods) {
            for (String pattern : info.getPatternValues()) {
                keys.add(method + " " + pattern + params);
            }
        }
        return keys;
    }

    // ------------------------------------------------------------------------------------------- rule builders

    private static void get(List<Case> rules, String endpoint, String path, Set<Actor> allowed, int refused) {
        add(rules, endpoint, "GET", path, null, statuses(allowed, 200, refusals(allowed, refused)));
    }

    private static void post(
            List<Case> rules, String endpoint, String path, String form, Set<Actor> allowed, int refused) {
        post(rules, endpoint, path, form, allowed, refusals(allowed, refused));
    }

    private static void post(
            List<Case> rules,
            String endpoint,
            String path,
            String form,
            Set<Actor> allowed,
            Map<Actor, Integer> refusals) {
        rules.add(new Case(endpoint, "POST", path, null, form, withAnonymous(statuses(allowed, -1, refusals))));
    }

    private static void postJson(
            List<Case> rules, String endpoint, String path, String json, Set<Actor> allowed, int refused) {
        postJson(rules, endpoint, path, json, allowed, refusals(allowed, refused));
    }

    private static void postJson(
            List<Case> rules,
            String endpoint,
            String path,
            String json,
            Set<Actor> allowed,
            Map<Actor, Integer> refusals) {
        rules.add(new Case(endpoint, "POST", path, json, null, withAnonymous(statuses(allowed, -1, refusals))));
    }

    private static void add(
            List<Case> rules,
            String endpoint,
            String method,
            String path,
            @Nullable String json,
            Map<Actor, Integer> statuses) {
        rules.add(new Case(endpoint, method, path, json, null, withAnonymous(statuses)));
    }

    /** Anonymous: the login page for pages, 401 for the API (0 stands for that), unless the rule says otherwise. */
    private static Map<Actor, Integer> withAnonymous(Map<Actor, Integer> statuses) {
        Map<Actor, Integer> expected = new EnumMap<>(Actor.class);
        expected.putAll(statuses);
        expected.putIfAbsent(ANONYMOUS, 0);
        return expected;
    }

    private static Map<Actor, Integer> refusals(Set<Actor> allowed, int refused) {
        Map<Actor, Integer> refusals = new EnumMap<>(Actor.class);
        for (Actor actor : ALL) {
            if (!allowed.contains(actor)) {
                refusals.put(actor, refused);
            }
        }
        return refusals;
    }

    /** The allowed actors get {@code ok}; the others what {@code refusals} says (an actor in neither is not asked). */
    private static Map<Actor, Integer> statuses(Set<Actor> allowed, int ok, Map<Actor, Integer> refusals) {
        Map<Actor, Integer> statuses = new EnumMap<>(Actor.class);
        refusals.forEach(statuses::put);
        for (Actor actor : allowed) {
            statuses.put(actor, ok);
        }
        return statuses;
    }

    private static String form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(pairs[i]).append('=').append(pairs[i + 1]);
        }
        return form.toString();
    }

    /** The form fields of a POST case. */
    private static Map<String, String> formOf(Case rule) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : rule.form().split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                fields.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return fields;
    }

    private static String abbreviated(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
