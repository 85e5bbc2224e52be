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
        assertThat(rows)
                .hasSize(jdbc.sql("SELECT COUNT(*) FROM cult_pool")
                        .query(Integer.class)
                        .single());
        int checked = 0;
        for (Map.Entry<String, double[]> e : revenue.entrySet()) {
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
        assertThat(rows)
                .hasSize(jdbc.sql("SELECT COUNT(*) FROM cult_pool WHERE county_code = '130102'")
                        .query(Integer.class)
                        .single());
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
