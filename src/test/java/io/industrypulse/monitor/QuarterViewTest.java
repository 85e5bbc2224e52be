package io.industrypulse.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quarter view (季度) against figures recomputed from the growth API's cumulative sums on the demo city (data
 * through October 2026): a quarter's growth is {@code ΔC / ΔA - 1} between two quarter ends (the fourth so far:
 * October alone), 四季度好于三季度 compares the published figures, the gap is their difference.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class QuarterViewTest {

    private static final Pattern ROW = Pattern.compile("<tr data-code=\"(\\d+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void everyRegionsQuartersAgreeWithTheCumulativeSums() {
        WebSession leader = new WebSession(port);
        leader.login("leader", "Demo-City-2026");
        Map<Integer, Map<String, JsonNode>> byMonth = new HashMap<>();
        for (int m : new int[] {3, 6, 9, 10}) {
            byMonth.put(m, groups(leader, m));
        }
        String page = leader.get("/monitor/quarters?period=2026-10").body();
        assertThat(page).contains("四季度（10月）增速（%）").contains("11-12月需增长（%）");
        Matcher rows = ROW.matcher(page);
        int checked = 0;
        while (rows.find()) {
            String code = rows.group(1);
            String row = rows.group(2);
            double q3 = growth(byMonth.get(9).get(code), byMonth.get(6).get(code));
            double q4 = growth(byMonth.get(10).get(code), byMonth.get(9).get(code));
            double q1 = byMonth.get(3).get(code).get("cum_growth").asDouble();
            assertThat(cell(row, "q1")).as(code + " Q1").isEqualTo(shown(q1));
            assertThat(cell(row, "cum3"))
                    .as(code + " 1-9月")
                    .isEqualTo(shown(byMonth.get(9).get(code).get("cum_growth").asDouble()));
            assertThat(cell(row, "q3")).as(code + " Q3").isEqualTo(shown(q3));
            assertThat(cell(row, "q4")).as(code + " Q4 so far").isEqualTo(shown(q4));
            boolean isBetter = new BigDecimal(shown(q4)).compareTo(new BigDecimal(shown(q3))) > 0;
            assertThat(cell(row, "better")).as(code + " Q4 > Q3").isEqualTo(isBetter ? "✓" : "✗");
            BigDecimal gap = new BigDecimal(shown(q4)).subtract(new BigDecimal(shown(q3)));
            assertThat(cell(row, "gap"))
                    .as(code + " gap")
                    .isEqualTo((gap.signum() > 0 ? "+" : "") + gap.toPlainString());
            checked++;
        }
        // the city and its twelve counties
        assertThat(checked).isEqualTo(13);
    }

    @Test
    void beforeTheThirdQuarterIsOverNothingIsCompared() {
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        String page = analyst.get("/monitor/quarters?period=2026-08").body();
        assertThat(page).contains("三季度尚未结束，暂不比较四季度与三季度。");
        assertThat(page).doesNotContain("class=\"mark better yes\"").doesNotContain("class=\"mark better no\"");
        var export = analyst.getBytes("/monitor/quarters.xlsx?period=2026-10");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body().length).isGreaterThan(1000);
    }

    private Map<String, JsonNode> groups(WebSession session, int month) {
        Map<String, JsonNode> groups = new HashMap<>();
        for (String group : new String[] {"city", "county"}) {
            String body = session.getBasic(
                            "/api/v1/growth?period=2026-" + (month < 10 ? "0" : "") + month + "&group=" + group,
                            "leader",
                            "Demo-City-2026")
                    .body();
            json.readTree(body)
                    .get("groups")
                    .forEach(g -> groups.put(g.get("code").asString(), g));
        }
        return groups;
    }

    private static double growth(JsonNode end, JsonNode start) {
        double c = end.get("comp_cum").asDouble() - start.get("comp_cum").asDouble();
        double a = end.get("base_cum").asDouble() - start.get("base_cum").asDouble();
        return (c / a - 1) * 100;
    }

    private static String shown(double value) {
        BigDecimal v = new BigDecimal(Double.toString(value)).setScale(1, RoundingMode.HALF_UP);
        return (v.signum() == 0 ? v.abs() : v).toPlainString();
    }

    private static String cell(String row, String name) {
        Matcher cell = Pattern.compile("<td class=\"[^\"]*\\b" + name + "\\b[^\"]*\"[^>]*>([^<]*)</td>")
                .matcher(row);
        assertThat(cell.find()).as("cell " + name).isTrue();
        return cell.group(1).strip();
    }
}
