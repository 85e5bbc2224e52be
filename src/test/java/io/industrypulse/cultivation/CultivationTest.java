package io.industrypulse.cultivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.industrypulse.support.WebSession;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 小升规 pool over real HTTP on the demo city: each enterprise's projection and class are the recomputed ones,
 * the net increase is the registry's entries minus exits, a county sees only its own pool, and the 临退 list holds
 * only above-size enterprises projected under the line.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=cultivation")
abstract class CultivationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private WebSession session(String user) {
        WebSession session = new WebSession(port);
        session.login(user, "Demo-City-2026");
        return session;
    }

    /** Every pool enterprise of a county through the API's pages. */
    private Map<String, JsonNode> pool(WebSession session, String query) throws IOException {
        Map<String, JsonNode> rows = new HashMap<>();
        for (int page = 1; ; page++) {
            JsonNode answer = JSON.readTree(
                    session.get("/api/v1/cultivation/pool?page=" + page + query).body());
            answer.get("items")
                    .forEach(
                            r -> rows.put(r.get("enterprise").get("credit_code").asString(), r));
            if (page * answer.get("size").asInt() >= answer.get("total").asInt()) {
                return rows;
            }
        }
    }

    /**
     * Recomputed from the stored months: the trend is this year's months so far over last year's same months, the
     * projection this year's months plus last year's others times the trend; 已达标 at 2000 over the last twelve
     * months, 临规 when projected to 2000 or over 1500.
     */
    @Test
    void eachProjectionAndClassIsTheRecomputedOne() throws IOException {
        LocalDate latestDay = jdbc.sql("SELECT MAX(period) FROM cult_month")
                .query(LocalDate.class)
                .single();
        YearMonth latest = YearMonth.from(latestDay);
        int year = latest.getYear();
        int m = latest.getMonthValue();
        Map<String, double[]> revenue = new HashMap<>();
        jdbc.sql("SELECT credit_code, period, revenue FROM cult_month WHERE period >= :from")
                .param("from", LocalDate.of(year - 1, 1, 1))
                .query(rs -> {
                    LocalDate p = rs.getObject(2, LocalDate.class);
                    double[] r = revenue.computeIfAbsent(rs.getString(1), k -> new double[24]);
                    r[(p.getYear() - (year - 1)) * 12 + p.getMonthValue() - 1] =
                            rs.getBigDecimal(3).doubleValue();
                });
        Map<String, JsonNode> rows = pool(session("analyst"), "");
        java.util.Set<String> entered =
                new java.util.HashSet<>(jdbc.sql("SELECT credit_code FROM cult_application WHERE state = 'ENTERED'")
                        .query(String.class)
                        .list());
        // the entered are above-size now and leave the pool's lists
        assertThat(rows)
                .hasSize(jdbc.sql("SELECT COUNT(*) FROM cult_pool")
                                .query(Integer.class)
                                .single()
                        - entered.size());
        assertThat(rows.keySet()).doesNotContainAnyElementsOf(entered);
        int checked = 0;
        for (Map.Entry<String, double[]> e : revenue.entrySet()) {
            if (entered.contains(e.getKey())) {
                continue;
            }
            double[] r = e.getValue();
            double thisSoFar = 0;
            double lastSoFar = 0;
            boolean lastFull = true;
            for (int k = 0; k < m; k++) {
                thisSoFar += r[12 + k];
                lastSoFar += r[k];
                lastFull &= r[k] > 0;
            }
            if (!lastFull) {
                continue; // a new plant without last year's months: another rule, tested in the engine
            }
            double projected = thisSoFar;
            for (int k = m; k < 12; k++) {
                projected += r[k] * thisSoFar / lastSoFar;
            }
            double trailing = 0;
            for (int k = m; k < m + 12; k++) {
                trailing += r[k];
            }
            JsonNode row = rows.get(e.getKey());
            assertThat(row.get("projected").asDouble()).as(e.getKey()).isCloseTo(projected, within(1e-6));
            assertThat(row.get("trailing").asDouble()).as(e.getKey()).isCloseTo(trailing, within(1e-6));
            String expected =
                    trailing >= 2000 ? "QUALIFIED" : projected >= 2000 || trailing >= 1500 ? "NEAR" : "GROWING";
            assertThat(row.get("pool_class").asString()).as(e.getKey()).isEqualTo(expected);
            checked++;
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void theNetIncreaseIsTheRegistrysEntriesMinusExits() throws IOException {
        int year = jdbc.sql("SELECT MAX(EXTRACT(YEAR FROM period)) FROM monthly_report")
                .query(Integer.class)
                .single();
        JsonNode rows = JSON.readTree(session("leader")
                .get("/api/v1/cultivation/net-increase?year=" + year)
                .body());
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 1);
        int cityNet = 0;
        for (JsonNode row : rows) {
            String region = row.get("region_code").asString();
            if (region.length() == 6 && !region.endsWith("00")) {
                int entries = jdbc.sql("""
                                SELECT COUNT(*) FROM enterprise_above_size s JOIN enterprise e ON e.id = s.enterprise_id
                                WHERE e.county_code = :c AND s.entry_kind <> 'INITIAL'
                                  AND s.entered_period BETWEEN :from AND :to""")
                        .param("c", region)
                        .param("from", from)
                        .param("to", to)
                        .query(Integer.class)
                        .single();
                int exits = jdbc.sql("""
                                SELECT COUNT(*) FROM enterprise_above_size s JOIN enterprise e ON e.id = s.enterprise_id
                                WHERE e.county_code = :c AND s.exited_period BETWEEN :from AND :to""")
                        .param("c", region)
                        .param("from", from)
                        .param("to", to)
                        .query(Integer.class)
                        .single();
                assertThat(row.get("upgrades").asInt()
                                + row.get("new_production").asInt())
                        .as(region)
                        .isEqualTo(entries);
                assertThat(row.get("exits").asInt()).as(region).isEqualTo(exits);
                assertThat(row.get("net").asInt()).as(region).isEqualTo(entries - exits);
                if (!row.get("target").isNull()) {
                    assertThat(row.get("gap").asInt())
                            .isEqualTo(row.get("target").asInt() - (entries - exits));
                }
                cityNet += entries - exits;
            }
        }
        assertThat(rows.get(0).get("net").asInt()).isEqualTo(cityNet);
        assertThat(cityNet).isNotZero();
    }

    @Test
    void aCountySeesOnlyItsOwnPoolAndADepartmentNone() throws IOException {
        WebSession county = session("county130102");
        Map<String, JsonNode> rows = pool(county, "");
        assertThat(rows).isNotEmpty();
        rows.values()
                .forEach(r -> assertThat(r.get("enterprise").get("county_code").asString())
                        .isEqualTo("130102"));
        assertThat(rows).hasSize(jdbc.sql("""
                                SELECT COUNT(*) FROM cult_pool WHERE county_code = '130102' AND credit_code NOT IN
                                    (SELECT credit_code FROM cult_application WHERE state = 'ENTERED')""").query(Integer.class).single());
        assertThat(county.get("/api/v1/cultivation/pool?county=130103").statusCode())
                .isEqualTo(403);
        assertThat(session("ecology").get("/api/v1/cultivation/pool").statusCode())
                .isEqualTo(403);
        String other = jdbc.sql("SELECT MIN(credit_code) FROM cult_pool WHERE county_code = '130103'")
                .query(String.class)
                .single();
        assertThat(county.get("/cultivation/pool/" + other).statusCode()).isEqualTo(404);
        // the batch filter keeps those expected to qualify for it
        long batch = jdbc.sql("SELECT MIN(id) FROM cult_batch WHERE kind = 'ANNUAL'")
                .query(Long.class)
                .single();
        JsonNode page = JSON.readTree(session("analyst")
                .get("/api/v1/cultivation/pool?batch=" + batch)
                .body());
        assertThat(page.get("total").asInt()).isPositive();
    }

    /** A CSV in the months template's columns. */
    private static byte[] months(String... rows) {
        return ("统一社会信用代码,年月,产值(万元),营业收入(万元)\n" + String.join("\n", rows) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private java.net.http.HttpResponse<String> upload(WebSession session, String kind, String name, byte[] file) {
        return session.postMultipart(
                "/cultivation/import",
                Map.of("_csrf", session.csrfToken("/cultivation"), "kind", kind),
                "file",
                name,
                file);
    }

    private String monthsDigest() {
        return String.join(
                "\n",
                jdbc.sql(
                                "SELECT credit_code || '|' || CAST(period AS VARCHAR(10)) || '|' || CAST(revenue AS VARCHAR(20))"
                                        + " FROM cult_month ORDER BY 1")
                        .query(String.class)
                        .list());
    }

    @Test
    void aMonthsFileGoesInWholeOrNotAtAllWithEveryBadCellNamed() {
        WebSession county = session("county130102");
        String code = jdbc.sql("SELECT MIN(credit_code) FROM cult_pool WHERE county_code = '130102'")
                .query(String.class)
                .single();
        String other = jdbc.sql("SELECT MIN(credit_code) FROM cult_pool WHERE county_code = '130103'")
                .query(String.class)
                .single();
        YearMonth now = YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
        String before = monthsDigest();
        Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
        bad.put("“统一社会信用代码”", months(code.substring(0, 17) + "0," + now.minusMonths(1) + ",10,10"));
        bad.put("“营业收入(万元)”应在 0 与 +∞ 之间", months(code + "," + now.minusMonths(1) + ",10,-5"));
        bad.put("晚于本月", months(code + "," + now.plusMonths(1) + ",10,10"));
        bad.put("[重复]", months(code + "," + now.minusMonths(1) + ",10,10", code + "," + now.minusMonths(1) + ",11,11"));
        bad.put("不在本县（市、区）培育库中", months(other + "," + now.minusMonths(1) + ",10,10"));
        for (Map.Entry<String, byte[]> file : bad.entrySet()) {
            String page =
                    upload(county, "months", "months.csv", file.getValue()).body();
            assertThat(page)
                    .as(file.getKey())
                    .contains("文件未导入")
                    .contains("第 2 行")
                    .contains(file.getKey());
            assertThat(monthsDigest()).as(file.getKey() + ": nothing written").isEqualTo(before);
        }
        String good = upload(county, "months", "months.csv", months(code + "," + now + ",123.45,120.5"))
                .body();
        assertThat(good).contains("id=\"import-ok\"");
        assertThat(jdbc.sql("SELECT revenue FROM cult_month WHERE credit_code = :c AND period = :p")
                        .param("c", code)
                        .param("p", now.atDay(1))
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("120.5");
        // the form names the field too
        java.net.http.HttpResponse<String> form = county.postForm(
                "/cultivation/pool/" + code + "/months",
                Map.of(
                        "period",
                        now.plusMonths(2).toString(),
                        "output",
                        "1",
                        "revenue",
                        "1",
                        "_csrf",
                        county.csrfToken("/cultivation/pool/" + code)));
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(county.get("/cultivation/pool/" + code).body()).contains("年月：" + now.plusMonths(2) + " 晚于本月");
    }

    @Test
    void aPoolFileRefusesABadCreditCodeAndAnAboveSizeEnterprise() {
        WebSession analyst = session("analyst");
        String above = jdbc.sql("""
                        SELECT MIN(e.credit_code) FROM enterprise e JOIN enterprise_above_size s ON s.enterprise_id = e.id
                        WHERE s.exited_period IS NULL""").query(String.class).single();
        String fresh = io.industrypulse.enterprise.CreditCode.withCheckCharacter("91130102MA0TEMP01");
        String header = "统一社会信用代码,企业名称,县(市、区)代码,行业小类代码,类型,成立日期,投产日期,联系人,联系电话,包联干部\n";
        long pool = jdbc.sql("SELECT COUNT(*) FROM cult_pool").query(Long.class).single();
        String refused = upload(
                        analyst,
                        "pool",
                        "pool.csv",
                        (header + fresh + ",新企业,130102,3311,小升规,2020-01-01,,,,\n" + above
                                        + ",规上企业,130102,3311,小升规,,,,,\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .body();
        assertThat(refused).contains("文件未导入").contains("第 3 行 A 列").contains(above + " 已是规上企业");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cult_pool").query(Long.class).single())
                .isEqualTo(pool);
        String accepted = upload(
                        analyst,
                        "pool",
                        "pool.csv",
                        (header + fresh + ",新企业,130102,3311,小升规,2020-01-01,,张三,0311-1234567,李四\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .body();
        assertThat(accepted).contains("id=\"import-ok\"");
        assertThat(jdbc.sql("SELECT name || '/' || kind || '/' || cadre FROM cult_pool WHERE credit_code = :c")
                        .param("c", fresh)
                        .query(String.class)
                        .single())
                .isEqualTo("新企业/SMALL/李四");
    }

    /**
     * The city adds a batch due in ten days; the county prepares an application, submits it and marks it entered:
     * the enterprise is then above-size in the registry from the batch's effective month as a 小升规 entrant, which
     * the net increase counts. Wrong steps are refused with the reason and change nothing.
     */
    @Test
    void anEnteredApplicationRegistersTheEnterpriseAboveSizeFromTheBatchsMonth() throws IOException {
        WebSession analyst = session("analyst");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        YearMonth effective = YearMonth.from(today).plusMonths(2);
        String name = "测试年度批次" + System.nanoTime();
        java.net.http.HttpResponse<String> created = analyst.postForm(
                "/cultivation/batches",
                Map.of(
                        "year", Integer.toString(today.getYear()),
                        "kind", "ANNUAL",
                        "name", name,
                        "deadline", today.plusDays(10).toString(),
                        "effectiveMonth", effective.toString(),
                        "_csrf", analyst.csrfToken("/cultivation/batches")));
        assertThat(created.statusCode()).isEqualTo(302);
        long batch = jdbc.sql("SELECT id FROM cult_batch WHERE name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
        // an effective month before the deadline is refused by name
        assertThat(analyst.postForm(
                                "/cultivation/batches",
                                Map.of(
                                        "year", Integer.toString(today.getYear()),
                                        "kind", "ANNUAL",
                                        "name", name + "2",
                                        "deadline", today.plusDays(10).toString(),
                                        "effectiveMonth", YearMonth.from(today).toString(),
                                        "_csrf", analyst.csrfToken("/cultivation/batches")))
                        .body())
                .contains("起报月份：须晚于申报截止日期");

        WebSession county = session("county130104");
        String code = jdbc.sql("""
                        SELECT MIN(p.credit_code) FROM cult_pool p WHERE p.county_code = '130104' AND p.kind = 'SMALL'
                          AND p.credit_code NOT IN (SELECT credit_code FROM cult_application)""").query(String.class).single();
        String page = "/cultivation/pool/" + code;
        assertThat(county.postForm(
                                page + "/applications",
                                Map.of("batch", Long.toString(batch), "_csrf", county.csrfToken(page)))
                        .statusCode())
                .isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM cult_application WHERE credit_code = :c AND batch_id = :b")
                .param("c", code)
                .param("b", batch)
                .query(Long.class)
                .single();
        java.net.http.HttpResponse<String> again = county.postForm(
                page + "/applications", Map.of("batch", Long.toString(batch), "_csrf", county.csrfToken(page)));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("已登记过“" + name + "”的申报");
        java.net.http.HttpResponse<String> skip = county.postForm(
                "/cultivation/applications/" + id + "/ENTERED", Map.of("_csrf", county.csrfToken(page)));
        assertThat(skip.statusCode()).isEqualTo(400);
        assertThat(skip.body()).contains("申报状态不能从“拟申报”改为“已入库”");
        assertThat(county.postForm(
                                "/cultivation/applications/" + id + "/SUBMITTED",
                                Map.of("_csrf", county.csrfToken(page)))
                        .statusCode())
                .isEqualTo(302);
        assertThat(county.postForm(
                                "/cultivation/applications/" + id + "/REJECTED",
                                Map.of("_csrf", county.csrfToken(page)))
                        .body())
                .contains("未通过原因：必填");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enterprise WHERE credit_code = :c")
                        .param("c", code)
                        .query(Integer.class)
                        .single())
                .isZero();

        assertThat(county.postForm(
                                "/cultivation/applications/" + id + "/ENTERED", Map.of("_csrf", county.csrfToken(page)))
                        .statusCode())
                .isEqualTo(302);
        assertThat(jdbc.sql("""
                                SELECT CAST(s.entered_period AS VARCHAR(10)) || '/' || s.entry_kind || '/' || e.county_code
                                FROM enterprise e JOIN enterprise_above_size s ON s.enterprise_id = e.id
                                WHERE e.credit_code = :c""").param("c", code).query(String.class).single())
                .isEqualTo(effective.atDay(1) + "/UPGRADE/130104");
        assertThat(jdbc.sql("SELECT state FROM cult_application WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("ENTERED");
        JsonNode net = JSON.readTree(session("leader")
                .get("/api/v1/cultivation/net-increase?year=" + effective.getYear())
                .body());
        int upgrades = 0;
        for (JsonNode row : net) {
            if (row.get("region_code").asString().equals("130104")) {
                upgrades = row.get("upgrades").asInt();
            }
        }
        assertThat(upgrades).isGreaterThanOrEqualTo(1);
        // the data sheet carries the twelve months to the month before the deadline
        java.net.http.HttpResponse<byte[]> sheet = county.getBytes("/cultivation/applications/" + id + "/sheet.xlsx");
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.body().length).isGreaterThan(1000);
    }

    /**
     * The demo's entered applications are the registry's entrants: each above-size from its batch's effective month
     * with the entry kind of its pool kind, and a 小升规 entrant's pool output of last year is the same-period base its
     * monthly reports carry this year.
     */
    @Test
    void theEnteredApplicationsAreTheRegistrysEntrantsWithTheirBase() {
        java.util.List<String> mismatches = jdbc.sql("""
                        SELECT a.credit_code FROM cult_application a
                        JOIN cult_batch b ON b.id = a.batch_id
                        JOIN cult_pool p ON p.credit_code = a.credit_code
                        JOIN enterprise e ON e.credit_code = a.credit_code
                        JOIN enterprise_above_size s ON s.enterprise_id = e.id
                        WHERE a.state = 'ENTERED' AND (s.entered_period <> b.effective_month
                            OR s.entry_kind <> CASE p.kind WHEN 'NEW' THEN 'NEW_PRODUCTION' ELSE 'UPGRADE' END)""").query(String.class).list();
        assertThat(mismatches).isEmpty();
        int entered = jdbc.sql("SELECT COUNT(*) FROM cult_application WHERE state = 'ENTERED'")
                .query(Integer.class)
                .single();
        assertThat(entered).isPositive();
        assertThat(jdbc.sql("""
                                SELECT COUNT(*) FROM cult_application a JOIN enterprise e ON e.credit_code = a.credit_code
                                WHERE a.state = 'ENTERED'""").query(Integer.class).single()).isEqualTo(entered);
        // a pool month of last year and the entrant's report of the same month this year: output and base agree
        java.util.Map<String, java.math.BigDecimal> pool = new java.util.HashMap<>();
        jdbc.sql("SELECT credit_code, period, output FROM cult_month").query(rs -> {
            pool.put(rs.getString(1) + "/" + rs.getObject(2, LocalDate.class).plusYears(1), rs.getBigDecimal(3));
        });
        int compared = 0;
        for (Map<String, Object> m : jdbc.sql("SELECT credit_code, period, output_ly FROM monthly_report")
                .query()
                .listOfRows()) {
            java.math.BigDecimal base = pool.get(m.get("credit_code") + "/" + m.get("period"));
            if (base != null) {
                assertThat((java.math.BigDecimal) m.get("output_ly")).isEqualByComparingTo(base);
                compared++;
            }
        }
        assertThat(compared).isPositive();
    }

    @Test
    void theExitListHoldsAboveSizeEnterprisesProjectedUnderTheLine() throws IOException {
        String page = session("analyst").get("/cultivation/exits").body();
        assertThat(page).contains("临退企业").contains("id=\"exits\"");
        java.util.regex.Matcher codes =
                java.util.regex.Pattern.compile("data-code=\"([0-9A-Z]{18})\"").matcher(page);
        int seen = 0;
        while (codes.find()) {
            String code = codes.group(1);
            assertThat(jdbc.sql("""
                                    SELECT COUNT(*) FROM enterprise e JOIN enterprise_above_size s ON s.enterprise_id = e.id
                                    WHERE e.credit_code = :c AND s.exited_period IS NULL""").param("c", code).query(Integer.class).single())
                    .as(code)
                    .isEqualTo(1);
            seen++;
        }
        assertThat(seen).isPositive();
    }
}
