package io.industrypulse.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.enterprise.Enterprise;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.Ppi;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.support.WebSession;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
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
        var leader = session.postJsonBasic(
                "/api/v1/forecasts",
                "{\"county\":\"" + COUNTY + "\",\"period\":\"2026-11\",\"expectedGrowth\":5.0}",
                "leader",
                "Demo@2026");
        assertThat(leader.statusCode()).isEqualTo(403);
    }

    @Test
    void theCitySeesForecastsThenActualsAndAccuracy() {
        WebSession session = new WebSession(port);
        assertThat(post(session, COUNTY, "2026-11", "7.5").statusCode()).isEqualTo(200);

        String board = session.getBasic("/api/v1/forecasts?period=2026-11", "analyst", "Demo@2026")
                .body();
        assertThat(board).contains("\"dataArrived\":false").contains("\"impliedCityGrowth\":7.5");
        String countyView = session.getBasic("/api/v1/forecasts?period=2026-11", "county130102", "Demo@2026")
                .body();
        assertThat(countyView).contains("长安区").doesNotContain("桥西区").contains("\"impliedCityGrowth\":null");

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
            String after = session.getBasic("/api/v1/forecasts?period=2026-11", "analyst", "Demo@2026")
                    .body();
            assertThat(after).contains("\"dataArrived\":true").containsPattern("\"actual\":-?[0-9]");
            assertThat(after).containsPattern("\"meanAbsoluteError\":[0-9]");
            assertThat(post(session, COUNTY, "2026-11", "8.0").statusCode()).isEqualTo(409);
            assertThat(session.get("/planning/forecasts?period=2026-11").statusCode())
                    .isEqualTo(302);
            session.login("analyst", "Demo@2026");
            assertThat(session.get("/planning/forecasts?period=2026-11").body())
                    .contains("预计完成情况")
                    .contains("历次预计与实际平均相差");
        } finally {
            transaction.executeWithoutResult(status -> statData.replaceMonthly(NOVEMBER, NOVEMBER, List.of()));
        }
    }

    private static java.net.http.HttpResponse<String> post(
            WebSession session, String county, String period, String growth) {
        return session.postJsonBasic(
                "/api/v1/forecasts",
                "{\"county\":\"" + county + "\",\"period\":\"" + period + "\",\"expectedGrowth\":" + growth + "}",
                "county130102",
                "Demo@2026");
    }
}
