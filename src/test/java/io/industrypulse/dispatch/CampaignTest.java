package io.industrypulse.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A campaign over real HTTP: the city sets one up for one county from today; the county records a visit and a
 * problem, solves it and records the enterprise's rating; the week's bulletin counts exactly that (by hand: one
 * enterprise visited of the county's registry, one problem, solved, rated 4: 化解率 and 满意率 100.0%) in the officials'
 * wording. Bad input is refused with the field named and writes nothing.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=dispatch")
abstract class CampaignTest {

    private static final String PASSWORD = "Demo-City-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theWeeksBulletinCountsTheCountysVisitsAndProblems() {
        // a county without the enterprise user's tickets of the other tests
        String busy = jdbc.sql(
                        "SELECT e.county_code FROM app_user u JOIN enterprise e ON e.credit_code = u.enterprise_code"
                                + " WHERE u.username = 'enterprise'")
                .query(String.class)
                .single();
        String county = jdbc.sql("SELECT MAX(code) FROM region WHERE level = 'county' AND code <> :c")
                .param("c", busy)
                .query(String.class)
                .single();
        String countyName = jdbc.sql("SELECT name FROM region WHERE code = :c")
                .param("c", county)
                .query(String.class)
                .single();
        String enterprise = jdbc.sql("SELECT MIN(credit_code) FROM enterprise WHERE county_code = :c")
                .param("c", county)
                .query(String.class)
                .single();
        long registry = jdbc.sql("SELECT COUNT(*) FROM enterprise WHERE county_code = :c")
                .param("c", county)
                .query(Long.class)
                .single();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String countyUser = "county" + county;

        WebSession analyst = new WebSession(port);
        analyst.login("analyst", PASSWORD);
        String name = "测试攻坚" + System.nanoTime();
        HttpResponse<String> created = analyst.postForm(
                "/dispatch/campaigns",
                Map.of(
                        "name",
                        name,
                        "startDate",
                        today.toString(),
                        "counties",
                        county,
                        "_csrf",
                        analyst.csrfToken("/dispatch/campaigns")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        long id = Long.parseLong(WebSession.location(created).replaceAll(".*/", ""));
        JsonNode listed = json.readTree(
                analyst.getBasic("/api/v1/campaigns", "leader", PASSWORD).body());
        JsonNode campaign = listed.valueStream()
                .filter(c -> c.get("id").asLong() == id)
                .findFirst()
                .orElseThrow();
        // 100 days by default
        assertThat(campaign.get("end_date").asString())
                .isEqualTo(today.plusDays(99).toString());

        WebSession countySession = new WebSession(port);
        countySession.login(countyUser, PASSWORD);
        HttpResponse<String> visit = countySession.postForm(
                "/dispatch/visits",
                Map.of(
                        "creditCode",
                        enterprise,
                        "visitDate",
                        today.toString(),
                        "cadre",
                        "王伟",
                        "department",
                        "县工信局",
                        "findings",
                        "用工缺口20人",
                        "_csrf",
                        countySession.csrfToken("/dispatch/visits")));
        assertThat(visit.statusCode()).as(visit.body()).isEqualTo(302);
        HttpResponse<String> future = countySession.postForm(
                "/dispatch/visits",
                Map.of(
                        "creditCode",
                        enterprise,
                        "visitDate",
                        today.plusDays(1).toString(),
                        "cadre",
                        "王伟",
                        "findings",
                        "x",
                        "_csrf",
                        countySession.csrfToken("/dispatch/visits")));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("走访日期");

        WebSession api = new WebSession(port);
        HttpResponse<String> opened = api.postJsonBasic(
                "/api/v1/tickets",
                "{\"credit_code\":\"" + enterprise + "\",\"category\":\"LABOUR\",\"description\":\"用工缺口20人\","
                        + "\"help_asked\":\"组织专场招聘\"}",
                countyUser,
                PASSWORD);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long ticket = json.readTree(opened.body()).get("id").asLong();
        for (String[] step : new String[][] {
            {"accept", "{}"}, {"solve", "{\"note\":\"已组织招聘会\"}"}, {"rate", "{\"rating\":4,\"solved\":true}"}
        }) {
            HttpResponse<String> r =
                    api.postJsonBasic("/api/v1/tickets/" + ticket + "/" + step[0], step[1], countyUser, PASSWORD);
            assertThat(r.statusCode()).as(step[0] + ": " + r.body()).isEqualTo(200);
        }

        HttpResponse<String> response =
                api.getBasic("/api/v1/campaigns/" + id + "/bulletin?week=1", "leader", PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode bulletin = json.readTree(response.body());
        JsonNode total = bulletin.get("total");
        assertThat(total.get("visited").asInt()).isEqualTo(1);
        assertThat(total.get("to_visit").asLong()).isEqualTo(registry);
        assertThat(total.get("opened").asInt()).isEqualTo(1);
        assertThat(total.get("solved").asInt()).isEqualTo(1);
        assertThat(total.get("rated").asInt()).isEqualTo(1);
        assertThat(total.get("satisfied").asInt()).isEqualTo(1);
        assertThat(bulletin.get("counties").get(county).get("opened").asInt()).isEqualTo(1);
        assertThat(bulletin.get("text").asString())
                .startsWith("截至" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日，" + countyName + "累计走访企业1家")
                .contains("收集问题1个，已解决1个，化解率100.0%，满意率100.0%");

        assertThat(api.getBasic("/api/v1/campaigns/" + id + "/bulletin?week=99", "leader", PASSWORD)
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> page = analyst.get("/dispatch/campaigns/" + id + "?week=1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(name, "累计走访企业1家");
        HttpResponse<byte[]> xlsx = analyst.getBytes("/dispatch/campaigns/" + id + "/bulletin.xlsx?week=1");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith(new byte[] {'P', 'K'});
        HttpResponse<byte[]> docx = analyst.getBytes("/dispatch/campaigns/" + id + "/bulletin.docx?week=1");
        assertThat(docx.statusCode()).isEqualTo(200);
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
                new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()))) {
            String text = doc.getParagraphs().stream()
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertThat(text).contains(name, "周通报（第1周", "累计走访企业1家", "化解率100.0%");
            // the city's row and the county's: one visited, one problem, solved
            assertThat(doc.getTables().get(0).getRow(2).getCell(0).getText()).isEqualTo(countyName);
            assertThat(doc.getTables().get(0).getRow(2).getCell(1).getText()).isEqualTo("1");
            assertThat(doc.getTables().get(0).getRow(2).getCell(6).getText()).isEqualTo("100.0");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theCountyNamesAnEnterprisesCadreShownOnItsPage() {
        String enterprise = jdbc.sql("SELECT enterprise_code FROM app_user WHERE username = 'enterprise'")
                .query(String.class)
                .single();
        String county = jdbc.sql("SELECT county_code FROM enterprise WHERE credit_code = :c")
                .param("c", enterprise)
                .query(String.class)
                .single();
        String otherCounty = jdbc.sql("SELECT MIN(code) FROM region WHERE level = 'county' AND code <> :c")
                .param("c", county)
                .query(String.class)
                .single();
        WebSession other = new WebSession(port);
        other.login("county" + otherCounty, PASSWORD);
        HttpResponse<String> refused = other.postForm(
                "/dispatch/cadres",
                Map.of("creditCode", enterprise, "name", "李四", "_csrf", other.csrfToken("/dispatch/visits")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("不在企业名录中或不在您的范围内");

        WebSession own = new WebSession(port);
        own.login("county" + county, PASSWORD);
        HttpResponse<String> saved = own.postForm(
                "/dispatch/cadres",
                Map.of(
                        "creditCode",
                        enterprise,
                        "name",
                        "王伟",
                        "unit",
                        "县工信局",
                        "phone",
                        "0311-12345678",
                        "_csrf",
                        own.csrfToken("/dispatch/visits")));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(saved)).endsWith("/monitor/enterprises/" + enterprise);
        WebSession enterpriseUser = new WebSession(port);
        enterpriseUser.login("enterprise", PASSWORD);
        String page = enterpriseUser.get("/monitor/enterprises/" + enterprise).body();
        assertThat(page).contains("王伟（县工信局） 0311-12345678").doesNotContain("id=\"cadre-form\"");
        long audited = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'cadre.assign' AND entity_key = :k")
                .param("k", enterprise)
                .query(Long.class)
                .single();
        assertThat(audited).isPositive();
    }

    @Test
    void aCampaignWithoutANameOrEndingBeforeItStartsIsRefused() {
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", PASSWORD);
        long before =
                jdbc.sql("SELECT COUNT(*) FROM campaign").query(Long.class).single();
        HttpResponse<String> noName = analyst.postForm(
                "/dispatch/campaigns",
                Map.of("name", " ", "startDate", "2026-12-01", "_csrf", analyst.csrfToken("/dispatch/campaigns")));
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("活动名称：不能为空");
        HttpResponse<String> backwards = analyst.postForm(
                "/dispatch/campaigns",
                Map.of(
                        "name",
                        "倒序",
                        "startDate",
                        "2026-12-01",
                        "endDate",
                        "2026-11-01",
                        "_csrf",
                        analyst.csrfToken("/dispatch/campaigns")));
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("结束日期：不能早于开始日期");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aTicketOpenedOnAVisitIsListedWithItAndOnlyOnAVisitToItsEnterprise() {
        String busy = jdbc.sql(
                        "SELECT e.county_code FROM app_user u JOIN enterprise e ON e.credit_code = u.enterprise_code"
                                + " WHERE u.username = 'enterprise'")
                .query(String.class)
                .single();
        // neither the enterprise user's county nor the one the bulletin test counts
        String county = jdbc.sql("""
                        SELECT MIN(code) FROM region WHERE level = 'county' AND code <> :c
                          AND code <> (SELECT MAX(code) FROM region WHERE level = 'county' AND code <> :c)""").param("c", busy).query(String.class).single();
        java.util.List<String> codes = jdbc.sql(
                        "SELECT credit_code FROM enterprise WHERE county_code = :c ORDER BY credit_code")
                .param("c", county)
                .query(String.class)
                .list();
        String enterprise = codes.get(0);
        String neighbour = codes.get(1);
        String countyUser = "county" + county;
        WebSession session = new WebSession(port);
        session.login(countyUser, PASSWORD);
        HttpResponse<String> recorded = session.postForm(
                "/dispatch/visits",
                Map.of(
                        "creditCode",
                        enterprise,
                        "visitDate",
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString(),
                        "cadre",
                        "赵敏",
                        "findings",
                        "天然气供应不足，一条窑线停产",
                        "_csrf",
                        session.csrfToken("/dispatch/visits")));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
        long visit = jdbc.sql("SELECT MAX(id) FROM visit WHERE credit_code = :c AND cadre = '赵敏'")
                .param("c", enterprise)
                .query(Long.class)
                .single();

        // the visit's row offers the form for it, which knows the visit
        assertThat(session.get("/dispatch/visits").body()).contains("/dispatch/tickets/new?visit=" + visit);
        assertThat(session.get("/dispatch/tickets/new?visit=" + visit).body())
                .contains("赵敏")
                .contains("name=\"visitId\" value=\"" + visit + "\"");

        WebSession api = new WebSession(port);
        long tickets = jdbc.sql("SELECT COUNT(*) FROM ticket").query(Long.class).single();
        // a visit to another enterprise is refused, the field named, nothing written
        HttpResponse<String> wrong =
                api.postJsonBasic("/api/v1/tickets", ticket(neighbour, visit), countyUser, PASSWORD);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json.readTree(wrong.body()).get("detail").asString()).startsWith("走访记录：" + visit);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket").query(Long.class).single())
                .isEqualTo(tickets);

        HttpResponse<String> opened =
                api.postJsonBasic("/api/v1/tickets", ticket(enterprise, visit), countyUser, PASSWORD);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode created = json.readTree(opened.body());
        assertThat(created.get("visit_id").asLong()).isEqualTo(visit);
        long id = created.get("id").asLong();

        JsonNode listed = json.readTree(
                api.getBasic("/api/v1/visits", countyUser, PASSWORD).body());
        // newest first: yesterday's visit is on the first page
        JsonNode row = listed.get("items")
                .valueStream()
                .filter(v -> v.get("id").asLong() == visit)
                .findFirst()
                .orElseThrow();
        assertThat(row.get("tickets").valueStream().map(JsonNode::asLong).toList())
                .containsExactly(id);
        assertThat(session.get("/dispatch/tickets/" + id).body())
                .contains("走访（")
                .contains("赵敏");
    }

    private static String ticket(String creditCode, long visit) {
        return "{\"credit_code\":\"" + creditCode + "\",\"category\":\"ENERGY\",\"description\":\"天然气供应不足\","
                + "\"help_asked\":\"协调燃气公司保供\",\"stops_production\":true,\"visit_id\":" + visit + "}";
    }
}
