package io.industrypulse.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.industrypulse.support.WebSession;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project ledger over real HTTP on the demo city: the summary's time progress and investment growth are the ones
 * computed here from the stored plans and months, a project's figures are its own, and each role sees its own
 * projects.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=investment")
abstract class InvestmentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    YearMonth period;

    @BeforeEach
    void latestMonth() {
        period = YearMonth.from(jdbc.sql("SELECT MAX(period) FROM inv_progress")
                .query(LocalDate.class)
                .single());
    }

    private WebSession session(String user) {
        WebSession session = new WebSession(port);
        session.login(user, "Demo-City-2026");
        return session;
    }

    private static JsonNode json(WebSession session, String path) throws IOException {
        var answer = session.get(path, Map.of("Accept", "application/json"));
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** Sums of the stored rows: [plan, done this year through M, done last year through the same month]. */
    private Map<String, double[]> sums(String groupColumn, String kindFilter) {
        Map<String, double[]> sums = new HashMap<>();
        int year = period.getYear();
        jdbc.sql("SELECT p." + groupColumn + ", l.planned FROM inv_plan l JOIN inv_project p ON p.code = l.code"
                        + " WHERE l.stat_year = :y" + kindFilter)
                .param("y", year)
                .query(rs -> {
                    sums.computeIfAbsent(rs.getString(1), c -> new double[3])[0] += rs.getDouble(2);
                });
        jdbc.sql("SELECT p." + groupColumn + ", g.period, g.completed FROM inv_progress g"
                        + " JOIN inv_project p ON p.code = g.code WHERE g.period BETWEEN :from AND :to" + kindFilter)
                .param("from", LocalDate.of(year - 1, 1, 1))
                .param("to", period.atDay(1))
                .query(rs -> {
                    LocalDate month = rs.getObject(2, LocalDate.class);
                    double[] s = sums.computeIfAbsent(rs.getString(1), c -> new double[3]);
                    if (month.getYear() == year) {
                        s[1] += rs.getDouble(3);
                    } else if (month.getMonthValue() <= period.getMonthValue()) {
                        s[2] += rs.getDouble(3);
                    }
                });
        return sums;
    }

    /**
     * Each county's plan and completion, 时序进度 = done / plan × 100 − M / 12 × 100, 工业投资 growth over every project
     * and 技改投资 growth over the renovations, as the stored rows give them; the city's over all.
     */
    @Test
    void theSummaryIsTheStoredRowsSummed() throws IOException {
        JsonNode summary = json(session("county130102"), "/api/v1/investment/summary?period=" + period);
        assertThat(summary.get("period").asString()).isEqualTo(period.toString());
        Map<String, double[]> all = sums("county_code", "");
        Map<String, double[]> renovation = sums("county_code", " AND p.kind = 'RENOVATION'");
        assertThat(summary.get("counties")).hasSize(12);
        double months = period.getMonthValue();
        double[] city = new double[3];
        for (JsonNode county : summary.get("counties")) {
            String code = county.get("code").asString();
            double[] s = all.get(code);
            double[] r = renovation.get(code);
            for (int i = 0; i < 3; i++) {
                city[i] += s[i];
            }
            assertThat(county.get("plan_year").asDouble()).as(code).isCloseTo(s[0], within(1e-6));
            assertThat(county.get("done").asDouble()).as(code).isCloseTo(s[1], within(1e-6));
            assertThat(county.get("done_last_year").asDouble()).as(code).isCloseTo(s[2], within(1e-6));
            assertThat(county.get("time_progress").asDouble())
                    .as(code)
                    .isCloseTo(s[1] / s[0] * 100 - months / 12 * 100, within(1e-9));
            growth(county.get("growth"), s, code);
            growth(county.get("renovation_growth"), r == null ? new double[3] : r, code + " 技改");
            BigDecimal target = jdbc.sql("""
                            SELECT target_value FROM target WHERE target_year = :y AND region_code = :c
                              AND indicator = 'INVESTMENT_GROWTH'""")
                    .param("y", period.getYear())
                    .param("c", code)
                    .query(BigDecimal.class)
                    .single();
            assertThat(county.get("target").decimalValue()).isEqualByComparingTo(target);
        }
        JsonNode whole = summary.get("city");
        assertThat(whole.get("time_progress").asDouble())
                .isCloseTo(city[1] / city[0] * 100 - months / 12 * 100, within(1e-9));
        assertThat(whole.get("growth").asDouble()).isCloseTo((city[1] / city[2] - 1) * 100, within(1e-9));
        double pipeline = jdbc.sql("SELECT COALESCE(SUM(total_investment), 0) FROM inv_project"
                        + " WHERE stage IN ('PLANNING', 'ATTRACTING', 'SIGNED')")
                .query(Double.class)
                .single();
        assertThat(whole.get("pipeline_investment").asDouble()).isCloseTo(pipeline, within(1e-6));
        int stages = 0;
        for (JsonNode n : whole.get("stages")) {
            stages += n.asInt();
        }
        assertThat(stages)
                .isEqualTo(whole.get("projects").asInt())
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM inv_project")
                        .query(Integer.class)
                        .single());
    }

    /** Growth on last year's same months; none (absent or null) without anything done last year. */
    private static void growth(JsonNode shown, double[] sums, String what) {
        if (sums[2] > 0) {
            assertThat(shown.asDouble()).as(what).isCloseTo((sums[1] / sums[2] - 1) * 100, within(1e-9));
        } else {
            assertThat(shown == null || shown.isNull()).as(what).isTrue();
        }
    }

    /** A project's completion, time progress and months, by hand from its own rows. */
    @Test
    void aProjectsFiguresAreItsOwn() throws IOException {
        String code = jdbc.sql("""
                        SELECT MIN(l.code) FROM inv_plan l WHERE l.stat_year = :y AND l.planned > 0
                          AND EXISTS (SELECT 1 FROM inv_progress g WHERE g.code = l.code AND g.period = :p)""")
                .param("y", period.getYear())
                .param("p", period.atDay(1))
                .query(String.class)
                .single();
        double plan = jdbc.sql("SELECT planned FROM inv_plan WHERE code = :c AND stat_year = :y")
                .param("c", code)
                .param("y", period.getYear())
                .query(Double.class)
                .single();
        List<Double> done = jdbc.sql("""
                        SELECT completed FROM inv_progress WHERE code = :c AND period BETWEEN :from AND :to
                        ORDER BY period""")
                .param("c", code)
                .param("from", LocalDate.of(period.getYear(), 1, 1))
                .param("to", period.atDay(1))
                .query(Double.class)
                .list();
        double sum = done.stream().mapToDouble(Double::doubleValue).sum();
        JsonNode detail = json(session("analyst"), "/api/v1/projects/" + code + "?period=" + period);
        JsonNode row = detail.get("row");
        assertThat(row.get("project").get("code").asString()).isEqualTo(code);
        assertThat(row.get("done").asDouble()).isCloseTo(sum, within(1e-6));
        assertThat(row.get("completion").asDouble()).isCloseTo(sum / plan * 100, within(1e-9));
        assertThat(row.get("time_progress").asDouble())
                .isCloseTo(sum / plan * 100 - period.getMonthValue() / 12.0 * 100, within(1e-9));
        JsonNode months = detail.get("months");
        assertThat(months).hasSize(period.getMonthValue());
        assertThat(months.get(period.getMonthValue() - 1).get("cumulative").asDouble())
                .isCloseTo(sum, within(1e-6));
        assertThat(months.get(period.getMonthValue() - 1).get("plan_share").asDouble())
                .isCloseTo(plan * period.getMonthValue() / 12, within(1e-6));
    }

    /** 落后于时序进度 beyond 10 points: exactly the projects whose own figures say so. */
    @Test
    void theBehindFilterHoldsTheProjectsMoreThanTenPointsBehind() throws IOException {
        Map<String, double[]> byProject = sums("code", "");
        Set<String> expected = new HashSet<>();
        byProject.forEach((code, s) -> {
            if (s[0] > 0 && s[1] / s[0] * 100 - period.getMonthValue() / 12.0 * 100 < -10) {
                expected.add(code);
            }
        });
        assertThat(expected).isNotEmpty();
        assertThat(codes(session("leader"), "behind=true&period=" + period)).isEqualTo(expected);
    }

    /**
     * The warnings of the month name exactly the projects behind the calendar and those whose planned start has come
     * without a start, with the months since; a county sees its own.
     */
    @Test
    void theWarningsNameTheProjectsBehindAndNotStarted() throws IOException {
        Map<String, double[]> byProject = sums("code", "");
        Map<String, String> names = new HashMap<>();
        Map<String, String> countyOf = new HashMap<>();
        Set<String> late = new HashSet<>();
        Map<String, Long> lateMonths = new HashMap<>();
        jdbc.sql("SELECT code, name, county_code, planned_start, actual_start, stage FROM inv_project")
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                    countyOf.put(rs.getString(1), rs.getString(3));
                    LocalDate planned = rs.getObject(4, LocalDate.class);
                    boolean started =
                            List.of("CONSTRUCTION", "COMPLETED", "PRODUCTION").contains(rs.getString(6));
                    if (planned != null
                            && !planned.isAfter(period.atEndOfMonth())
                            && rs.getObject(5) == null
                            && !started) {
                        late.add(rs.getString(1));
                        lateMonths.put(
                                rs.getString(1),
                                java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(planned), period));
                    }
                });
        Set<String> behind = new HashSet<>();
        byProject.forEach((code, s) -> {
            if (s[0] > 0 && s[1] / s[0] * 100 - period.getMonthValue() / 12.0 * 100 < -10) {
                behind.add(code);
            }
        });
        assertThat(late).isNotEmpty();
        Set<String> warnedBehind = new HashSet<>();
        Set<String> warnedLate = new HashSet<>();
        JsonNode warnings = json(session("analyst"), "/api/v1/warnings?period=" + period);
        for (JsonNode w : warnings.has("items") ? warnings.get("items") : warnings) {
            String rule = w.get("rule").asString();
            if (rule.equals("INVESTMENT_BEHIND")) {
                warnedBehind.add(w.get("project_code").asString());
                assertThat(w.get("enterprise_name").asString())
                        .isEqualTo(names.get(w.get("project_code").asString()));
                assertThat(w.get("value").asDouble()).isLessThan(-10);
            } else if (rule.equals("INVESTMENT_NOT_STARTED")) {
                String name = w.get("project_code").asString();
                warnedLate.add(name);
                assertThat(w.get("value").asLong()).as(name).isEqualTo(lateMonths.get(name));
                assertThat(w.get("region_code").asString()).isEqualTo(countyOf.get(name));
            }
        }
        assertThat(warnedBehind).isEqualTo(behind);
        assertThat(warnedLate).isEqualTo(late);
        JsonNode own = json(session("county130102"), "/api/v1/warnings?period=" + period);
        for (JsonNode w : own.has("items") ? own.get("items") : own) {
            if (w.get("rule").asString().startsWith("INVESTMENT_")) {
                assertThat(w.get("region_code").asString()).isEqualTo("130102");
            }
        }
    }

    /**
     * Next year's scenario of a county, by hand from the stored rows: the projects under construction or completed
     * producing after the latest month with data and by the end of next year, annual output × months next year ÷ 12,
     * valued at this year's ratio of their division (the city's average ratio for a division without one), over next
     * year's base S(1..M) + L(M+1..12) × S(1..M) / L(1..M) at this year's ratios.
     */
    @Test
    void nextYearsOutlookIsTheProjectsOutputOverTheEstimatedBase() throws IOException {
        LocalDate latest = jdbc.sql("SELECT MAX(period) FROM monthly_report")
                .query(LocalDate.class)
                .single();
        int year = latest.getYear();
        int lastMonth = latest.getMonthValue();
        Map<String, Double> ratio = new HashMap<>();
        jdbc.sql("""
                        SELECT v.division_code, v.ratio FROM va_ratio v WHERE v.stat_year = :y
                          AND v.division_code IN (SELECT division_code FROM enterprise)""").param("y", year).query(rs -> {
            ratio.put(rs.getString(1), rs.getDouble(2));
        });
        double[] city = new double[2];
        double[] county = new double[3]; // S(1..M), L(1..M), L(M+1..12)
        jdbc.sql("""
                        SELECT e.county_code, e.division_code, m.period, m.output FROM monthly_report m
                        JOIN enterprise e ON e.credit_code = m.credit_code WHERE m.period >= :from""").param("from", LocalDate.of(year - 1, 1, 1)).query(rs -> {
            LocalDate month = rs.getObject(3, LocalDate.class);
            double value = rs.getDouble(4) * ratio.get(rs.getString(2));
            boolean thisYear = month.getYear() == year;
            if (thisYear && month.getMonthValue() <= lastMonth) {
                city[0] += value;
                city[1] += rs.getDouble(4);
            }
            if (rs.getString(1).equals("130102") && (!thisYear || month.getMonthValue() <= lastMonth)) {
                county[thisYear ? 0 : month.getMonthValue() <= lastMonth ? 1 : 2] += value;
            }
        });
        double average = city[0] / city[1];
        double base = county[0] + county[2] * county[0] / county[1];
        double[] added = new double[3]; // projects, output, value added
        LocalDate after = YearMonth.of(year, lastMonth).atEndOfMonth();
        jdbc.sql("""
                        SELECT division_code, annual_output, COALESCE(actual_production, planned_production)
                        FROM inv_project WHERE county_code = '130102' AND stage IN ('CONSTRUCTION', 'COMPLETED')
                          AND annual_output IS NOT NULL""").query(rs -> {
            LocalDate production = rs.getObject(3, LocalDate.class);
            if (production == null || !production.isAfter(after) || production.getYear() > year + 1) {
                return;
            }
            int months = production.getYear() <= year ? 12 : 13 - production.getMonthValue();
            double output = rs.getDouble(2) * months / 12;
            added[0]++;
            added[1] += output;
            added[2] += output * ratio.getOrDefault(rs.getString(1), average);
        });
        assertThat(added[0])
                .as("the demo county has projects going into production")
                .isPositive();
        JsonNode outlook = json(session("county130102"), "/api/v1/investment/outlook");
        JsonNode own = null;
        for (JsonNode c : outlook.get("counties")) {
            if (c.get("code").asString().equals("130102")) {
                own = c;
            }
        }
        assertThat(own.get("projects").asInt()).isEqualTo((int) added[0]);
        assertThat(own.get("output").asDouble()).isCloseTo(added[1], within(1e-6));
        assertThat(own.get("value_added").asDouble()).isCloseTo(added[2], within(1e-6));
        assertThat(own.get("base").asDouble()).isCloseTo(base, within(base * 1e-12));
        assertThat(own.get("points").asDouble()).isCloseTo(added[2] / base * 100, within(1e-9));
        // the county page says it in a sentence
        String card = session("county130102")
                .get("/investment/counties/130102/outlook")
                .body();
        assertThat(card).contains("可拉动明年全县规上工业增速约");
    }

    /**
     * A blocker is a ticket on the project's builder: reported on the project page, shown there with its state, counted
     * as open on the ledger, and moved only along the ticket's steps (solving before accepting is refused).
     */
    @Test
    void aProjectsBlockerFollowsTheTicketStateMachine() throws IOException {
        String code = jdbc.sql("""
                        SELECT MIN(code) FROM inv_project WHERE county_code = '130102' AND credit_code IS NOT NULL
                          AND code NOT IN (SELECT project_code FROM inv_blocker)""").query(String.class).single();
        WebSession county = session("county130102");
        String page = "/investment/projects/" + code;
        int tickets =
                jdbc.sql("SELECT COUNT(*) FROM ticket").query(Integer.class).single();
        var blank = county.postForm(
                page + "/blockers", Map.of("category", "LAND", "description", " ", "_csrf", county.csrfToken(page)));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("问题描述：不能为空");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket").query(Integer.class).single())
                .isEqualTo(tickets);

        var opened = county.postForm(
                page + "/blockers",
                Map.of(
                        "category", "LAND",
                        "description", "二期用地指标未落实",
                        "helpAsked", "协调自然资源部门调剂用地指标",
                        "_csrf", county.csrfToken(page)));
        assertThat(opened.statusCode()).isEqualTo(302);
        long id = jdbc.sql("SELECT ticket_id FROM inv_blocker WHERE project_code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("SELECT credit_code || '/' || category || '/' || state FROM ticket WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(jdbc.sql("SELECT credit_code FROM inv_project WHERE code = :c")
                                .param("c", code)
                                .query(String.class)
                                .single()
                        + "/LAND/SUBMITTED");
        assertThat(county.get(page).body()).contains("二期用地指标未落实").contains("待受理 · 县级");
        assertThat(json(county, "/api/v1/projects/" + code)
                        .get("row")
                        .get("open_blockers")
                        .asInt())
                .isEqualTo(1);

        String basic = WebSession.basic("county130102", "Demo-City-2026");
        var early = county.postJson(
                "/api/v1/tickets/" + id + "/solve", "{\"note\":\"已协调\"}", Map.of("Authorization", basic));
        assertThat(early.statusCode()).isEqualTo(409);
        var accepted = county.postJson("/api/v1/tickets/" + id + "/accept", "{}", Map.of("Authorization", basic));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(county.get(page).body()).contains("办理中 · 县级");

        // a builder not in the registry has no enterprise to open a ticket on: refused with the reason
        String unregistered = jdbc.sql("SELECT MIN(code) FROM inv_project WHERE credit_code IS NULL")
                .query(String.class)
                .single();
        WebSession analyst = session("analyst");
        var refused = analyst.postForm(
                "/investment/projects/" + unregistered + "/blockers",
                Map.of(
                        "category", "FUNDING",
                        "description", "资金缺口",
                        "helpAsked", "协调贷款",
                        "_csrf", analyst.csrfToken("/investment/projects/" + unregistered)));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("尚未进入企业名录");
    }

    /**
     * A county adds a project through the form (each problem at its field, nothing written), then records a month on the
     * project page; a month after this one or months beyond the total investment are refused.
     */
    @Test
    void aCountyKeepsAProjectAndItsMonthsThroughTheForms() throws IOException {
        WebSession county = session("county130102");
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("code", "FORM-001");
        form.put("name", "表单登记的技改项目");
        form.put("countyCode", "130102");
        form.put("builder", "示例新建机械有限公司");
        form.put("kind", "RENOVATION");
        form.put("divisionCode", "99");
        form.put("content", "购置数控设备20台");
        form.put("totalInvestment", "2000");
        form.put("planYear", "1200");
        form.put("plannedStart", "2026-06-01");
        form.put("plannedProduction", "2026-03-01");
        form.put("stage", "SIGNED");
        form.put("_csrf", county.csrfToken("/investment/projects/new"));
        var refused = county.postForm("/investment/projects", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("行业大类代码：“99”不是工业行业大类代码（06-46）").contains("计划投产时间：早于开工时间 2026-06-01");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inv_project WHERE code = 'FORM-001'")
                        .query(Integer.class)
                        .single())
                .isZero();

        form.put("divisionCode", "34");
        form.put("plannedProduction", "2027-03-01");
        form.put("_csrf", county.csrfToken("/investment/projects/new"));
        var saved = county.postForm("/investment/projects", form);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(saved)).endsWith("/investment/projects/FORM-001");
        assertThat(county.get("/investment/projects/FORM-001/edit").body()).contains("购置数控设备20台");
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_log WHERE action = 'investment.project' AND entity_key = 'FORM-001'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        String page = "/investment/projects/FORM-001";
        YearMonth now = YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
        var future = county.postForm(
                page + "/progress",
                Map.of("period", now.plusMonths(1).toString(), "monthDone", "100", "_csrf", county.csrfToken(page)));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("晚于本月");
        var over = county.postForm(
                page + "/progress",
                Map.of("period", now.toString(), "monthDone", "2500", "_csrf", county.csrfToken(page)));
        assertThat(over.statusCode()).isEqualTo(400);
        assertThat(over.body()).contains("各月完成之和 2500 超过总投资 2000");
        var month = county.postForm(
                page + "/progress",
                Map.of(
                        "period",
                        period.toString(),
                        "monthDone",
                        "300.5",
                        "image",
                        "设备进场安装",
                        "_csrf",
                        county.csrfToken(page)));
        assertThat(month.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT completed FROM inv_progress WHERE code = 'FORM-001' AND period = :p")
                        .param("p", period.atDay(1))
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("300.5");
        // its history: the project and its month, by whom
        String history = county.get(page).body();
        assertThat(history).contains("登记或修改项目").contains("填报月度进度").contains("county130102");
        // another county's project is not this county's to change
        String other = jdbc.sql("SELECT MIN(code) FROM inv_project WHERE county_code = '130103'")
                .query(String.class)
                .single();
        assertThat(county.get("/investment/projects/" + other + "/edit").statusCode())
                .isEqualTo(404);
    }

    /**
     * A site photo is an image by its bytes with the ticket attachments' limits: a PNG goes in and comes back as what
     * it is; a text renamed .png and a PDF are refused at the field; another county cannot fetch it.
     */
    @Test
    void aSitePhotoIsAnImageByItsBytes() throws IOException {
        String code = jdbc.sql("SELECT MIN(code) FROM inv_project WHERE county_code = '130102'")
                .query(String.class)
                .single();
        WebSession county = session("county130102");
        String page = "/investment/projects/" + code;
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        var fake = county.postMultipart(
                page + "/photos",
                Map.of("period", period.toString(), "_csrf", county.csrfToken(page)),
                "file",
                "现场.png",
                "not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(fake.statusCode()).isEqualTo(400);
        assertThat(fake.body()).contains("现场照片：附件 现场.png：只接受图片");
        var pdf = county.postMultipart(
                page + "/photos",
                Map.of("period", period.toString(), "_csrf", county.csrfToken(page)),
                "file",
                "说明.pdf",
                "%PDF-1.4\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(pdf.body()).contains("说明.pdf 不是图片");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inv_photo WHERE project_code = :c")
                        .param("c", code)
                        .query(Integer.class)
                        .single())
                .isZero();
        var ok = county.postMultipart(
                page + "/photos",
                Map.of("period", period.toString(), "_csrf", county.csrfToken(page)),
                "file",
                "C:\\现场\\主体施工.png",
                png.toByteArray());
        assertThat(ok.statusCode()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM inv_photo WHERE project_code = :c AND file_name = '主体施工.png'")
                .param("c", code)
                .query(Long.class)
                .single();
        var download = county.getBytes(page + "/photos/" + id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        assertThat(download.body()).isEqualTo(png.toByteArray());
        assertThat(session("county130103").getBytes(page + "/photos/" + id).statusCode())
                .isEqualTo(404);
    }

    private static Set<String> codes(WebSession session, String query) throws IOException {
        Set<String> codes = new HashSet<>();
        for (int page = 1; ; page++) {
            JsonNode answer = json(session, "/api/v1/projects?page=" + page + "&" + query);
            answer.get("items")
                    .forEach(r -> codes.add(r.get("project").get("code").asString()));
            if (page * answer.get("size").asInt() >= answer.get("total").asInt()) {
                return codes;
            }
        }
    }

    @Test
    void eachRoleSeesItsOwnProjects() throws IOException {
        WebSession county = session("county130102");
        Set<String> own = new HashSet<>(jdbc.sql("SELECT code FROM inv_project WHERE county_code = '130102'")
                .query(String.class)
                .list());
        assertThat(codes(county, "period=" + period)).isEqualTo(own);
        assertThat(county.get("/api/v1/projects?county=130103", Map.of("Accept", "application/json"))
                        .statusCode())
                .isEqualTo(403);
        String other = jdbc.sql("SELECT MIN(code) FROM inv_project WHERE county_code = '130103'")
                .query(String.class)
                .single();
        assertThat(county.get("/api/v1/projects/" + other, Map.of("Accept", "application/json"))
                        .statusCode())
                .isEqualTo(404);

        String enterprise = jdbc.sql("SELECT enterprise_code FROM app_user WHERE username = 'enterprise'")
                .query(String.class)
                .single();
        Set<String> built = new HashSet<>(jdbc.sql("SELECT code FROM inv_project WHERE credit_code = :e")
                .param("e", enterprise)
                .query(String.class)
                .list());
        assertThat(built).isNotEmpty();
        assertThat(codes(session("enterprise"), "period=" + period)).isEqualTo(built);

        assertThat(session("ecology")
                        .get("/api/v1/projects", Map.of("Accept", "application/json"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(codes(session("analyst"), "period=" + period))
                .hasSize(jdbc.sql("SELECT COUNT(*) FROM inv_project")
                        .query(Integer.class)
                        .single());
    }
}
