package io.industrypulse.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.industrypulse.support.WebSession;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 奋斗目标 (主动拔高目标) over real HTTP on the demo city: a county user records one above its 人代会目标 (below is
 * refused and nothing stored), it is audited and leaves the official target alone, and the county page shows what it
 * asks of the remaining months, recomputed here from the growth API's sums with DESIGN.md section 5:
 * {@code needed(t) = (1 + t/100)(Ad + B) - Cd}, {@code required(t) = needed(t) / B - 1}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class RaisedTargetTest {

    private static final String COUNTY = "130102";
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCountyRecordsItsRaisedTargetBesideTheOfficialOne() {
        WebSession county = new WebSession(port);
        county.login("county" + COUNTY, "Demo-City-2026");
        JsonNode figures = countyFigures(county);
        double official = figures.get("target").asDouble();

        String token = county.csrfToken("/targets?year=2026");
        var below = county.postForm(
                "/targets/raised",
                Map.of("year", "2026", "region", COUNTY, "value", String.valueOf(official), "_csrf", token));
        assertThat(below.statusCode()).isEqualTo(302);
        assertThat(county.get("/targets?year=2026").body())
                .contains("奋斗目标：奋斗目标应高于人代会目标 "
                        + new BigDecimal(String.valueOf(official))
                                .stripTrailingZeros()
                                .toPlainString());
        assertThat(stored()).isZero();

        BigDecimal raised = new BigDecimal(String.valueOf(official)).add(new BigDecimal("1.5"));
        var saved = county.postForm(
                "/targets/raised",
                Map.of("year", "2026", "region", COUNTY, "value", raised.toPlainString(), "_csrf", token));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(county.get("/targets?year=2026").body()).contains("已保存2026年奋斗目标 " + raised.toPlainString() + "%");
        assertThat(stored()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'raised_target.create' AND entity_key = :k")
                        .param("k", "2026/" + COUNTY)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // the official target is untouched: classes and the ranking stay on it
        assertThat(countyFigures(county).get("target").asDouble()).isEqualTo(official);

        String page =
                county.get("/monitor/counties/" + COUNTY + "?period=2026-10").body();
        double neededOfficial = number(cell(page, "official-target", "needed"));
        double cd = figures.get("comp_cum").asDouble();
        double ad = figures.get("base_cum").asDouble();
        // the remaining base B from the official row, then what the raised target asks
        double b = (neededOfficial + cd) / (1 + official / 100) - ad;
        double neededRaised = (1 + raised.doubleValue() / 100) * (ad + b) - cd;
        assertThat(number(cell(page, "raised-target", "needed"))).isCloseTo(neededRaised, within(2.0));
        double requiredRaised = (neededRaised / b - 1) * 100;
        assertThat(page)
                .contains("id=\"raised-required\">" + String.format(java.util.Locale.ROOT, "%.1f", requiredRaised)
                        + "%<");

        // the ranking says who set one; the tasks page shows what it asks of the month
        assertThat(county.get("/monitor/ranking?period=2026-10").body())
                .containsPattern("(?s)data-code=\"" + COUNTY + "\".*?class=\"num raised\" data-value=\"[^\"]*\">"
                        + Pattern.quote(raised.setScale(1).toPlainString()) + "<");
        assertThat(county.get("/planning/tasks?county=" + COUNTY).body())
                .contains("按奋斗目标" + raised.setScale(1).toPlainString() + "%，剩余月份需增长");

        // withdrawn with an empty value
        county.postForm("/targets/raised", Map.of("year", "2026", "region", COUNTY, "value", "", "_csrf", token));
        assertThat(stored()).isZero();
    }

    private long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM raised_target WHERE target_year = 2026 AND region_code = :c")
                .param("c", COUNTY)
                .query(Long.class)
                .single();
    }

    private JsonNode countyFigures(WebSession session) {
        String body = session.getBasic(
                        "/api/v1/growth?period=2026-10&group=county", "county" + COUNTY, "Demo-City-2026")
                .body();
        for (JsonNode g : json.readTree(body).get("groups")) {
            if (g.get("code").asString().equals(COUNTY)) {
                return g;
            }
        }
        throw new AssertionError("no county " + COUNTY + " in " + body);
    }

    private static String cell(String page, String rowId, String cellClass) {
        Matcher m = Pattern.compile(
                        "<tr id=\"" + rowId + "\">.*?<td class=\"num " + cellClass + "\">([^<]+)</td>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).as(rowId + " " + cellClass).isTrue();
        return m.group(1);
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(",", ""));
    }
}
