package io.industrypulse.cultivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.industrypulse.ingest.MonthlyTemplate;
import io.industrypulse.support.MutableClock;
import io.industrypulse.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
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
 * A new plant enters through the demo's monthly batch of November 2026 (deadline 20 October): the county applies and
 * submits before the deadline, marks it 已入库 after it, and then reports its first month. Its 上年同月 must be the
 * pool's output of November 2025, which its application carried (a wrong one is refused and nothing stored), and the
 * engine's county figures then equal a same-scope recomputation from the stored rows, the entrant's base included.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=cultivation-entrant")
@Import(EntrantBaseTest.Clocks.class)
abstract class EntrantBaseTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private WebSession session(String user) {
        WebSession session = new WebSession(port);
        session.login(user, "Demo-City-2026");
        return session;
    }

    @Test
    void anEntrantReportsTheBaseItsApplicationCarriedAndTheCountyStaysSameScope() throws Exception {
        // a new plant of the pool with output in November 2025, not applied yet, whose division has a ratio and PPI
        Map<String, Object> entrant = jdbc.sql("""
                        SELECT p.credit_code, p.county_code, SUBSTRING(p.industry_class, 1, 2) AS division,
                            m.output AS base
                        FROM cult_pool p JOIN cult_month m ON m.credit_code = p.credit_code AND m.period = :ly
                        WHERE p.kind = 'NEW' AND m.output > 0
                          AND p.credit_code NOT IN (SELECT credit_code FROM cult_application)
                          AND SUBSTRING(p.industry_class, 1, 2) IN (
                              SELECT division_code FROM ppi WHERE period = :october)
                          AND SUBSTRING(p.industry_class, 1, 2) IN (
                              SELECT division_code FROM va_ratio WHERE stat_year = 2026)
                        ORDER BY p.credit_code FETCH FIRST 1 ROWS ONLY""")
                .param("ly", LocalDate.of(2025, 11, 1))
                .param("october", LocalDate.of(2026, 10, 1))
                .query()
                .singleRow();
        String code = (String) entrant.get("credit_code");
        String county = (String) entrant.get("county_code");
        String division = (String) entrant.get("division");
        BigDecimal base = (BigDecimal) entrant.get("base");
        long batch = jdbc.sql("SELECT id FROM cult_batch WHERE name = '2026年11月月度入库'")
                .query(Long.class)
                .single();

        // 10 October: the county applies and submits
        clock.set(Instant.parse("2026-10-10T02:00:00Z"));
        WebSession countyUser = session("county" + county);
        String page = "/cultivation/pool/" + code;
        assertThat(countyUser
                        .postForm(
                                page + "/applications",
                                Map.of("batch", Long.toString(batch), "_csrf", countyUser.csrfToken(page)))
                        .statusCode())
                .isEqualTo(302);
        long application = jdbc.sql("SELECT id FROM cult_application WHERE credit_code = :c AND batch_id = :b")
                .param("c", code)
                .param("b", batch)
                .query(Long.class)
                .single();
        assertThat(countyUser
                        .postForm(
                                "/cultivation/applications/" + application + "/SUBMITTED",
                                Map.of("_csrf", countyUser.csrfToken(page)))
                        .statusCode())
                .isEqualTo(302);

        // 7 December: entered, above-size from November as a new plant
        clock.set(Instant.parse("2026-12-07T02:00:00Z"));
        assertThat(countyUser
                        .postForm(
                                "/cultivation/applications/" + application + "/ENTERED",
                                Map.of("_csrf", countyUser.csrfToken(page)))
                        .statusCode())
                .isEqualTo(302);
        assertThat(jdbc.sql("""
                                SELECT CAST(s.entered_period AS VARCHAR(10)) || '/' || s.entry_kind || '/' || e.division_code
                                FROM enterprise e JOIN enterprise_above_size s ON s.enterprise_id = e.id
                                WHERE e.credit_code = :c""").param("c", code).query(String.class).single())
                .isEqualTo("2026-11-01/NEW_PRODUCTION/" + division);

        // the analyst publishes November's PPI (October's again), so that November can be valued
        WebSession analyst = session("analyst");
        StringBuilder ppi = new StringBuilder("月份,行业大类代码,PPI(上年同月=100)\n");
        jdbc.sql("SELECT division_code, ppi_yoy FROM ppi WHERE period = :october ORDER BY 1")
                .param("october", LocalDate.of(2026, 10, 1))
                .query(rs -> {
                    ppi.append("2026-11,")
                            .append(rs.getString(1))
                            .append(',')
                            .append(rs.getBigDecimal(2).toPlainString())
                            .append('\n');
                });
        analyst.postMultipart(
                "/imports",
                Map.of("kind", "ppi", "_csrf", analyst.csrfToken("/imports?kind=ppi")),
                "file",
                "ppi.csv",
                ppi.toString().getBytes(StandardCharsets.UTF_8));
        BigDecimal novemberPpi = jdbc.sql("SELECT ppi_yoy FROM ppi WHERE period = :p AND division_code = :d")
                .param("p", LocalDate.of(2026, 11, 1))
                .param("d", division)
                .query(BigDecimal.class)
                .single();
        double ratio = jdbc.sql("SELECT ratio FROM va_ratio WHERE stat_year = 2026 AND division_code = :d")
                .param("d", division)
                .query(BigDecimal.class)
                .single()
                .doubleValue();
        JsonNode october = countyRow(analyst, "2026-10", county);

        // its first report with a base other than the application's is refused by name, and nothing is stored
        double output = 800.0;
        String imports = countyUser.csrfToken("/imports");
        HttpResponse<String> refused = countyUser.postMultipart(
                "/imports",
                Map.of("period", "2026-11", "_csrf", imports),
                "file",
                "11月.xlsx",
                b204(code, output, base.doubleValue() + 100));
        assertThat(refused.body()).contains("导入被拒绝").contains("与入规申报时报送的本月值 " + base.toPlainString() + " 不一致");
        assertThat(november()).isZero();

        HttpResponse<String> stored = countyUser.postMultipart(
                "/imports",
                Map.of("period", "2026-11", "_csrf", countyUser.csrfToken("/imports")),
                "file",
                "11月.xlsx",
                b204(code, output, base.doubleValue()));
        assertThat(stored.body()).contains("2026-11 的数据已导入为第");
        assertThat(november()).isEqualTo(1);

        // the engine's county: November adds the entrant's C = output × r / p and its base A = pool output × r
        JsonNode row = countyRow(analyst, "2026-11", county);
        double c = output * ratio / (novemberPpi.doubleValue() / 100);
        double a = base.doubleValue() * ratio;
        assertThat(row.get("base_cum").asDouble() - october.get("base_cum").asDouble())
                .isCloseTo(a, within(1e-6));
        assertThat(row.get("comp_cum").asDouble() - october.get("comp_cum").asDouble())
                .isCloseTo(c, within(1e-6));
        assertThat(row.get("month_growth").asDouble()).isCloseTo((c / a - 1) * 100, within(1e-9));
        // and its cumulative growth is the same-scope recomputation over every stored row of the county
        double[] sums = {0, 0};
        jdbc.sql("""
                        SELECT m.output, m.output_ly, v.ratio, p.ppi_yoy FROM monthly_report m
                        JOIN enterprise e ON e.credit_code = m.credit_code
                        JOIN va_ratio v ON v.division_code = e.division_code AND v.stat_year = 2026
                        JOIN ppi p ON p.division_code = e.division_code AND p.period = m.period
                        WHERE e.county_code = :county AND m.period BETWEEN :from AND :to""")
                .param("county", county)
                .param("from", LocalDate.of(2026, 1, 1))
                .param("to", LocalDate.of(2026, 11, 1))
                .query(rs -> {
                    double r = rs.getBigDecimal(3).doubleValue();
                    sums[0] += rs.getBigDecimal(1).doubleValue()
                            * r
                            / (rs.getBigDecimal(4).doubleValue() / 100);
                    sums[1] += rs.getBigDecimal(2).doubleValue() * r;
                });
        assertThat(row.get("cum_growth").asDouble()).isCloseTo((sums[0] / sums[1] - 1) * 100, within(1e-9));
    }

    private int november() {
        return jdbc.sql("SELECT COUNT(*) FROM monthly_report WHERE period = :p")
                .param("p", LocalDate.of(2026, 11, 1))
                .query(Integer.class)
                .single();
    }

    private static JsonNode countyRow(WebSession session, String period, String county) throws IOException {
        JsonNode answer = JSON.readTree(
                session.get("/api/v1/growth?group=county&period=" + period, Map.of("Accept", "application/json"))
                        .body());
        for (JsonNode row : answer.get("groups")) {
            if (row.get("code").asString().equals(county)) {
                return row;
            }
        }
        throw new AssertionError("no county " + county + " in " + answer);
    }

    /** The B204-1 template with one enterprise's first month in scope: output, its base and sales the same. */
    private static byte[] b204(String code, double output, double base) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(MonthlyTemplate.bytes()))) {
            Sheet sheet = workbook.getSheet("B204-1");
            Row row = sheet.createRow(MonthlyTemplate.FIRST_DATA_ROW);
            row.createCell(0).setCellValue(code);
            row.createCell(1).setCellValue("新投产企业");
            double[] values = {output, output, base, base, output, output, base, base, 0, 0, 0, 0, 5, 5, 4, 4};
            for (int i = 0; i < values.length; i++) {
                row.createCell(2 + i).setCellValue(values[i]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
