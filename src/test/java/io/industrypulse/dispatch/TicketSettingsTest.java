package io.industrypulse.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator's settings of tickets over real HTTP: time limits and the working calendar move the due dates of
 * tickets opened afterwards (and not those of earlier ones), and the department table decides whom the city may assign
 * a ticket to. Today is fixed at Wednesday 30 September 2026, the eve of the National Day holiday (1–7 October off,
 * Saturday 10 October a make-up working day, 国办发明电〔2025〕7号), so every due date below is counted by hand.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=ticket-settings")
@Import(TicketSettingsTest.EveOfNationalDay.class)
abstract class TicketSettingsTest {

    private static final String PASSWORD = "Demo-City-2026";

    @TestConfiguration(proxyBeanMethods = false)
    static class EveOfNationalDay {
        @Bean
        @Primary
        Clock eveOfNationalDay() {
            // 09:00 in Beijing
            return Clock.fixed(Instant.parse("2026-09-30T01:00:00Z"), ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private WebSession admin;
    private String enterprise;
    private String countyUser;

    @BeforeEach
    void setUp() {
        admin = new WebSession(port);
        admin.login("admin", "Pulse-Admin-2026");
        enterprise = jdbc.sql("SELECT enterprise_code FROM app_user WHERE username = 'enterprise'")
                .query(String.class)
                .single();
        countyUser = "county"
                + jdbc.sql("SELECT county_code FROM enterprise WHERE credit_code = :c")
                        .param("c", enterprise)
                        .query(String.class)
                        .single();
    }

    @Test
    void timeLimitsAndHolidaysMoveTheDueDatesOfTicketsOpenedAfterwards() {
        try {
            assertThat(form(
                                    "/admin/ticket-settings/limits",
                                    "category",
                                    "LABOUR",
                                    "level",
                                    "COUNTY",
                                    "acceptDays",
                                    "3",
                                    "solveDays",
                                    "5")
                            .statusCode())
                    .isEqualTo(302);
            // 1 Oct to 7 Oct off: Thu 8 Oct is the first working day, Fri 9 Oct the second, Sat 10 Oct (调休) the third
            JsonNode first = open();
            assertThat(first.get("due_date").asString()).isEqualTo("2026-10-10");

            assertThat(form("/admin/ticket-settings/calendar", "day", "2026-10-09", "working", "false", "note", "临时放假")
                            .statusCode())
                    .isEqualTo(302);
            // now Fri 9 Oct is off too: Thu 8, Sat 10, Mon 12
            JsonNode second = open();
            assertThat(second.get("due_date").asString()).isEqualTo("2026-10-12");

            // refused and nothing changes: a make-up working day on a Thursday, a limit out of range
            long days = calendarRows();
            HttpResponse<String> weekday =
                    form("/admin/ticket-settings/calendar", "day", "2026-10-08", "working", "true", "note", "调休");
            assertThat(weekday.statusCode()).isEqualTo(400);
            assertThat(weekday.body()).contains("调休上班日应为周六或周日");
            assertThat(calendarRows()).isEqualTo(days);
            HttpResponse<String> tooLong = form(
                    "/admin/ticket-settings/limits",
                    "category",
                    "LABOUR",
                    "level",
                    "COUNTY",
                    "acceptDays",
                    "99",
                    "solveDays",
                    "5");
            assertThat(tooLong.statusCode()).isEqualTo(400);
            assertThat(tooLong.body()).contains("受理时限：应为 0 到 30 的整数");
            assertThat(acceptDays("LABOUR", "COUNTY")).isEqualTo(3);

            assertThat(form("/admin/ticket-settings/calendar/delete", "day", "2026-10-09")
                            .statusCode())
                    .isEqualTo(302);
            assertThat(open().get("due_date").asString()).isEqualTo("2026-10-10");
            // the tickets opened earlier keep the due dates they were given
            assertThat(ticket(second.get("id").asLong()).get("due_date").asString())
                    .isEqualTo("2026-10-12");

            String page = admin.get("/admin/ticket-settings?year=2026").body();
            assertThat(page).contains("国庆节调休上班").doesNotContain("临时放假");
            assertThat(audited("ticket.time_limit")).isEqualTo(1);
            assertThat(audited("ticket.calendar")).isEqualTo(1);
            assertThat(audited("ticket.calendar.delete")).isEqualTo(1);
        } finally {
            jdbc.sql(
                            "UPDATE ticket_time_limit SET accept_days = 1 WHERE category = 'LABOUR' AND handling_level = 'COUNTY'")
                    .update();
        }
    }

    @Test
    void theAdministratorsDepartmentTableDecidesWhomTheCityAssignsTo() {
        assertThat(form(
                                "/admin/departments",
                                "code",
                                "EMERGENCY",
                                "name",
                                "应急管理局",
                                "nameEn",
                                "Emergency Management Bureau",
                                "takesTickets",
                                "true",
                                "active",
                                "true",
                                "sortOrder",
                                "125")
                        .statusCode())
                .isEqualTo(302);
        assertThat(form(
                                "/admin/users",
                                "username",
                                "emergency",
                                "displayName",
                                "市应急管理局",
                                "role",
                                "DEPARTMENT_USER",
                                "regionCode",
                                "130100",
                                "department",
                                "EMERGENCY",
                                "password",
                                "Emergency-Desk-2026")
                        .statusCode())
                .isEqualTo(302);
        assertThat(admin.get("/admin/departments").body()).contains("应急管理局").contains("市应急管理局（emergency）");

        long id = open().get("id").asLong();
        act(countyUser, id, "escalate", "{\"note\":\"需市级协调\"}", 200);
        act("analyst", id, "assign", "{\"departments\":[\"EMERGENCY\"]}", 200);
        HttpResponse<String> seen =
                new WebSession(port).getBasic("/api/v1/tickets/" + id, "emergency", "Emergency-Desk-2026");
        assertThat(seen.statusCode()).isEqualTo(200);
        // the ticket's page names the department from the table
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", PASSWORD);
        assertThat(analyst.get("/dispatch/tickets/" + id).body()).contains("应急管理局");

        // an inactive department takes no tickets; the refusal names it and nothing changes
        assertThat(form(
                                "/admin/departments",
                                "code",
                                "EMERGENCY",
                                "name",
                                "应急管理局",
                                "nameEn",
                                "Emergency Management Bureau",
                                "takesTickets",
                                "true",
                                "sortOrder",
                                "125")
                        .statusCode())
                .isEqualTo(302);
        long history = historyRows(id);
        HttpResponse<String> refused = new WebSession(port)
                .postJsonBasic(
                        "/api/v1/tickets/" + id + "/reassign",
                        "{\"departments\":[\"EMERGENCY\"]}",
                        "analyst",
                        PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("detail").asString()).isEqualTo("责任部门：EMERGENCY 不存在、已停用或不接收交办");
        assertThat(historyRows(id)).isEqualTo(history);

        // a code that is not one, a name another department has: refused, nothing added
        long departments =
                jdbc.sql("SELECT COUNT(*) FROM department").query(Long.class).single();
        HttpResponse<String> badCode = form(
                "/admin/departments",
                "code",
                "emergency-2",
                "name",
                "某局",
                "nameEn",
                "X",
                "active",
                "true",
                "sortOrder",
                "1");
        assertThat(badCode.statusCode()).isEqualTo(400);
        assertThat(badCode.body()).contains("部门代码：应为 2-32 位大写字母");
        HttpResponse<String> sameName = form(
                "/admin/departments",
                "code",
                "ECO2",
                "name",
                "生态环境局",
                "nameEn",
                "X",
                "active",
                "true",
                "sortOrder",
                "1");
        assertThat(sameName.statusCode()).isEqualTo(400);
        assertThat(sameName.body()).contains("名称：“生态环境局”已是另一个部门的名称");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM department").query(Long.class).single())
                .isEqualTo(departments);
        assertThat(audited("department.create")).isEqualTo(1);
        assertThat(audited("department.update")).isEqualTo(1);
    }

    private HttpResponse<String> form(String path, String... pairs) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        fields.put("_csrf", admin.csrfToken("/admin/users"));
        return admin.postForm(path, fields);
    }

    private JsonNode open() {
        String body = "{\"credit_code\":\"" + enterprise + "\",\"category\":\"LABOUR\","
                + "\"description\":\"节后返岗不足，缺工约 40 人\",\"help_asked\":\"协调专场招聘\"}";
        HttpResponse<String> response =
                new WebSession(port).postJsonBasic("/api/v1/tickets", body, "enterprise", PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    private JsonNode ticket(long id) {
        HttpResponse<String> response = new WebSession(port).getBasic("/api/v1/tickets/" + id, "analyst", PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body()).get("ticket");
    }

    private void act(String user, long id, String action, String body, int status) {
        HttpResponse<String> response =
                new WebSession(port).postJsonBasic("/api/v1/tickets/" + id + "/" + action, body, user, PASSWORD);
        assertThat(response.statusCode())
                .as(user + " " + action + ": " + response.body())
                .isEqualTo(status);
    }

    private long calendarRows() {
        return jdbc.sql("SELECT COUNT(*) FROM working_calendar")
                .query(Long.class)
                .single();
    }

    private int acceptDays(String category, String level) {
        return jdbc.sql("SELECT accept_days FROM ticket_time_limit WHERE category = :c AND handling_level = :l")
                .param("c", category)
                .param("l", level)
                .query(Integer.class)
                .single();
    }

    private long historyRows(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM ticket_history WHERE ticket_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private long audited(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = :a")
                .param("a", action)
                .query(Long.class)
                .single();
    }
}
