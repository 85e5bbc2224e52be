package io.industrypulse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.industrypulse.enterprise.Enterprise;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.Ppi;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.statdata.VaRatio;
import io.industrypulse.support.WebSession;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * County forecasts over real HTTP: writable only by the county's own user and only before the month's data arrive;
 * the city sees them with the implied city growth; once the data arrive, forecast against actual and accuracy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ForecastTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final String COUNTY = "130102";

    @LocalServerPort
    int port;

    @Autowired
    StatDataService statData;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void onlyTheOwnCountyForecastsAndOnlyBeforeTheData() {
        WebSession session = new WebSession(port);
        var other = post(session, "130103", "2026-11", "5.0");
        assertThat(other.statusCode()).isEqualTo(403);
        var late = post(session, COUNTY, "2026-10", "5.0");
        assertThat(late.statusCode()).isEqualTo(409);
        var tooPrecise = post(session, COUNTY, "2026-11", "5.55");
        assertThat(tooPrecise.statusCode()).isEqualTo(400);
        assertThat(tooPrecise.body()).contains("最多保留一位小数");
        var inEnglish = session.postJsonBasic(
                "/api/v1/forecasts?lang=en",
                "{\"county\":\"" + COUNTY + "\",\"period\":\"2026-11\",\"expected_growth\":5.55}",
                "county130102",
                "Demo-City-2026");
        assertThat(inEnglish.statusCode()).isEqualTo(400);
        assertThat(inEnglish.body())
                .contains("Expected growth: at most one decimal")
                .doesNotContain("小数");
        var leader = session.postJsonBasic(
                "/api/v1/forecasts",
                "{\"county\":\"" + COUNTY + "\",\"period\":\"2026-11\",\"expected_growth\":5.0}",
                "leader",
                "Demo-City-2026");
        assertThat(leader.statusCode()).isEqualTo(403);
    }

    @Test
    void theCitySeesForecastsThenActualsAndAccuracy() {
        WebSession session = new WebSession(port);
        assertThat(post(session, COUNTY, "2026-11", "7.5").statusCode()).isEqualTo(200);

        String board = session.getBasic("/api/v1/forecasts?period=2026-11", "analyst", "Demo-City-2026")
                .body();
        assertThat(board).contains("\"data_arrived\":false").contains("\"implied_city_growth\":7.5");
        String countyView = session.getBasic("/api/v1/forecasts?period=2026-11", "county130102", "Demo-City-2026")
                .body();
        assertThat(countyView).contains("长安区").doesNotContain("桥西区").contains("\"implied_city_growth\":null");

        // November's data arrive for the county: forecasts close, actual and accuracy appear
        Set<String> ofCounty = enterprises.allForStatistics().stream()
                .filter(e -> e.countyCode().equals(COUNTY))
                .map(Enterprise::creditCode)
                .collect(Collectors.toSet());
        List<MonthlyRow> november = statData.monthly(YearMonth.of(2026, 10), YearMonth.of(2026, 10)).stream()
                .filter(m -> ofCounty.contains(m.creditCode()))
                .map(m -> new MonthlyRow(
                        NOVEMBER, m.creditCode(), m.output(), m.outputLy(), m.revenue(), m.electricity()))
                .toList();
        List<Ppi> ppi = statData.ppi(Year.of(2026), Year.of(2026)).stream()
                .filter(p -> p.period().equals(YearMonth.of(2026, 10)))
                .map(p -> new Ppi(NOVEMBER, p.divisionCode(), p.ppiYoy()))
                .toList();
        transaction.executeWithoutResult(status -> {
            statData.storePpi(ppi);
            statData.storeMonthly(november);
        });
        try {
            String after = session.getBasic("/api/v1/forecasts?period=2026-11", "analyst", "Demo-City-2026")
                    .body();
            // the county's November growth recomputed from the stored rows by DESIGN.md section 5: C = output * r / p,
            // A = output_ly * r, growth = (sum C / sum A - 1) * 100, published half-up to one decimal
            Map<String, String> division = enterprises.allForStatistics().stream()
                    .collect(Collectors.toMap(Enterprise::creditCode, Enterprise::divisionCode));
            Map<String, Double> ratio = statData.vaRatios(Year.of(2026), Year.of(2026)).stream()
                    .collect(Collectors.toMap(
                            VaRatio::divisionCode, v -> v.ratio().doubleValue()));
            Map<String, Double> price = ppi.stream()
                    .collect(Collectors.toMap(Ppi::divisionCode, p -> p.ppiYoy().doubleValue() / 100));
            double c = 0;
            double a = 0;
            for (MonthlyRow row : november) {
                String d = division.get(row.creditCode());
                c += row.output().doubleValue() * ratio.get(d) / price.get(d);
                a += row.outputLy().doubleValue() * ratio.get(d);
            }
            BigDecimal actual = new BigDecimal(Double.toString((c / a - 1) * 100)).setScale(1, RoundingMode.HALF_UP);
            assertThat(after).contains("\"data_arrived\":true");
            Matcher shown = Pattern.compile("\"county_code\":\"130102\"[^}]*\"actual\":(-?[0-9.]+)")
                    .matcher(after);
            assertThat(shown.find()).as(after).isTrue();
            assertThat(new BigDecimal(shown.group(1))).isEqualByComparingTo(actual);
            Matcher error =
                    Pattern.compile("\"mean_absolute_error\":([0-9.E-]+)").matcher(after);
            assertThat(error.find()).as(after).isTrue();
            assertThat(Double.parseDouble(error.group(1)))
                    .isCloseTo(Math.abs(7.5 - actual.doubleValue()), within(1e-9));
            assertThat(post(session, COUNTY, "2026-11", "8.0").statusCode()).isEqualTo(409);
            assertThat(session.get("/planning/forecasts?period=2026-11").statusCode())
                    .isEqualTo(302);
            session.login("analyst", "Demo-City-2026");
            assertThat(session.get("/planning/forecasts?period=2026-11").body())
                    .contains("预计完成情况")
                    .contains("历次预计与实际平均相差");
        } finally {
            // nothing of November stays behind for the other tests of this context: the rows and the PPI
            transaction.executeWithoutResult(status -> {
                jdbc.sql("DELETE FROM ppi WHERE period = :p")
                        .param("p", NOVEMBER.atDay(1))
                        .update();
                statData.replaceMonthly(NOVEMBER, NOVEMBER, List.of());
            });
        }
    }

    private static java.net.http.HttpResponse<String> post(
            WebSession session, String county, String period, String growth) {
        return session.postJsonBasic(
                "/api/v1/forecasts",
                "{\"county\":\"" + county + "\",\"period\":\"" + period + "\",\"expected_growth\":" + growth + "}",
                "county130102",
                "Demo-City-2026");
    }
}
