package io.industrypulse.investment;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger import corpus ({@code src/test/resources/investment/}) through the page as the county of 长安区: each bad
 * file is refused with its problem named by row and column and changes nothing; the good file adds its projects, their
 * plans and a month; the ledger's export reads back unchanged.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=investment-import")
abstract class LedgerImportTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private WebSession county() {
        WebSession session = new WebSession(port);
        session.login("county130102", "Demo-City-2026");
        return session;
    }

    private static byte[] corpus(String name) throws IOException {
        try (InputStream in = LedgerImportTest.class.getResourceAsStream("/investment/" + name)) {
            return in.readAllBytes();
        }
    }

    private HttpResponse<String> upload(WebSession session, String name, byte[] file) {
        return session.postMultipart(
                "/investment/import", Map.of("_csrf", session.csrfToken("/investment")), "file", name, file);
    }

    /** Every stored fact of the ledger but who changed it when. */
    private String digest() {
        List<String> rows = new java.util.ArrayList<>();
        rows.addAll(jdbc.sql("""
                        SELECT code || '|' || name || '|' || county_code || '|' || builder || '|'
                            || COALESCE(credit_code, '') || '|' || kind || '|' || division_code || '|' || content || '|'
                            || CAST(total_investment AS VARCHAR(20)) || '|' || stage || '|'
                            || COALESCE(CAST(actual_start AS VARCHAR(10)), '') || '|'
                            || COALESCE(CAST(planned_production AS VARCHAR(10)), '') || '|'
                            || COALESCE(CAST(actual_production AS VARCHAR(10)), '') || '|'
                            || COALESCE(stat_code, '') || '|' || COALESCE(leader, '') || '|'
                            || COALESCE(responsible, '') || '|' || COALESCE(CAST(annual_output AS VARCHAR(20)), '')
                        FROM inv_project ORDER BY code""").query(String.class).list());
        rows.addAll(jdbc.sql("""
                        SELECT code || '|' || CAST(stat_year AS VARCHAR(4)) || '|' || CAST(planned AS VARCHAR(20))
                        FROM inv_plan ORDER BY code, stat_year""").query(String.class).list());
        rows.addAll(jdbc.sql("""
                        SELECT code || '|' || CAST(period AS VARCHAR(10)) || '|' || CAST(completed AS VARCHAR(20))
                            || '|' || COALESCE(image, '') || '|' || COALESCE(problems, '')
                        FROM inv_progress ORDER BY code, period""").query(String.class).list());
        return String.join("\n", rows);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "unknown-county.csv;第 2 行 B 列;“不存在区”不是本市的县（市、区）代码",
                "negative-amount.csv;第 2 行 G 列;应在 0 与",
                "completion-over-total.csv;第 2 行 J 列;各月完成之和 1200 超过总投资 1000",
                "dates-out-of-order.csv;第 2 行 V 列;早于开工时间 2026-05-01",
                "duplicate-code.csv;第 3 行;CORPUS-105"
            })
    void aBadFileIsRefusedByRowAndColumnAndChangesNothing(String file, String where, String message)
            throws IOException {
        WebSession county = county();
        String before = digest();
        String page = upload(county, file, corpus("bad/" + file)).body();
        assertThat(page).as(file).contains("文件未导入").contains(where).contains(message);
        assertThat(digest()).as(file + ": nothing written").isEqualTo(before);
    }

    @Test
    void theGoodFileAddsItsProjectsAndTheExportReadsBackUnchanged() throws IOException {
        WebSession county = county();
        String page = upload(county, "ledger.csv", corpus("good/ledger.csv")).body();
        assertThat(page).contains("id=\"import-ok\"");
        assertThat(jdbc.sql(
                                "SELECT county_code || '/' || kind || '/' || stage FROM inv_project WHERE code = 'CORPUS-002'")
                        .query(String.class)
                        .single())
                .isEqualTo("130102/RENOVATION/SIGNED");
        assertThat(jdbc.sql("SELECT completed FROM inv_progress WHERE code = 'CORPUS-001' AND period = :p")
                        .param("p", LocalDate.of(2026, 10, 1))
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("800");
        assertThat(jdbc.sql("SELECT planned FROM inv_plan WHERE code = 'CORPUS-001' AND stat_year = 2026")
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("5000");

        // the county's ledger of October as exported, imported again: nothing changes
        String before = digest();
        HttpResponse<byte[]> export = county.getBytes("/investment/projects.xlsx?period=2026-10");
        assertThat(export.statusCode()).isEqualTo(200);
        String again = upload(county, "export.xlsx", export.body()).body();
        assertThat(again).contains("id=\"import-ok\"");
        assertThat(digest()).isEqualTo(before);
    }
    /** The statistics bureau's investment growth goes in all or nothing and stands beside the ledger's own. */
    @Test
    void theOfficialInvestmentGrowthStandsBesideTheLedgers() throws IOException {
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        String header = "月份,地区代码,工业投资累计增速(%),技改投资累计增速(%)\n";
        String token = analyst.csrfToken("/imports?kind=official-investment");
        String refused = analyst.postMultipart(
                        "/imports",
                        Map.of("kind", "official-investment", "_csrf", token),
                        "file",
                        "official.csv",
                        (header + "2026-10,130102,8.5,12.3\n2026-10,999999,1.0,\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .body();
        assertThat(refused).contains("<td class=\"num\">3</td><td>B</td>").contains("“地区代码”：999999 不是本市或所辖县（市、区）的代码");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inv_official")
                        .query(Integer.class)
                        .single())
                .isZero();
        String accepted = analyst.postMultipart(
                        "/imports",
                        Map.of(
                                "kind",
                                "official-investment",
                                "_csrf",
                                analyst.csrfToken("/imports?kind=official-investment")),
                        "file",
                        "official.csv",
                        (header + "2026-10,130102,8.5,12.3\n2026-10,130100,7.9,\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .body();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inv_official")
                        .query(Integer.class)
                        .single())
                .as(accepted)
                .isEqualTo(2);
        tools.jackson.databind.JsonNode summary = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(analyst.get("/api/v1/investment/summary?period=2026-10", Map.of("Accept", "application/json"))
                        .body());
        for (tools.jackson.databind.JsonNode c : summary.get("counties")) {
            if (c.get("code").asString().equals("130102")) {
                assertThat(c.get("official_growth").decimalValue()).isEqualByComparingTo("8.5");
                assertThat(c.get("official_renovation_growth").decimalValue()).isEqualByComparingTo("12.3");
            }
        }
        assertThat(summary.get("city").get("official_growth").decimalValue()).isEqualByComparingTo("7.9");
        assertThat(summary.get("city").get("official_renovation_growth").isNull())
                .isTrue();
    }
}
