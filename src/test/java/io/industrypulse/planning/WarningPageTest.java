package io.industrypulse.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.support.WebSession;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The warnings page as people work with it, against the warnings API of the same user (demo city, October 2026): the
 * county-level warnings first, the enterprises' folded per county with their count, filters, paging, and the header
 * count of county-level warnings for city roles and of everything in scope for a county user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class WarningPageTest {

    private static final Pattern GROUP = Pattern.compile(
            "<details class=\"warning-group\" data-county=\"(\\d+)\"[^>]*>\\s*<summary>[^<]*：(\\d+) 家企业</summary>(.*?)</details>",
            Pattern.DOTALL);
    /** The menu's slot for the count: an htmx request for it once the page is shown. */
    private static final Pattern HEADER_SLOT = Pattern.compile(
            "<span\\s+class=\"warning-count-slot\"(?=[^>]*hx-trigger=\"load\")[^>]*hx-get=\"([^\"]+)\"");

    private static final Pattern HEADER_COUNT = Pattern.compile("class=\"warning-count\">(\\d+)<");
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    StatDataService statData;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countyWarningsFirstEnterpriseWarningsFoldedPerCounty() {
        WebSession analyst = session("analyst");
        JsonNode all = warnings(analyst, "analyst");
        int regionLevel = 0;
        Map<String, Integer> byCounty = new HashMap<>();
        for (JsonNode w : all) {
            if (creditCode(w) == null) {
                regionLevel++;
            } else {
                byCounty.merge(w.get(field(w, "regionCode", "region_code")).asString(), 1, Integer::sum);
            }
        }
        assertThat(byCounty).isNotEmpty();
        String page = analyst.get("/planning/warnings?period=2026-10").body();
        assertThat(page).contains("县区预警（" + regionLevel + " 条）");
        int enterprises = byCounty.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(page).contains("企业预警（" + enterprises + " 条，按县区折叠）");
        // the county-level table comes before the enterprises' groups
        assertThat(page.indexOf("id=\"region-warnings\"")).isLessThan(page.indexOf("id=\"enterprise-warnings\""));
        Matcher group = GROUP.matcher(page);
        Map<String, Integer> shown = new HashMap<>();
        while (group.find()) {
            int count = Integer.parseInt(group.group(2));
            shown.put(group.group(1), count);
            int rows = group.group(3).split("<tr>", -1).length - 2; // the header row and the split's head
            assertThat(rows).as("rows folded for " + group.group(1)).isEqualTo(Math.min(count, 50));
        }
        assertThat(shown).isEqualTo(byCounty);
        // city roles: the header counts the county-level warnings only
        assertThat(headerCount(analyst, "/planning/warnings?period=2026-10")).isEqualTo(regionLevel);
        // units in the headers of the enterprise table; the unit column for the mixed county-level one
        assertThat(page).contains("完成任务差额（占任务 %）").contains("<th>单位</th>");
    }

    @Test
    void filtersAndTheCountyUsersCount() {
        WebSession analyst = session("analyst");
        String onlyEnterprises = analyst.get("/planning/warnings?period=2026-10&rule=TASK_SHORTFALL&level=enterprise")
                .body();
        assertThat(onlyEnterprises).doesNotContain("id=\"region-warnings\"").contains("id=\"enterprise-warnings\"");
        String onlyCounties =
                analyst.get("/planning/warnings?period=2026-10&level=county").body();
        assertThat(onlyCounties).contains("id=\"region-warnings\"").doesNotContain("id=\"enterprise-warnings\"");
        String oneCounty =
                analyst.get("/planning/warnings?period=2026-10&county=130102").body();
        Matcher group = GROUP.matcher(oneCounty);
        while (group.find()) {
            assertThat(group.group(1)).isEqualTo("130102");
        }
        assertThat(analyst.get("/planning/warnings?rule=NOT_A_RULE").statusCode())
                .isEqualTo(400);

        WebSession county = session("county130102");
        JsonNode own = warnings(county, "county130102");
        assertThat(headerCount(county, "/planning/warnings?period=2026-10")).isEqualTo(own.size());
        for (JsonNode w : own) {
            assertThat(w.get(field(w, "regionCode", "region_code")).asString()).isIn("130102", "130100");
        }
    }

    @Test
    void theHeaderCountFollowsAChangedTarget() {
        WebSession county = session("county130102");
        int before = warnings(county, "county130102").size();
        assertThat(headerCount(county, "/planning/warnings?period=2026-10")).isEqualTo(before);
        WebSession analyst = session("analyst");
        String original = null;
        for (JsonNode t : json.readTree(analyst.getBasic("/api/v1/targets?year=2026", "analyst", "Demo-City-2026")
                .body())) {
            if (t.get(field(t, "regionCode", "region_code")).asString().equals("130102")
                    && t.get("indicator").asString().equals("VA_GROWTH")) {
                original = t.get("value").asString();
            }
        }
        assertThat(original).isNotNull();
        try {
            // the demo county is below its target and needs more than the threshold in the rest of the year: a target
            // it has long passed takes both warnings away
            setTarget(analyst, "-20.0");
            int after = warnings(county, "county130102").size();
            assertThat(after).isLessThan(before);
            assertThat(headerCount(county, "/planning/warnings?period=2026-10")).isEqualTo(after);
        } finally {
            setTarget(analyst, original);
        }
        assertThat(headerCount(county, "/planning/warnings?period=2026-10")).isEqualTo(before);
    }

    /**
     * January's rows arrive before January's PPI: the new year's snapshot has no month yet. The pages keep working (the
     * header's warning count asked for month 0 of the year and failed every page) until the PPI comes.
     */
    @Test
    void aNewYearWhoseFirstMonthHasNoPriceYetLeavesThePagesWorking() {
        WebSession analyst = session("analyst");
        String creditCode = jdbc.queryForObject(
                "SELECT MIN(credit_code) FROM monthly_report WHERE period = DATE '2026-10-01'", String.class);
        YearMonth january = YearMonth.of(2027, 1);
        statData.storeMonthly(List.of(
                new MonthlyRow(january, creditCode, new BigDecimal("100.00"), new BigDecimal("90.00"), null, null)));
        try {
            for (String path : List.of("/account", "/planning/warnings", "/investment/counties/130102/outlook")) {
                var page = analyst.get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                if (!path.endsWith("/outlook")) {
                    assertThat(headerCount(analyst, path)).as(path).isZero();
                }
            }
            assertThat(analyst.getBasic("/api/v1/warnings", "analyst", "Demo-City-2026")
                            .statusCode())
                    .isEqualTo(200);
            // the monitoring pages show the latest published period, the year before's last month (it answered 404)
            for (String path : List.of("/", "/monitor/ranking")) {
                var page = analyst.get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertThat(page.body()).as(path).contains("<option value=\"2026-10\" selected");
            }
        } finally {
            statData.replaceMonthly(january, january, List.of());
        }
        assertThat(headerCount(analyst, "/account")).isPositive();
    }

    private static void setTarget(WebSession analyst, String value) {
        var saved = analyst.postForm(
                "/targets",
                Map.of(
                        "year", "2026",
                        "region", "130102",
                        "value", value,
                        "confirmed", "true",
                        "_csrf", analyst.csrfToken("/targets")));
        assertThat(saved.statusCode()).isEqualTo(302);
    }

    private JsonNode warnings(WebSession session, String user) {
        return json.readTree(session.getBasic("/api/v1/warnings?period=2026-10", user, "Demo-City-2026")
                .body());
    }

    private static String creditCode(JsonNode warning) {
        JsonNode code = warning.get(field(warning, "creditCode", "credit_code"));
        return code == null || code.isNull() ? null : code.asString();
    }

    private static String field(JsonNode node, String camel, String snake) {
        return node.has(snake) ? snake : camel;
    }

    /** The header's warning count as a browser shows it: the menu's slot on the page, filled from the URL it names. */
    private static int headerCount(WebSession session, String page) {
        Matcher slot = HEADER_SLOT.matcher(session.get(page).body());
        assertThat(slot.find()).as("the header's warning count slot").isTrue();
        Matcher m = HEADER_COUNT.matcher(session.get(slot.group(1)).body());
        assertThat(m.find()).as("the header's warning count").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private WebSession session(String user) {
        WebSession session = new WebSession(port);
        session.login(user, "Demo-City-2026");
        return session;
    }
}
