package io.industrypulse.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.account.AccountService;
import io.industrypulse.account.Department;
import io.industrypulse.account.Role;
import io.industrypulse.support.WebSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem tickets over the API as each role: the issue's whole flow (enterprise → county → city → 生态环境局, a
 * rating of 2 reopens it, 5 closes it), each transition a history row and an audit entry; out-of-order actions 409,
 * missing reasons 400 with the field named, tickets outside a scope 404, and nothing written by a refused request.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=dispatch")
abstract class TicketTest {

    private static final String PASSWORD = "Demo-City-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    private final JsonMapper json = JsonMapper.builder().build();
    private WebSession http;
    private String ownEnterprise;
    private String county;

    @BeforeEach
    void setUp() {
        http = new WebSession(port);
        ownEnterprise = jdbc.sql("SELECT enterprise_code FROM app_user WHERE username = 'enterprise'")
                .query(String.class)
                .single();
        county = jdbc.sql("SELECT county_code FROM enterprise WHERE credit_code = :c")
                .param("c", ownEnterprise)
                .query(String.class)
                .single();
        // a second department, to see that a department sees only what is assigned to it
        accounts.ensureUser(
                "development",
                "市发改委",
                Role.DEPARTMENT_USER,
                accounts.cityCode(),
                null,
                Department.valueOf("DEVELOPMENT"),
                PASSWORD);
    }

    @Test
    void theWholeFlowFromTheEnterpriseToTheDepartmentAndBack() {
        String countyUser = "county" + county;
        long id = open("enterprise", ownEnterprise).get("id").asLong();
        assertThat(ticket("enterprise", id).get("ticket").get("state").asString())
                .isEqualTo("SUBMITTED");

        act(countyUser, id, "accept", "{}", 200);
        act(countyUser, id, "escalate", "{\"note\":\"涉及环保管控，需市级协调\"}", 200);
        // the county no longer handles it; the city does
        act(countyUser, id, "accept", "{}", 403);
        act("analyst", id, "assign", "{\"departments\":[\"ECOLOGY\"]}", 200);
        // another department sees nothing of it
        assertThat(http.getBasic("/api/v1/tickets/" + id, "development", PASSWORD)
                        .statusCode())
                .isEqualTo(404);
        act("ecology", id, "accept", "{}", 200);
        act("ecology", id, "solve", "{\"note\":\"已按绩效分级调整管控措施\"}", 200);
        JsonNode reopened = act("enterprise", id, "rate", "{\"rating\":2,\"note\":\"仍限产\"}", 200);
        assertThat(reopened.get("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(reopened.get("level").asString()).isEqualTo("DEPARTMENT");
        act("ecology", id, "solve", "{\"note\":\"错峰生产方案已批复\"}", 200);
        act("enterprise", id, "rate", "{\"rating\":5,\"solved\":true}", 200);
        JsonNode closed = act("analyst", id, "close", "{}", 200);
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("rating").asInt()).isEqualTo(5);

        JsonNode detail = ticket("enterprise", id);
        assertThat(detail.get("history")
                        .valueStream()
                        .map(h -> h.get("action").asString())
                        .toList())
                .containsExactly(
                        "OPEN", "ACCEPT", "ESCALATE", "ASSIGN", "ACCEPT", "SOLVE", "RATE", "SOLVE", "RATE", "CLOSE");
        assertThat(detail.get("actions").isEmpty()).isTrue();
        long audited = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'ticket' AND entity_key = :k")
                .param("k", String.valueOf(id))
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(10);
    }

    @Test
    void refusedRequestsSayWhyAndWriteNothing() {
        String countyUser = "county" + county;
        long id = open("enterprise", ownEnterprise).get("id").asLong();
        long history = historyRows();

        HttpResponse<String> early = post("analyst", id, "close", "{}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(detail(early)).contains("待受理").contains("销号");

        HttpResponse<String> noReason = post(countyUser, id, "escalate", "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(detail(noReason)).startsWith("理由");

        HttpResponse<String> badRating = post(countyUser, id, "rate", "{\"rating\":9}");
        assertThat(badRating.statusCode()).isIn(400, 409);

        // another county's user and another enterprise's user do not see it
        String otherCounty = jdbc.sql("SELECT MIN(code) FROM region WHERE level = 'county' AND code <> :c")
                .param("c", county)
                .query(String.class)
                .single();
        assertThat(post("county" + otherCounty, id, "accept", "{}").statusCode())
                .isEqualTo(404);
        assertThat(http.getBasic("/api/v1/tickets/" + id, "county" + otherCounty, PASSWORD)
                        .statusCode())
                .isEqualTo(404);
        // a leader sees it and changes nothing
        assertThat(http.getBasic("/api/v1/tickets/" + id, "leader", PASSWORD).statusCode())
                .isEqualTo(200);
        assertThat(post("leader", id, "accept", "{}").statusCode()).isEqualTo(403);

        // an enterprise user cannot open a ticket for another enterprise; a description is required
        String other = jdbc.sql("SELECT MIN(credit_code) FROM enterprise WHERE credit_code <> :c")
                .param("c", ownEnterprise)
                .query(String.class)
                .single();
        HttpResponse<String> foreign = http.postJsonBasic("/api/v1/tickets", body(other), "enterprise", PASSWORD);
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(detail(foreign)).startsWith("企业");
        HttpResponse<String> blank = http.postJsonBasic(
                "/api/v1/tickets",
                "{\"credit_code\":\"" + ownEnterprise + "\",\"category\":\"LABOUR\",\"description\":\" \","
                        + "\"help_asked\":\"x\"}",
                "enterprise",
                PASSWORD);
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(detail(blank)).startsWith("问题描述");

        assertThat(historyRows()).isEqualTo(history);
        assertThat(ticket("enterprise", id).get("ticket").get("state").asString())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void eachRoleListsOnlyItsOwnTickets() {
        long id = open("enterprise", ownEnterprise).get("id").asLong();
        assertThat(ids("analyst")).contains(id);
        assertThat(ids("county" + county)).contains(id);
        assertThat(ids("enterprise"))
                .contains(id)
                .allSatisfy(t -> assertThat(enterpriseOf(t)).isEqualTo(ownEnterprise));
        assertThat(ids("ecology")).doesNotContain(id);
        act("county" + county, id, "escalate", "{\"note\":\"需市级协调\"}", 200);
        act("analyst", id, "assign", "{\"departments\":[\"ECOLOGY\"]}", 200);
        assertThat(ids("ecology")).contains(id);
        assertThat(ids("development")).doesNotContain(id);
    }

    @Test
    void theLedgerExportHasTheOfficialColumnsAndOnlyTheUsersTickets() throws Exception {
        open("enterprise", ownEnterprise);
        String name = jdbc.sql("SELECT name FROM enterprise WHERE credit_code = :c")
                .param("c", ownEnterprise)
                .query(String.class)
                .single();
        for (String user : java.util.List.of("enterprise", "county" + county)) {
            WebSession session = new WebSession(port);
            session.login(user, PASSWORD);
            HttpResponse<byte[]> xlsx = session.getBytes("/dispatch/tickets.xlsx");
            assertThat(xlsx.statusCode()).isEqualTo(200);
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                    new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
                org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
                java.util.List<String> header = new java.util.ArrayList<>();
                sheet.getRow(1).forEach(c -> header.add(c.getStringCellValue()));
                assertThat(header)
                        .containsExactly("序号", "县区", "企业", "问题类别", "问题描述", "责任单位", "办理时限", "办理进度", "是否办结", "满意度");
                long expected = jdbc.sql(
                                user.equals("enterprise")
                                        ? "SELECT COUNT(*) FROM ticket WHERE credit_code = :k"
                                        : "SELECT COUNT(*) FROM ticket WHERE county_code = :k")
                        .param("k", user.equals("enterprise") ? ownEnterprise : county)
                        .query(Long.class)
                        .single();
                assertThat(sheet.getLastRowNum() - 1).as(user).isEqualTo((int) expected);
                for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                    if (user.equals("enterprise")) {
                        assertThat(sheet.getRow(r).getCell(2).getStringCellValue())
                                .isEqualTo(name);
                    }
                }
            }
        }
    }

    @Autowired
    TicketChaser chaser;

    @Autowired
    Inbox inbox;

    /** The header's link to the inbox, with its unread count if any. */
    private static String inboxLink(String page) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("(?s)<a id=\"inbox-link\"[^>]*>(.*?)</a>")
                .matcher(page);
        assertThat(link.find()).as("the header's inbox link").isTrue();
        return link.group(1);
    }

    @Test
    void eachStepReachesTheInboxOfWhomItConcernsAndTheMorningChaseRunsOncePerDay() {
        String countyUser = "county" + county;
        long id = open("enterprise", ownEnterprise).get("id").asLong();
        WebSession countySession = new WebSession(port);
        countySession.login(countyUser, PASSWORD);
        assertThat(countySession.get("/inbox").body()).contains("诉求#" + id, "待您办理");
        // every page's header counts the unread messages, and shows no count once they are read
        long unread =
                inbox.messages(countyUser).stream().filter(m -> m.unread()).count();
        assertThat(unread).isPositive();
        assertThat(inboxLink(countySession.get("/account").body()))
                .contains("aria-label=\"未读 " + unread + " 条\">" + unread + "<");
        assertThat(countySession
                        .postForm("/inbox/read", Map.of("_csrf", countySession.metaCsrf("/inbox")))
                        .statusCode())
                .isEqualTo(302);
        assertThat(inboxLink(countySession.get("/account").body())).doesNotContain("未读");
        act(countyUser, id, "escalate", "{\"note\":\"需市级协调\"}", 200);
        assertThat(kinds("analyst", id)).contains("ASSIGNED");
        act("analyst", id, "assign", "{\"departments\":[\"ECOLOGY\"]}", 200);
        assertThat(kinds("ecology", id)).containsExactly("ASSIGNED");
        assertThat(kinds("development", id)).isEmpty();
        act("ecology", id, "accept", "{}", 200);
        act("ecology", id, "solve", "{\"note\":\"已解决\"}", 200);
        assertThat(kinds("enterprise", id)).contains("SOLVED");
        // the enterprise opens its ticket: its messages about it are read
        WebSession enterpriseSession = new WebSession(port);
        enterpriseSession.login("enterprise", PASSWORD);
        assertThat(enterpriseSession.get("/dispatch/tickets/" + id).statusCode())
                .isEqualTo(200);
        assertThat(inbox.messages("enterprise").stream()
                        .filter(m -> m.ticketId() == id)
                        .allMatch(m -> !m.unread()))
                .isTrue();

        // overdue: reopened by a rating of 1 with a due date long past
        act("enterprise", id, "rate", "{\"rating\":1}", 200);
        jdbc.sql("UPDATE ticket SET due_date = DATE '2026-11-02' WHERE id = :id")
                .param("id", id)
                .update();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        int first = chaser.chase(today);
        assertThat(first).isPositive();
        assertThat(kinds("ecology", id)).contains("OVERDUE");
        assertThat(kinds("analyst", id)).contains("OVERDUE");
        // a second run the same day (another instance, a restart) sends nothing
        assertThat(chaser.chase(today)).isZero();
    }

    @Test
    void attachmentsAreCheckedByTheirBytesAndServedAsWhatTheyAre() {
        long id = open("enterprise", ownEnterprise).get("id").asLong();
        WebSession session = new WebSession(port);
        session.login("enterprise", PASSWORD);
        String page = "/dispatch/tickets/" + id;
        byte[] pdf = "%PDF-1.4\n%demo\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        HttpResponse<String> ok = session.postMultipart(
                page + "/attachments", Map.of("_csrf", session.csrfToken(page)), "file", "说明.pdf", pdf);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(302);
        // an HTML page named .png: refused, the message names the file, nothing stored
        HttpResponse<String> fake = session.postMultipart(
                page + "/attachments",
                Map.of("_csrf", session.csrfToken(page)),
                "file",
                "photo.png",
                "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(fake.statusCode()).isEqualTo(400);
        assertThat(fake.body()).contains("附件 photo.png");
        HttpResponse<String> big = session.postMultipart(
                page + "/attachments",
                Map.of("_csrf", session.csrfToken(page)),
                "file",
                "big.pdf",
                java.util.Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1));
        assertThat(big.statusCode()).isEqualTo(400);
        assertThat(big.body()).contains("超过 10 MB");
        long stored = jdbc.sql("SELECT COUNT(*) FROM ticket_attachment WHERE ticket_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        assertThat(stored).isEqualTo(1);
        long attachment = jdbc.sql("SELECT id FROM ticket_attachment WHERE ticket_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();

        HttpResponse<byte[]> download = session.getBytes(page + "/attachments/" + attachment);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
        assertThat(download.body()).isEqualTo(pdf);
        // another county's user sees neither the ticket nor its file
        String otherCounty = jdbc.sql("SELECT MIN(code) FROM region WHERE level = 'county' AND code <> :c")
                .param("c", county)
                .query(String.class)
                .single();
        WebSession other = new WebSession(port);
        other.login("county" + otherCounty, PASSWORD);
        assertThat(other.getBytes(page + "/attachments/" + attachment).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aHandlerAsksOnceForMoreTimeAndTheLevelAboveDecides() {
        String countyUser = "county" + county;
        long id = open("enterprise", ownEnterprise).get("id").asLong();
        act("analyst", id, "approve-extension", "{}", 409); // not accepted yet
        act(countyUser, id, "accept", "{}", 200);
        act("analyst", id, "approve-extension", "{}", 409); // nothing asked
        HttpResponse<String> noDays = post(countyUser, id, "extend", "{\"note\":\"需等待供电公司排期\"}");
        assertThat(noDays.statusCode()).isEqualTo(400);
        assertThat(detail(noDays)).startsWith("延期（工作日）");
        act(countyUser, id, "extend", "{\"note\":\"需等待供电公司排期\",\"days\":3}", 200);
        act(countyUser, id, "extend", "{\"note\":\"再延\",\"days\":3}", 409); // once only
        act(countyUser, id, "approve-extension", "{}", 403); // not its own request: the city decides
        // due Tue 29 Sep 2026; three working days on: 30 Sep, 8 Oct, 9 Oct (1-7 Oct National Day)
        jdbc.sql("UPDATE ticket SET due_date = DATE '2026-09-29' WHERE id = :id")
                .param("id", id)
                .update();
        JsonNode granted = act("analyst", id, "approve-extension", "{}", 200);
        assertThat(granted.get("due_date").asString()).isEqualTo("2026-10-09");
        assertThat(granted.get("state").asString()).isEqualTo("IN_PROGRESS");
        act("analyst", id, "refuse-extension", "{}", 409); // decided already
    }

    private java.util.List<String> kinds(String user, long id) {
        return inbox.messages(user).stream()
                .filter(m -> m.ticketId() == id)
                .map(m -> m.kind().name())
                .toList();
    }

    private java.util.List<Long> ids(String user) {
        HttpResponse<String> response = http.getBasic("/api/v1/tickets", user, PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body())
                .get("items")
                .valueStream()
                .map(t -> t.get("id").asLong())
                .toList();
    }

    private String enterpriseOf(long id) {
        return jdbc.sql("SELECT credit_code FROM ticket WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private long historyRows() {
        return jdbc.sql("SELECT COUNT(*) FROM ticket_history").query(Long.class).single();
    }

    private static String body(String code) {
        return "{\"credit_code\":\"" + code + "\",\"category\":\"ENVIRONMENT\",\"description\":\"重污染天气应急管控，限产50%\","
                + "\"help_asked\":\"按绩效分级差异化管控\",\"stops_production\":true,\"urgent\":false}";
    }

    private JsonNode open(String user, String code) {
        HttpResponse<String> response = http.postJsonBasic("/api/v1/tickets", body(code), user, PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    private JsonNode ticket(String user, long id) {
        HttpResponse<String> response = http.getBasic("/api/v1/tickets/" + id, user, PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> post(String user, long id, String action, String body) {
        return http.postJsonBasic("/api/v1/tickets/" + id + "/" + action, body, user, PASSWORD);
    }

    private JsonNode act(String user, long id, String action, String body, int status) {
        HttpResponse<String> response = post(user, id, action, body);
        assertThat(response.statusCode())
                .as(user + " " + action + ": " + response.body())
                .isEqualTo(status);
        return json.readTree(response.body());
    }

    private String detail(HttpResponse<String> response) {
        return json.readTree(response.body()).get("detail").asString();
    }
}
