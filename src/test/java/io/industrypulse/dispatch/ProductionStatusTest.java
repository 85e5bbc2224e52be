package io.industrypulse.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.support.WebSession;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stopped and limited enterprises over real HTTP: a county user reports one of its own (audited, on its county page
 * and in the API), other counties neither see nor change it, a leader changes nothing, bad dates and an unexplained
 * "其他" are refused with the field named, and back to normal removes it. The county page's enterprises without
 * output are those the stored monthly data show.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=dispatch")
abstract class ProductionStatusTest {

    private static final String COUNTY = "130102";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatDataService statData;

    private String enterpriseOf(String county) {
        return jdbc.sql("SELECT MIN(credit_code) FROM enterprise WHERE county_code = :c")
                .param("c", county)
                .query(String.class)
                .single();
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM production_status")
                .query(Long.class)
                .single();
    }

    private long audits(String action, String key) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = :a AND entity_key = :k")
                .param("a", action)
                .param("k", key)
                .query(Long.class)
                .single();
    }

    private static HttpResponse<String> report(
            WebSession session, String code, String reason, String since, String note) {
        Map<String, String> form = new HashMap<>();
        form.put("creditCode", code);
        form.put("status", "STOPPED");
        form.put("reason", reason);
        form.put("since", since);
        form.put("expectedResume", "");
        form.put("note", note);
        form.put("_csrf", session.csrfToken("/dispatch/production"));
        return session.postForm("/dispatch/production", form);
    }

    @Test
    void aCountyUserReportsAStopThatItsCountyPageAndTheApiShow() {
        String code = enterpriseOf(COUNTY);
        WebSession county = new WebSession(port);
        county.login("county" + COUNTY, "Demo-City-2026");
        var saved = report(county, code, "MAINTENANCE", "2026-10-08", "主生产线年度检修");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(county.get("/dispatch/production").body())
                .contains("已保存")
                .contains("data-code=\"" + code + "\"")
                .contains("设备检修");
        assertThat(audits("production.status", code)).isEqualTo(1);
        String countyPage = county.get("/monitor/counties/" + COUNTY).body();
        assertThat(countyPage.substring(countyPage.indexOf("id=\"production\"")))
                .contains("data-code=\"" + code + "\"")
                .contains("停产");
        String api = county.getBasic("/api/v1/production-status", "analyst", "Demo-City-2026")
                .body();
        assertThat(api).contains("\"credit_code\":\"" + code + "\"").contains("\"status\":\"STOPPED\"");

        // another county neither sees nor changes it
        WebSession other = new WebSession(port);
        other.login("county130103", "Demo-City-2026");
        assertThat(other.get("/dispatch/production").body()).doesNotContain(code);
        assertThat(other.getBasic("/api/v1/production-status?county=" + COUNTY, "county130103", "Demo-City-2026")
                        .statusCode())
                .isEqualTo(403);
        long before = rows();
        report(other, code, "ORDERS", "2026-10-01", "");
        assertThat(other.get("/dispatch/production").body()).contains("未找到企业");
        assertThat(rows()).isEqualTo(before);

        // back to normal: gone, audited
        Map<String, String> resume = Map.of("creditCode", code, "_csrf", county.csrfToken("/dispatch/production"));
        assertThat(county.postForm("/dispatch/production/resume", resume).statusCode())
                .isEqualTo(302);
        assertThat(county.get("/dispatch/production").body()).doesNotContain("data-code=\"" + code + "\"");
        assertThat(audits("production.resume", code)).isEqualTo(1);
    }

    @Test
    void badInputAndLeadersChangeNothing() {
        String code = enterpriseOf(COUNTY);
        long before = rows();
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        report(analyst, code, "ORDERS", LocalDate.now().plusDays(40).toString(), "");
        assertThat(analyst.get("/dispatch/production").body()).contains("开始日期：不能晚于今天");
        report(analyst, code, "ORDERS", "2026-13-01", "");
        assertThat(analyst.get("/dispatch/production").body()).contains("开始日期：不是日期");
        report(analyst, code, "OTHER", "2026-10-01", " ");
        assertThat(analyst.get("/dispatch/production").body()).contains("说明：原因为“其他”时必须说明");
        report(analyst, code, "WEATHER", "2026-10-01", "");
        assertThat(analyst.get("/dispatch/production").body()).contains("原因：未知的选项");
        assertThat(rows()).isEqualTo(before);

        WebSession leader = new WebSession(port);
        leader.login("leader", "Demo-City-2026");
        assertThat(leader.get("/dispatch/production").body()).doesNotContain("id=\"report\"");
        assertThat(report(leader, code, "ORDERS", "2026-10-01", "").statusCode())
                .isEqualTo(403);
        assertThat(rows()).isEqualTo(before);
        // an enterprise user reports nothing: refused before its input is read
        WebSession enterprise = new WebSession(port);
        enterprise.login("enterprise", "Demo-City-2026");
        assertThat(report(enterprise, code, "ORDERS", "2026-10-01", "").statusCode())
                .isEqualTo(403);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anEnterpriseUserReadsItsOwnEntryAndTheEcologyDepartmentTheAirPollutingOnes() {
        String own = jdbc.sql("SELECT enterprise_code FROM app_user WHERE username = 'enterprise'")
                .query(String.class)
                .single();
        String county = jdbc.sql("SELECT county_code FROM enterprise WHERE credit_code = :c")
                .param("c", own)
                .query(String.class)
                .single();
        String neighbour = jdbc.sql(
                        "SELECT MIN(credit_code) FROM enterprise WHERE county_code = :c AND credit_code <> :own")
                .param("c", county)
                .param("own", own)
                .query(String.class)
                .single();
        String air = jdbc.sql("SELECT MIN(credit_code) FROM enterprise WHERE air_polluting AND county_code <> :c")
                .param("c", county)
                .query(String.class)
                .single();
        String clean = jdbc.sql("SELECT MIN(credit_code) FROM enterprise WHERE NOT air_polluting AND county_code <> :c")
                .param("c", county)
                .query(String.class)
                .single();
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        List<String> reported = List.of(own, neighbour, air, clean);
        try {
            for (String code : reported) {
                assertThat(report(analyst, code, "ORDERS", "2026-10-01", "").statusCode())
                        .isEqualTo(302);
            }
            java.util.regex.Pattern codes = java.util.regex.Pattern.compile("\"credit_code\":\"([0-9A-Z]{18})\"");
            String mine = new WebSession(port)
                    .getBasic("/api/v1/production-status", "enterprise", "Demo-City-2026")
                    .body();
            assertThat(codes.matcher(mine).results().map(m -> m.group(1))).containsExactly(own);
            List<String> ecology = codes.matcher(new WebSession(port)
                            .getBasic("/api/v1/production-status", "ecology", "Demo-City-2026")
                            .body())
                    .results()
                    .map(m -> m.group(1))
                    .toList();
            assertThat(ecology).contains(air).doesNotContain(clean);
            assertThat(ecology)
                    .allMatch(code -> jdbc.sql("SELECT air_polluting FROM enterprise WHERE credit_code = :c")
                            .param("c", code)
                            .query(Boolean.class)
                            .single());
        } finally {
            for (String code : reported) {
                analyst.postForm(
                        "/dispatch/production/resume",
                        Map.of("creditCode", code, "_csrf", analyst.csrfToken("/dispatch/production")));
            }
        }
    }

    @Test
    void enterprisesWithoutOutputOnTheCountyPageAreThoseTheMonthlyDataShow() {
        String period = jdbc.sql("SELECT MAX(period) FROM monthly_report")
                .query(LocalDate.class)
                .single()
                .toString();
        // one enterprise of the county stops: its report of the month says 0 (stored through the service, as an import)
        YearMonth month = YearMonth.parse(period.substring(0, 7));
        String stopped = jdbc.sql("""
                        SELECT MIN(m.credit_code) FROM monthly_report m
                        JOIN enterprise e ON e.credit_code = m.credit_code
                        WHERE m.period = :p AND e.county_code = :c AND m.output_ly > 0""")
                .param("p", LocalDate.parse(period))
                .param("c", COUNTY)
                .query(String.class)
                .single();
        statData.replaceMonthly(
                month,
                month,
                statData.monthly(month, month).stream()
                        .map(r -> r.creditCode().equals(stopped)
                                ? new MonthlyRow(
                                        r.period(), r.creditCode(), BigDecimal.ZERO, r.outputLy(), r.revenue(), null)
                                : r)
                        .toList());
        List<String> expected = jdbc.sql("""
                        SELECT m.credit_code FROM monthly_report m JOIN enterprise e ON e.credit_code = m.credit_code
                        WHERE m.period = :p AND e.county_code = :c AND m.output = 0 AND m.output_ly > 0""")
                .param("p", LocalDate.parse(period))
                .param("c", COUNTY)
                .query(String.class)
                .list();
        assertThat(expected).contains(stopped);
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        String page = analyst.get("/monitor/counties/" + COUNTY + "?period=" + period.substring(0, 7))
                .body();
        String section = page.substring(page.indexOf("id=\"zero-output\""));
        section =
                section.substring(0, section.indexOf("</table>") < 0 ? section.length() : section.indexOf("</table>"));
        List<String> shown = Pattern.compile("data-code=\"([0-9A-Z]{18})\"")
                .matcher(section)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);
    }
}
