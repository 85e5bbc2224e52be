package io.industrypulse.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Targets over real HTTP: a city analyst changes a county's target (audited, and the growth API's class follows), a
 * county user may not, bad values change nothing, and the API shows a county user only the city's and its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class TargetPageTest {

    private static final String COUNTY = "130104";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void analystChangesATargetAuditedAndTheClassFollows() {
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        String token = analyst.csrfToken("/targets?year=2026");
        // far from last year's target: asked to confirm, nothing saved yet
        java.math.BigDecimal before = vaTarget(COUNTY);
        var asked = analyst.postForm(
                "/targets", Map.of("year", "2026", "region", COUNTY, "value", "-20.0", "_csrf", token));
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(analyst.get("/targets?year=2026").body())
                .contains("id=\"confirm-target\"")
                .contains("2026 年的目标 -20.0% 与上年目标");
        assertThat(vaTarget(COUNTY)).isEqualByComparingTo(before);
        var saved = analyst.postForm(
                "/targets",
                Map.of("year", "2026", "region", COUNTY, "value", "-20.0", "confirmed", "true", "_csrf", token));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(analyst.get("/targets?year=2026").body())
                .contains("已保存 新华区 的目标")
                .contains("-20.0");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'target.update' AND entity_key = :k")
                        .param("k", "2026/" + COUNTY + "/VA_GROWTH")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // 新华区 is negative in the demo city: with a target of -20 it is on track
        String growth = analyst.getBasic("/api/v1/growth?period=2026-10&group=county", "analyst", "Demo-City-2026")
                .body();
        assertThat(Pattern.compile("\"code\":\"" + COUNTY + "\"[^}]*\"class\":\"on_track\"")
                        .matcher(growth)
                        .find())
                .isTrue();
    }

    /** A growth target outside -20..50 % (the settings' default) is a typing error: refused, named, nothing stored. */
    @Test
    void anImplausibleTargetIsRefused() {
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        java.math.BigDecimal before = vaTarget("130100");
        String token = analyst.csrfToken("/targets?year=2026");
        for (String value : new String[] {"-50", "50.1", "-20.1"}) {
            var refused = analyst.postForm(
                    "/targets", Map.of("year", "2026", "region", "130100", "value", value, "_csrf", token));
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(analyst.get("/targets?year=2026").body()).contains("目标值：增速目标应在 -20% 与 50% 之间，收到 " + value + "%");
            assertThat(vaTarget("130100")).isEqualByComparingTo(before);
        }
    }

    @Test
    void otherIndicatorsAreKeptApartFromTheValueAddedTarget() {
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        java.math.BigDecimal vaBefore = vaTarget("130105");
        String token = analyst.csrfToken("/targets?year=2026");
        var saved = analyst.postForm(
                "/targets",
                Map.of(
                        "year",
                        "2026",
                        "region",
                        "130105",
                        "indicator",
                        "UPGRADE_NET_INCREASE",
                        "value",
                        "12",
                        "_csrf",
                        token));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).contains("indicator=UPGRADE_NET_INCREASE");
        String netIncrease =
                analyst.get("/targets?year=2026&indicator=UPGRADE_NET_INCREASE").body();
        assertThat(netIncrease).contains("小升规净增（家）").contains(">12<");
        // the value-added targets, which the engine evaluates, are untouched
        assertThat(vaTarget("130105")).isEqualByComparingTo(vaBefore);
        assertThat(jdbc.sql("SELECT target_value FROM target WHERE target_year = 2026 AND region_code = '130105'"
                                + " AND indicator = 'UPGRADE_NET_INCREASE'")
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("12");

        analyst.postForm(
                "/targets",
                Map.of(
                        "year",
                        "2026",
                        "region",
                        "130105",
                        "indicator",
                        "UPGRADE_NET_INCREASE",
                        "value",
                        "2.5",
                        "_csrf",
                        token));
        assertThat(analyst.get("/targets?year=2026&indicator=UPGRADE_NET_INCREASE")
                        .body())
                .contains("小升规净增应为整数");
        analyst.postForm(
                "/targets",
                Map.of(
                        "year",
                        "2026",
                        "region",
                        "130105",
                        "indicator",
                        "INVESTMENT_GROWTH",
                        "value",
                        "12.5",
                        "_csrf",
                        token));
        assertThat(analyst.get("/targets?year=2026&indicator=INVESTMENT_GROWTH").body())
                .contains("工业投资增速（%）")
                .contains("12.5");
    }

    private java.math.BigDecimal vaTarget(String region) {
        return jdbc.sql("SELECT target_value FROM target WHERE target_year = 2026 AND region_code = :r"
                        + " AND indicator = 'VA_GROWTH'")
                .param("r", region)
                .query(java.math.BigDecimal.class)
                .single();
    }

    @Test
    void badValuesAndCountyUsersChangeNothing() {
        long before = auditRows();
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        String token = analyst.csrfToken("/targets?year=2026");
        analyst.postForm("/targets", Map.of("year", "2026", "region", "130102", "value", "abc", "_csrf", token));
        assertThat(analyst.get("/targets?year=2026").body()).contains("目标值：不是数字");
        analyst.postForm("/targets", Map.of("year", "2026", "region", "130102", "value", "250", "_csrf", token));
        assertThat(analyst.get("/targets?year=2026").body()).contains("目标值：应在");

        WebSession county = new WebSession(port);
        county.login("county130102", "Demo-City-2026");
        String countyToken = county.csrfToken("/targets?year=2026");
        var refused = county.postForm(
                "/targets", Map.of("year", "2026", "region", "130102", "value", "1.0", "_csrf", countyToken));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(auditRows()).isEqualTo(before);
    }

    @Test
    void apiShowsACountyUserTheCityAndItsOwnCounty() {
        String body = new WebSession(port)
                .getBasic("/api/v1/targets?year=2026", "county130102", "Demo-City-2026")
                .body();
        var regions = Pattern.compile("\"region_code\":\"(\\d{6})\"")
                .matcher(body)
                .results()
                .map(m -> m.group(1))
                .distinct()
                .toList();
        // the city and the own county, whatever indicators each has targets for
        assertThat(regions).containsExactlyInAnyOrder("130100", "130102");
    }

    private long auditRows() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'target'")
                .query(Long.class)
                .single();
    }
}
