package io.industrypulse.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.Enterprise;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.statdata.MonthlyDetail;
import io.industrypulse.statdata.MonthlyImport;
import io.industrypulse.statdata.MonthlyRevision;
import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.RaisedFlag;
import io.industrypulse.statdata.ReviewFlagService;
import io.industrypulse.statdata.RevisionService;
import io.industrypulse.statdata.SoftCheck;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.support.WebSession;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reporting progress (应统尽统) and its warning on the demo city (data up to 2026-10) on 3 December 2026, 10:00 in
 * Shanghai: November is due on the 5th (2 days left), October's deadline passed 28 days ago. Over real HTTP with the
 * scope of each role. H2 and PostgreSQL subclasses.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=reporting")
@Import(ReportingTest.FixedClock.class)
abstract class ReportingTest {

    static final String PASSWORD = "Demo-City-2026";
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final UserScope CITY = new UserScope("analyst", Role.CITY_ANALYST, "130100");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    StatDataService statData;

    @Autowired
    RevisionService revisions;

    @Autowired
    ReviewFlagService flags;

    @Autowired
    TransactionTemplate transaction;

    final JsonMapper json = JsonMapper.builder().build();

    HttpResponse<String> get(String path, String user) {
        return new WebSession(port).getBasic(path, user, PASSWORD);
    }

    JsonNode read(String path, String user) {
        HttpResponse<String> response = get(path, user);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    static JsonNode county(JsonNode progress, String code) {
        return list(progress.get("counties")).stream()
                .filter(c -> c.get("county_code").asString().equals(code))
                .findFirst()
                .orElseThrow();
    }

    List<String> coverageWarnings(String user) {
        return list(read("/api/v1/warnings?period=2026-11", user)).stream()
                .filter(w -> w.get("rule").asString().equals("REPORTING_COVERAGE"))
                .map(w -> w.get("region_code").asString())
                .toList();
    }

    @Test
    void progressPerCountyInEachRolesScope() {
        YearMonth october = YearMonth.of(2026, 10);
        Set<String> directory = Set.copyOf(enterprises.aboveSizeIn(october, CITY));
        Set<String> reported = statData.monthly(october, october).stream()
                .map(MonthlyRow::creditCode)
                .filter(directory::contains)
                .collect(Collectors.toSet());

        JsonNode city = read("/api/v1/reporting?period=2026-10", "analyst");
        assertThat(city.get("deadline").asString()).isEqualTo("2026-11-05");
        assertThat(city.get("days_left").asLong()).isEqualTo(-28);
        assertThat(list(city.get("counties"))).hasSize(12);
        JsonNode total = city.get("total");
        assertThat(total.get("county_code").asString()).isEqualTo("130100");
        assertThat(total.get("directory").asInt()).isEqualTo(directory.size());
        assertThat(total.get("reported").asInt()).isEqualTo(reported.size());
        assertThat(total.get("missing").asInt()).isEqualTo(directory.size() - reported.size());
        assertThat(list(city.get("missing"))).hasSize(directory.size() - reported.size());
        assertThat(list(city.get("counties")).stream()
                        .mapToInt(c -> c.get("directory").asInt())
                        .sum())
                .isEqualTo(directory.size());
        assertThat(list(read("/api/v1/reporting?period=2026-10", "leader").get("counties")))
                .hasSize(12);

        JsonNode own = read("/api/v1/reporting?period=2026-10", "county130102");
        assertThat(list(own.get("counties")))
                .extracting(c -> c.get("county_code").asString())
                .containsExactly("130102");
        assertThat(own.get("total").isNull()).isTrue();
        assertThat(list(own.get("missing")))
                .allMatch(m -> m.get("county_code").asString().equals("130102"));
        assertThat(county(own, "130102").toString())
                .isEqualTo(county(city, "130102").toString());
        assertThat(get("/api/v1/reporting?period=2026-10", "ecology").statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/reporting?period=2026-10", "enterprise").statusCode())
                .isEqualTo(403);

        // default: the month due now
        JsonNode due = read("/api/v1/reporting", "county130102");
        assertThat(due.get("period").asString()).isEqualTo("2026-11");
        assertThat(due.get("deadline").asString()).isEqualTo("2026-12-05");
        assertThat(due.get("days_left").asLong()).isEqualTo(2);

        WebSession page = new WebSession(port);
        page.login("county130102", PASSWORD);
        String body = page.get("/reporting?period=2026-10").body();
        assertThat(body).contains("联网直报进度").contains("报送截止 2026-11-05").contains("已超过截止日 28 天");
        assertThat(body).contains("county-130102").doesNotContain("county-130103");
        assertThat(page.get("/reporting").body()).contains("还剩 2 天");
        WebSession cityPage = new WebSession(port);
        cityPage.login("analyst", PASSWORD);
        assertThat(cityPage.get("/reporting?period=2026-10").body())
                .contains("county-130103")
                .contains("id=\"total\"");
    }

    @Test
    void theMissingListIsFilteredPagedAndExported() throws Exception {
        // nothing reported for November yet: every enterprise of the directory is missing
        JsonNode progress = read("/api/v1/reporting?period=2026-11", "analyst");
        int missing = progress.get("total").get("missing").asInt();
        int own = county(progress, "130102").get("missing").asInt();
        assertThat(missing).isGreaterThan(50);
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", PASSWORD);
        String page = analyst.get("/reporting?period=2026-11").body();
        int pages = (missing + 49) / 50;
        assertThat(page).contains("未报企业 " + missing + " 家").contains("第 1 / " + pages + " 页，共 " + missing + " 条");
        assertThat(rows(page)).isEqualTo(50);
        String last = analyst.get("/reporting?period=2026-11&page=" + pages).body();
        assertThat(rows(last)).isEqualTo(missing - 50 * (pages - 1));
        // the county's row leads to its own missing list
        assertThat(page).contains("/reporting?period=2026-11&amp;county=130102#missing-list");
        String ownList = analyst.get("/reporting?period=2026-11&county=130102").body();
        assertThat(ownList).contains("未报企业 " + own + " 家");
        assertThat(rows(ownList)).isEqualTo(Math.min(own, 50));
        // the demo registry keeps no addresses: no empty column
        assertThat(page).doesNotContain("<th>地址</th>");

        var export = analyst.getBytes("/reporting/missing.xlsx?period=2026-11&county=130102");
        assertThat(export.statusCode()).isEqualTo(200);
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(export.body()))) {
            var sheet = workbook.getSheetAt(0);
            // the title row, the header row, one row per missing enterprise
            assertThat(sheet.getLastRowNum() + 1).isEqualTo(2 + own);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("统一社会信用代码");
        }
    }

    private static int rows(String page) {
        int from = page.indexOf("id=\"missing\">");
        assertThat(from).isPositive();
        String table = page.substring(from, page.indexOf("</table>", from));
        return table.split("<tr>", -1).length - 2;
    }

    @Test
    void missingFlaggedAndTheCoverageWarningFollowTheData() {
        UserScope countyScope = new UserScope("county130102", Role.COUNTY_USER, "130102");
        List<String> directory = enterprises.aboveSizeIn(NOVEMBER, countyScope);
        assertThat(directory).hasSizeGreaterThan(40);
        Map<String, Enterprise> registry =
                enterprises.allForStatistics().stream().collect(Collectors.toMap(Enterprise::creditCode, e -> e));

        // nothing reported for November, 2 days before the deadline: every county is warned, each sees its own
        assertThat(coverageWarnings("county130102")).containsExactly("130102");
        assertThat(coverageWarnings("analyst")).hasSize(12);
        // December is due in January: not yet warned
        assertThat(list(read("/api/v1/warnings?period=2026-12", "analyst")))
                .noneMatch(w -> w.get("rule").asString().equals("REPORTING_COVERAGE"));

        // all but one enterprise of 130102 report, one of them flagged
        String absent = directory.get(0);
        String flagged = directory.get(1);
        List<String> reporting = directory.subList(1, directory.size());
        store(reporting, flagged);

        JsonNode progress = read("/api/v1/reporting?period=2026-11", "county130102");
        JsonNode row = county(progress, "130102");
        assertThat(row.get("directory").asInt()).isEqualTo(directory.size());
        assertThat(row.get("reported").asInt()).isEqualTo(directory.size() - 1);
        assertThat(row.get("missing").asInt()).isEqualTo(1);
        assertThat(row.get("flagged").asInt()).isEqualTo(1);
        JsonNode missing = list(progress.get("missing")).get(0);
        assertThat(missing.get("credit_code").asString()).isEqualTo(absent);
        assertThat(missing.get("contact_person").asString())
                .isEqualTo(registry.get(absent).contactPerson());
        assertThat(missing.get("contact_phone").asString())
                .isEqualTo(registry.get(absent).contactPhone());
        assertThat(coverageWarnings("county130102")).isEmpty();
        assertThat(coverageWarnings("county130103")).containsExactly("130103");

        // a new revision with only ten of them: the warning is back
        store(reporting.subList(0, 10), flagged);
        assertThat(coverageWarnings("county130102")).containsExactly("130102");
        assertThat(county(read("/api/v1/reporting?period=2026-11", "analyst"), "130102")
                        .get("coverage")
                        .decimalValue())
                .isEqualByComparingTo(new BigDecimal(1000)
                        .divide(new BigDecimal(directory.size()), 1, java.math.RoundingMode.HALF_UP));
    }

    private void store(List<String> codes, String flagged) {
        transaction.executeWithoutResult(status -> {
            List<MonthlyDetail> rows = codes.stream()
                    .map(code -> new MonthlyDetail(
                            code, "企业" + code, figures("110"), figures("110"), figures("0"), figures("11")))
                    .toList();
            MonthlyRevision revision =
                    revisions.store(new MonthlyImport(NOVEMBER, "test", "analyst", null, Set.of(), rows));
            flags.reconcile(
                    revision,
                    null,
                    List.of(new RaisedFlag(
                            flagged,
                            "企业",
                            "130102",
                            SoftCheck.S6_NEW_ENTRANT,
                            new BigDecimal("110"),
                            null,
                            BigDecimal.ZERO,
                            "S6 新入库企业",
                            "test")));
        });
    }

    private static MonthlyDetail.Figures figures(String month) {
        BigDecimal m = new BigDecimal(month);
        return new MonthlyDetail.Figures(m, m.multiply(BigDecimal.TEN), m, m.multiply(BigDecimal.TEN));
    }
}
