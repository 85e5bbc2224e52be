package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.Enterprise;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.support.WebSession;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Soft review flags raised by B204-1 imports of November 2026 on the demo city and their explain/accept workflow over
 * real HTTP: county user, another county, city analyst, leader, department user; the page's htmx forms; re-imports.
 * Every county imports its own enterprises, so the tests do not reach each other's flags. H2 and PostgreSQL
 * subclasses.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=review-flow")
abstract class ReviewFlowTest {

    static final YearMonth PERIOD = YearMonth.of(2026, 11);
    static final String PASSWORD = "Demo-City-2026";

    @LocalServerPort
    int port;

    @Autowired
    MonthlyImportService imports;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    StatDataService statData;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    final JsonMapper json = JsonMapper.builder().build();

    /** A plain November row: output +10% on last year's own November, sales = output, electricity +10%. */
    record Line(Enterprise enterprise, double[] values) {

        Line sales(double share) {
            double[] v = values.clone();
            v[4] = round(v[0] * share);
            v[5] = round(v[1] * share);
            return new Line(enterprise, v);
        }

        Line noElectricity() {
            double[] v = values.clone();
            v[12] = 0;
            return new Line(enterprise, v);
        }
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** Enterprises of the county with a report last November and an October near this November's figure (no S6). */
    List<Line> plain(String county, int count) {
        Map<String, BigDecimal> lastYear = new HashMap<>();
        statData.monthly(PERIOD.minusYears(1), PERIOD.minusYears(1))
                .forEach(r -> lastYear.put(r.creditCode(), r.output()));
        Map<String, BigDecimal> october = new HashMap<>();
        statData.monthly(PERIOD.minusMonths(1), PERIOD.minusMonths(1))
                .forEach(r -> october.put(r.creditCode(), r.output()));
        List<Line> lines = new ArrayList<>();
        for (Enterprise e : enterprises.allForStatistics()) {
            BigDecimal ly = lastYear.get(e.creditCode());
            BigDecimal previous = october.get(e.creditCode());
            if (!e.countyCode().equals(county) || ly == null || ly.signum() <= 0 || previous == null) {
                continue;
            }
            double now = round(ly.doubleValue() * 1.1);
            double jump = now / previous.doubleValue();
            if (jump < 0.7 || jump > 1.4) {
                continue;
            }
            double l = ly.doubleValue();
            lines.add(new Line(e, new double[] {
                now,
                round(now * 11),
                l,
                round(l * 11),
                now,
                round(now * 11),
                l,
                round(l * 11),
                0,
                0,
                0,
                0,
                5.5,
                55,
                5,
                50
            }));
            if (lines.size() == count) {
                break;
            }
        }
        assertThat(lines).hasSize(count);
        return lines;
    }

    Path workbook(String name, List<Line> lines) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("B204-1");
            sheet.createRow(0).createCell(0).setCellValue("工业产销总值及主要产品产量  单位：万元");
            Row top = sheet.createRow(1);
            Row sub = sheet.createRow(2);
            top.createCell(0).setCellValue("统一社会信用代码");
            top.createCell(1).setCellValue("企业名称");
            for (int i = 0; i < 4; i++) {
                top.createCell(2 + i * 4).setCellValue(MonthlySheetParser.INDICATORS[i]);
                for (int s = 0; s < 4; s++) {
                    sub.createCell(2 + i * 4 + s).setCellValue(MonthlySheetParser.SLOTS[s]);
                }
            }
            int r = 3;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.enterprise().creditCode());
                row.createCell(1).setCellValue(line.enterprise().name());
                for (int i = 0; i < line.values().length; i++) {
                    row.createCell(2 + i).setCellValue(line.values()[i]);
                }
            }
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    MonthlyImportResult importAs(String county, String name, List<Line> lines) throws Exception {
        UserScope scope = new UserScope("county" + county, Role.COUNTY_USER, county);
        MonthlyImportResult result = imports.importMonthly(workbook(name, lines), name, PERIOD, scope);
        assertThat(result.problems()).isEmpty();
        return result;
    }

    HttpResponse<String> get(String path, String user) {
        return new WebSession(port).getBasic(path, user, user.equals("admin") ? "Pulse-Admin-2026" : PASSWORD);
    }

    JsonNode flags(String query, String user) {
        HttpResponse<String> response = get("/api/v1/review/flags?period=2026-11" + query, user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    HttpResponse<String> post(String path, String body, String user) {
        return new WebSession(port).postJsonBasic(path, body, user, PASSWORD);
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    static JsonNode of(JsonNode flags, String creditCode) {
        return list(flags).stream()
                .filter(f -> f.get("credit_code").asString().equals(creditCode))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no flag of " + creditCode + " in " + flags));
    }

    long audits(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'review_flag' AND entity_key = ?")
                .param(String.valueOf(id))
                .query(Long.class)
                .single();
    }

    @Test
    void importFlagsTheRowsAndTheWorkflowRunsOverHttpInScope() throws Exception {
        List<Line> county = plain("130102", 4);
        Line a = county.get(0).sales(0.7);
        Line b = county.get(1).noElectricity();
        MonthlyImportResult first = importAs("130102", "130102.xlsx", List.of(a, b, county.get(2), county.get(3)));
        assertThat(first.flaggedRows()).isEqualTo(2);
        assertThat(first.flags()).isEqualTo(2);
        Line c = plain("130103", 1).get(0).sales(0.7);
        assertThat(importAs("130103", "130103.xlsx", List.of(c)).flaggedRows()).isEqualTo(1);

        // scope: each county its own, the city and leaders all, departments nothing
        JsonNode own = flags("", "county130102");
        assertThat(list(own))
                .extracting(f -> f.get("credit_code").asString())
                .containsExactlyInAnyOrder(
                        a.enterprise().creditCode(), b.enterprise().creditCode());
        JsonNode flagA = of(own, a.enterprise().creditCode());
        assertThat(flagA.get("rule").asString()).isEqualTo("S1");
        assertThat(flagA.get("state").asString()).isEqualTo("OPEN");
        assertThat(flagA.get("measured").decimalValue()).isEqualByComparingTo("70.0");
        assertThat(flagA.get("threshold").decimalValue()).isEqualByComparingTo("80");
        assertThat(flagA.get("message").asString()).contains("产品销售率 70.0%");
        assertThat(of(own, b.enterprise().creditCode()).get("check").asString()).isEqualTo("S3_ZERO_MISMATCH");
        assertThat(list(flags("", "county130103"))).hasSize(1);
        assertThat(list(flags("&county=130102", "county130103"))).hasSize(1); // another county asked: still its own
        assertThat(list(flags("", "analyst")).size()).isGreaterThanOrEqualTo(3);
        assertThat(list(flags("&county=130102&rule=S1", "analyst"))).hasSize(1);
        assertThat(list(flags("&county=130102&state=OPEN", "leader"))).hasSize(2);
        assertThat(get("/api/v1/review/flags?period=2026-11", "ecology").statusCode())
                .isEqualTo(403);

        long id = flagA.get("id").asLong();
        String explain = "/api/v1/review/flags/" + id + "/explanation";
        String good = "{\"category\":\"新增订单\",\"text\":\"本月集中发货但部分订单尚未开票，销售产值次月确认\"}";
        // another county does not find it
        assertThat(post(explain, good, "county130103").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/review/flags/" + id, "county130103").statusCode())
                .isEqualTo(404);
        // 核实无误 is refused, so is a short text and an unknown category
        HttpResponse<String> stock = post(explain, "{\"category\":\"OTHER\",\"text\":\"核实无误\"}", "county130102");
        assertThat(stock.statusCode()).isEqualTo(400);
        assertThat(stock.body()).contains("不能只写“核实无误”");
        assertThat(post(explain, "{\"category\":\"OTHER\",\"text\":\"经核实，企业本月数据真实准确，无误。\"}", "county130102")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post(explain, "{\"category\":\"OTHER\",\"text\":\"订单增加\"}", "county130102")
                        .body())
                .contains("至少需要 10 个字");
        assertThat(post(explain, "{\"category\":\"天气\",\"text\":\"本月集中发货但部分订单尚未开票\"}", "county130102")
                        .statusCode())
                .isEqualTo(400);
        // only a county explains; only the city reviews; leaders read only
        assertThat(post(explain, good, "analyst").statusCode()).isEqualTo(403);
        assertThat(post(explain, good, "leader").statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/review/flags/" + id + "/accept", "{}", "analyst")
                        .statusCode())
                .isEqualTo(409); // nothing explained yet
        assertThat(audits(id)).isZero();

        HttpResponse<String> explained = post(explain, good, "county130102");
        assertThat(explained.statusCode()).as(explained.body()).isEqualTo(200);
        assertThat(json.readTree(explained.body()).get("state").asString()).isEqualTo("EXPLAINED");
        assertThat(json.readTree(explained.body()).get("reason_category").asString())
                .isEqualTo("NEW_ORDERS");
        assertThat(post("/api/v1/review/flags/" + id + "/accept", "{}", "county130102")
                        .statusCode())
                .isEqualTo(403);
        assertThat(post("/api/v1/review/flags/" + id + "/accept", "{}", "leader")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> noComment = post("/api/v1/review/flags/" + id + "/return", "{}", "analyst");
        assertThat(noComment.statusCode()).isEqualTo(400);
        assertThat(noComment.body()).contains("退回意见");
        HttpResponse<String> returned =
                post("/api/v1/review/flags/" + id + "/return", "{\"comment\":\"请附销售发票和入库单\"}", "analyst");
        assertThat(json.readTree(returned.body()).get("state").asString()).isEqualTo("RETURNED");
        assertThat(post(explain, "{\"category\":\"OTHER\",\"text\":\"已补充发票：11月发货的三批订单在12月开票\"}", "county130102")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> accepted = post("/api/v1/review/flags/" + id + "/accept", "{}", "analyst");
        assertThat(json.readTree(accepted.body()).get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(post("/api/v1/review/flags/" + id + "/accept", "{}", "analyst")
                        .statusCode())
                .isEqualTo(409);
        assertThat(audits(id)).isEqualTo(4);
        String last = jdbc.sql(
                        "SELECT before_json || ' -> ' || after_json FROM audit_log WHERE entity_type = 'review_flag'"
                                + " AND entity_key = ? AND action = 'review.flag.accept'")
                .param(String.valueOf(id))
                .query(String.class)
                .single();
        assertThat(last).contains("\"state\":\"EXPLAINED\"").contains("\"state\":\"ACCEPTED\"");

        // re-import: A unchanged keeps its accepted explanation; B corrected closes its flag; D newly raised
        Line d = county.get(2).sales(0.6);
        MonthlyImportResult second = importAs("130102", "130102-2.xlsx", List.of(a, county.get(1), d, county.get(3)));
        assertThat(second.flaggedRows()).isEqualTo(2);
        JsonNode after = flags("&county=130102", "analyst");
        assertThat(list(after))
                .extracting(f -> f.get("credit_code").asString())
                .containsExactlyInAnyOrder(
                        a.enterprise().creditCode(), d.enterprise().creditCode());
        JsonNode keptA = of(after, a.enterprise().creditCode());
        assertThat(keptA.get("id").asLong()).isEqualTo(id);
        assertThat(keptA.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(keptA.get("explanation").asString()).contains("已补充发票");
        JsonNode closed = flags("&county=130102&state=CLOSED", "analyst");
        JsonNode closedB = of(closed, b.enterprise().creditCode());
        assertThat(closedB.get("closed_at").isNull()).isFalse();
        assertThat(jdbc.sql("SELECT after_json FROM audit_log WHERE entity_type = 'review_flag' AND entity_key = ?"
                                + " AND action = 'review.flag.close'")
                        .param(closedB.get("id").asString())
                        .query(String.class)
                        .single())
                .contains("\"state\":\"CLOSED\"");
        assertThat(list(flags("", "county130103"))).hasSize(1); // the other county's flag is untouched

        // A with other figures: the old flag closes, a new one opens
        Line a2 = county.get(0).sales(0.65);
        importAs("130102", "130102-3.xlsx", List.of(a2, county.get(1), d, county.get(3)));
        JsonNode third = of(flags("&county=130102", "analyst"), a.enterprise().creditCode());
        assertThat(third.get("id").asLong()).isNotEqualTo(id);
        assertThat(third.get("state").asString()).isEqualTo("OPEN");
        assertThat(third.get("measured").decimalValue()).isEqualByComparingTo("65.0");
    }

    @Test
    void thePageListsFlagsAndItsFormsExplainAcceptAndReturn() throws Exception {
        Line flagged = plain("130104", 1).get(0).sales(0.5);
        importAs("130104", "130104.xlsx", List.of(flagged));
        long id = of(flags("", "county130104"), flagged.enterprise().creditCode())
                .get("id")
                .asLong();

        WebSession county = new WebSession(port);
        county.login("county130104", PASSWORD);
        HttpResponse<String> page = county.get("/review?period=2026-11");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("核实性错误")
                .contains(flagged.enterprise().name())
                .contains("/review/flags/" + id + "/explanation")
                .doesNotContain("/review/flags/" + id + "/accept");
        String token = county.csrfToken("/review?period=2026-11");
        Map<String, String> htmx = Map.of("HX-Request", "true");
        HttpResponse<String> refused = county.postForm(
                "/review/flags/" + id + "/explanation",
                Map.of("category", "OTHER", "text", "核实无误", "_csrf", token),
                htmx);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("不能只写“核实无误”").contains("flag-" + id);
        HttpResponse<String> explained = county.postForm(
                "/review/flags/" + id + "/explanation",
                Map.of("category", "STOPPED", "text", "11月中旬停产检修两周，库存产品集中销售", "_csrf", token),
                htmx);
        assertThat(explained.body()).contains("已说明").contains("停产");
        // without CSRF the form is refused
        assertThat(county.postForm("/review/flags/" + id + "/explanation", Map.of("category", "OTHER", "text", "x"))
                        .statusCode())
                .isEqualTo(403);

        WebSession analyst = new WebSession(port);
        analyst.login("analyst", PASSWORD);
        String cityPage = analyst.get("/review?period=2026-11&county=130104").body();
        assertThat(cityPage).contains("name=\"county\"").contains("/review/flags/" + id + "/accept");
        String cityToken = analyst.csrfToken("/review?period=2026-11");
        HttpResponse<String> returned = analyst.postForm(
                "/review/flags/" + id + "/return", Map.of("comment", "请补充检修记录", "_csrf", cityToken), htmx);
        assertThat(returned.body()).contains("已退回").contains("请补充检修记录");

        WebSession other = new WebSession(port);
        other.login("county130105", PASSWORD);
        assertThat(other.postForm(
                                "/review/flags/" + id + "/explanation",
                                Map.of(
                                        "category",
                                        "OTHER",
                                        "text",
                                        "这不是本县的企业的说明文字",
                                        "_csrf",
                                        other.csrfToken("/review")),
                                htmx)
                        .statusCode())
                .isEqualTo(404);
        WebSession leader = new WebSession(port);
        leader.login("leader", PASSWORD);
        String leaderPage = leader.get("/review?period=2026-11").body();
        assertThat(leaderPage)
                .contains(flagged.enterprise().name())
                .doesNotContain("<form method=\"post\" class=\"explain\"");
        assertThat(leader.get("/").body()).contains("href=\"/review\"");
    }
}
