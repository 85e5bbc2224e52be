package io.industrypulse.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark form of the targets page over real HTTP: a city analyst enters the city's cumulative growth of a
 * month (audited with before and after, shown in the table); bad values are refused naming the field and change
 * nothing; a county user gets 403.
 */
// Its own context (and database): the benchmark it changes must not reach other tests' 两个不低于.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=industrypulse-benchmark-form-test")
abstract class BenchmarkFormTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TargetService targets;

    @Test
    void analystEntersABenchmarkAuditedAndBadValuesChangeNothing() {
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        String token = analyst.csrfToken("/targets?year=2026");
        var saved = analyst.postForm(
                "/targets/benchmarks", Map.of("period", "2026-10", "scope", "city", "value", "5.8", "_csrf", token));
        assertThat(saved.statusCode()).isEqualTo(302);
        String page = analyst.get("/targets?year=2026").body();
        assertThat(page).contains("已保存 2026-10 的对标值");
        assertThat(Pattern.compile(
                                "data-period=\"2026-10\">\\s*<td>2026-10</td>\\s*<td[^>]*>[^<]*</td>\\s*<td class=\"num city\">5.8</td>")
                        .matcher(page)
                        .find())
                .as(page)
                .isTrue();
        assertThat(targets.benchmarks(YearMonth.of(2026, 10), YearMonth.of(2026, 10)))
                .filteredOn(b -> b.scope() == BenchmarkScope.CITY)
                .singleElement()
                .satisfies(b -> assertThat(b.growthCum()).isEqualByComparingTo("5.8"));
        String audited = jdbc.sql("SELECT after_json FROM audit_log WHERE entity_type = 'benchmark'"
                        + " AND entity_key = '2026-10/city' ORDER BY id DESC")
                .query(String.class)
                .list()
                .get(0);
        assertThat(audited).contains("5.8");

        long before = auditRows();
        for (String[] bad : new String[][] {{"5.8%", "累计增速：不是数字"}, {"5.85", "累计增速：最多保留一位小数"}, {"150", "累计增速：应在"}}) {
            analyst.postForm(
                    "/targets/benchmarks",
                    Map.of("period", "2026-09", "scope", "province", "value", bad[0], "_csrf", token));
            assertThat(analyst.get("/targets?year=2026").body()).contains(bad[1]);
        }
        analyst.postForm(
                "/targets/benchmarks", Map.of("period", "2026-9x", "scope", "province", "value", "5", "_csrf", token));
        assertThat(analyst.get("/targets?year=2026").body()).contains("月份：应为 YYYY-MM");

        WebSession county = new WebSession(port);
        county.login("county130102", "Demo-City-2026");
        String countyToken = county.csrfToken("/targets?year=2026");
        var refused = county.postForm(
                "/targets/benchmarks",
                Map.of("period", "2026-09", "scope", "province", "value", "1.0", "_csrf", countyToken));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(county.get("/targets?year=2026").body()).doesNotContain("id=\"benchmark-form\"");
        assertThat(auditRows()).isEqualTo(before);
    }

    private long auditRows() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'benchmark'")
                .query(Long.class)
                .single();
    }
}
