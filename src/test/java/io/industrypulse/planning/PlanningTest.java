package io.industrypulse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.monitor.GrowthSnapshot;
import io.industrypulse.monitor.MonitorService;
import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.Ppi;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.support.WebSession;
import io.industrypulse.target.Target;
import io.industrypulse.target.TargetService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plans, tasks and warnings on the demo city (data up to 2026-10), over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PlanningTest {

    private static final String PASSWORD = "Demo-City-2026";

    @LocalServerPort
    int port;

    @Autowired
    MonitorService monitor;

    @Autowired
    StatDataService statData;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TargetService targets;

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode get(String path, String user) {
        var response = new WebSession(port).getBasic(path, user, user.equals("admin") ? "Pulse-Admin-2026" : PASSWORD);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private int status(String path, String user) {
        return new WebSession(port).getBasic(path, user, PASSWORD).statusCode();
    }

    @Test
    void planReachesTheTargetInDecemberAndAgreesWithTheEngine() {
        GrowthSnapshot snapshot = monitor.snapshot(Year.of(2026)).orElseThrow();
        int k = snapshot.labels().countyCodes().indexOf("130102");
        var status = snapshot.result().county(k).month(10).targetStatus().orElseThrow();
        JsonNode plan = get("/api/v1/plan?region=130102&year=2026", "county130102");
        assertThat(plan.get("months_done").asInt()).isEqualTo(10);
        assertThat(plan.get("required_rest_growth").asDouble())
                .isCloseTo(status.requiredRestGrowth().getAsDouble(), within(1e-8));
        assertThat(plan.get("months").get(11).get("cum_growth").asDouble()).isCloseTo(status.target(), within(1e-9));
        assertThat(plan.get("months").get(9).get("cum_growth").asDouble())
                .isCloseTo(snapshot.result().county(k).month(10).cumGrowth().getAsDouble(), within(1e-9));
        assertThat(plan.get("quarters")).hasSize(4);
        assertThat(plan.has("q4_better_than_q3")).isTrue();
        JsonNode city = get("/api/v1/plan?region=130100&year=2026", "county130102");
        assertThat(city.get("months").get(11).get("cum_growth").asDouble())
                .isCloseTo(city.get("target").asDouble(), within(1e-9));
        assertThat(status("/api/v1/plan?region=130103&year=2026", "county130102"))
                .isEqualTo(404);
        assertThat(status("/api/v1/plan?region=130103&year=2026", "analyst")).isEqualTo(200);
        assertThat(status("/api/v1/plan?region=130102&year=2019", "analyst")).isEqualTo(404);
    }

    @Test
    void tasksAddUpToTheCountyRequirementAndFollowAnAdjustment() {
        JsonNode tasks = get("/api/v1/tasks?county=130102&period=2026-11", "county130102");
        assertThat(tasks.get("data_arrived").asBoolean()).isFalse();
        BigDecimal requirement = tasks.get("requirement").decimalValue();
        assertThat(sum(tasks)).isEqualByComparingTo(requirement);
        assertThat(tasks.get("difference").decimalValue()).isZero();
        assertThat(status("/api/v1/tasks?county=130103&period=2026-11", "county130102"))
                .isEqualTo(404);
        // December, two months ahead of the data (to October), is planned too: its requirement is the monthly plan's
        // December value added, rounded to cents, and the tasks add up to it
        JsonNode december = get("/api/v1/tasks?county=130102&period=2026-12", "analyst");
        JsonNode plan = get("/api/v1/plan?region=130102&year=2026", "analyst");
        assertThat(december.get("requirement").decimalValue())
                .isEqualByComparingTo(new BigDecimal(
                                plan.get("months").get(11).get("comparable").asString())
                        .setScale(2, RoundingMode.HALF_UP));
        assertThat(sum(december))
                .isEqualByComparingTo(december.get("requirement").decimalValue());
        assertThat(december.get("data_arrived").asBoolean()).isFalse();

        String first = tasks.get("tasks").get(0).get("credit_code").asString();
        WebSession county = new WebSession(port);
        county.login("county130102", PASSWORD);
        String token = county.csrfToken("/planning/tasks?county=130102&period=2026-11");
        var saved = county.postForm(
                "/planning/tasks/adjust",
                Map.of("county", "130102", "period", "2026-11", "creditCode", first, "task", "1.23", "_csrf", token));
        assertThat(saved.statusCode()).isEqualTo(302);
        try {
            JsonNode adjusted = get("/api/v1/tasks?county=130102&period=2026-11", "county130102");
            assertThat(adjusted.get("tasks").get(0).get("task").decimalValue()).isEqualByComparingTo("1.23");
            assertThat(adjusted.get("tasks").get(0).get("adjusted").asBoolean()).isTrue();
            assertThat(sum(adjusted)).isEqualByComparingTo(requirement);
            assertThat(jdbc.sql(
                                    "SELECT COUNT(*) FROM audit_log WHERE action = 'planning.task.adjust' AND entity_key = ?")
                            .param("2026-11/" + first)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            String page =
                    county.get("/planning/tasks?county=130102&period=2026-11").body();
            assertThat(page).contains("任务落实到企业").contains("相符").contains("重新分摊");

            // an adjustment above the whole requirement cannot be re-balanced: the page flags the difference
            String big = requirement.add(BigDecimal.TEN).toPlainString();
            county.postForm(
                    "/planning/tasks/adjust",
                    Map.of("county", "130102", "period", "2026-11", "creditCode", first, "task", big, "_csrf", token));
            JsonNode over = get("/api/v1/tasks?county=130102&period=2026-11", "county130102");
            assertThat(over.get("difference").decimalValue()).isEqualByComparingTo("10.00");
            assertThat(county.get("/planning/tasks?county=130102&period=2026-11")
                            .body())
                    .contains("不符");

            // another county, a leader and a month with data are refused
            WebSession other = new WebSession(port);
            other.login("county130103", PASSWORD);
            assertThat(other.postForm(
                                    "/planning/tasks/adjust",
                                    Map.of(
                                            "county", "130102",
                                            "period", "2026-11",
                                            "creditCode", first,
                                            "task", "5",
                                            "_csrf", other.csrfToken("/planning/warnings")))
                            .statusCode())
                    .isEqualTo(404);
        } finally {
            county.postForm(
                    "/planning/tasks/adjust",
                    Map.of("county", "130102", "period", "2026-11", "creditCode", first, "task", "", "_csrf", token));
        }
        assertThat(get("/api/v1/tasks?county=130102&period=2026-11", "county130102")
                        .get("tasks")
                        .get(0)
                        .get("adjusted")
                        .asBoolean())
                .isFalse();
    }

    /**
     * A county's target moves its own tasks (to the monthly plan of the new target) and no other county's; put back,
     * the tasks are what they were. The tasks are kept per rows, county, month, target and adjustments.
     */
    @Test
    void aTargetChangeMovesThatCountysTasksAndNoOtherCountys() {
        JsonNode before = get("/api/v1/tasks?county=130102&period=2026-11", "analyst");
        JsonNode other = get("/api/v1/tasks?county=130103&period=2026-11", "analyst");
        BigDecimal target = targets.growthTarget(Year.of(2026), "130102").orElseThrow();
        UserScope admin = new UserScope("admin", Role.CITY_ADMIN, "130100");
        targets.setTarget(new Target(2026, "130102", Target.VA_GROWTH, target.add(new BigDecimal("2.0"))), admin);
        try {
            JsonNode raised = get("/api/v1/tasks?county=130102&period=2026-11", "analyst");
            JsonNode plan = get("/api/v1/plan?region=130102&year=2026", "analyst");
            BigDecimal planned = new BigDecimal(
                            plan.get("months").get(10).get("comparable").asString())
                    .setScale(2, RoundingMode.HALF_UP);
            assertThat(raised.get("requirement").decimalValue())
                    .isEqualByComparingTo(planned)
                    .isGreaterThan(before.get("requirement").decimalValue());
            assertThat(sum(raised)).isEqualByComparingTo(planned);
            assertThat(get("/api/v1/tasks?county=130103&period=2026-11", "analyst"))
                    .isEqualTo(other);
        } finally {
            targets.setTarget(new Target(2026, "130102", Target.VA_GROWTH, target), admin);
        }
        assertThat(get("/api/v1/tasks?county=130102&period=2026-11", "analyst")).isEqualTo(before);
    }

    @Test
    void afterTheDataArriveEachEnterpriseIsAchievedOrNotAndTheCountyShortfallIsShown() {
        JsonNode tasks = get("/api/v1/tasks?county=130102&period=2026-10", "analyst");
        assertThat(tasks.get("data_arrived").asBoolean()).isTrue();
        assertThat(sum(tasks)).isEqualByComparingTo(tasks.get("requirement").decimalValue());
        BigDecimal expectedShortfall = tasks.get("requirement")
                .decimalValue()
                .subtract(tasks.get("actual").decimalValue())
                .max(BigDecimal.ZERO);
        assertThat(tasks.get("shortfall").decimalValue()).isEqualByComparingTo(expectedShortfall);
        for (JsonNode task : tasks.get("tasks")) {
            assertThat(task.get("achieved").asBoolean())
                    .isEqualTo(task.get("actual")
                                    .decimalValue()
                                    .compareTo(task.get("task").decimalValue())
                            >= 0);
        }
    }

    @Test
    void warningsAppearAndClearAsDataChange() {
        YearMonth november = YearMonth.of(2026, 11);
        GrowthSnapshot snapshot = monitor.snapshot(Year.of(2026)).orElseThrow();
        Set<String> inCounty = snapshot.enterprises().stream()
                .filter(e -> e.countyCode().equals("130102"))
                .map(GrowthSnapshot.EnterpriseRef::creditCode)
                .collect(Collectors.toSet());
        // November rows of the enterprises reporting in October, on last November's own output as the base
        Set<String> reporting = statData.monthly(YearMonth.of(2026, 10), YearMonth.of(2026, 10)).stream()
                .map(MonthlyRow::creditCode)
                .collect(Collectors.toSet());
        List<MonthlyRow> october = statData.monthly(YearMonth.of(2025, 11), YearMonth.of(2025, 11)).stream()
                .filter(r -> reporting.contains(r.creditCode()))
                .map(r -> new MonthlyRow(
                        r.period(), r.creditCode(), r.output(), r.output(), r.revenue(), r.electricity()))
                .toList();
        List<Ppi> ppi = statData.ppi(Year.of(2026), Year.of(2026)).stream()
                .filter(p -> p.period().equals(YearMonth.of(2026, 10)))
                .map(p -> new Ppi(november, p.divisionCode(), p.ppiYoy()))
                .toList();
        try {
            transaction.executeWithoutResult(s -> statData.storePpi(ppi));
            // November: county 130102 at 60% of last year, the others at +8%
            transaction.executeWithoutResult(
                    s -> statData.replaceMonthly(november, november, november(october, inCounty, "0.6")));
            JsonNode raised = get("/api/v1/warnings?period=2026-11", "county130102");
            assertThat(rules(raised)).contains("NEGATIVE_PULL", "TASK_SHORTFALL");
            // its county's warnings and the city's own (public, like the ranking), no other county's
            assertThat(regions(raised)).contains("130102").isSubsetOf("130102", "130100");
            assertThat(regions(get("/api/v1/warnings?period=2026-11", "analyst")))
                    .contains("130102");
            WebSession page = new WebSession(port);
            page.login("county130102", PASSWORD);
            String body = page.get("/planning/warnings").body();
            assertThat(body).contains("当月负拉动").contains("企业未完成任务").contains("class=\"warning-count-slot\"");
            assertThat(page.get("/planning/warnings/count").body())
                    .matches("<span class=\"warning-count\">\\d+</span>\\s*");

            transaction.executeWithoutResult(
                    s -> statData.replaceMonthly(november, november, november(october, inCounty, "3")));
            JsonNode cleared = get("/api/v1/warnings?period=2026-11", "county130102");
            assertThat(rules(cleared)).as(cleared.toString()).doesNotContain("NEGATIVE_PULL", "TASK_SHORTFALL");
        } finally {
            transaction.executeWithoutResult(s -> statData.replaceMonthly(november, november, List.of()));
        }
        assertThat(monitor.snapshot(Year.of(2026)).orElseThrow().result().lastMonth())
                .isEqualTo(10);
    }

    @Test
    void theTaskPagePicksAnyMonthOfTheYearAndExportsWhatItShows() throws Exception {
        WebSession page = new WebSession(port);
        page.login("analyst", PASSWORD);
        String html = page.get("/planning/tasks?county=130103&period=2026-12").body();
        assertThat(html)
                .contains("<option value=\"2026-12\" selected=\"selected\">2026年12月</option>")
                .contains("<option value=\"130103\" selected=\"selected\">")
                .contains("/planning/tasks.xlsx?county=130103&amp;period=2026-12");
        JsonNode tasks = get("/api/v1/tasks?county=130103&period=2026-12", "analyst");
        var download = page.getBytes("/planning/tasks.xlsx?county=130103&period=2026-12");
        assertThat(download.statusCode()).isEqualTo(200);
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(download.body()))) {
            var sheet = workbook.getSheetAt(0);
            // a title row, the header row, one row per enterprise; the task column adds up to the requirement
            int header = -1;
            for (var row : sheet) {
                if (row.getCell(0) != null && "企业".equals(row.getCell(0).getStringCellValue())) {
                    header = row.getRowNum();
                }
            }
            assertThat(header).isNotNegative();
            assertThat(sheet.getRow(header).getCell(3).getStringCellValue()).isEqualTo("增加值任务（万元）");
            assertThat(sheet.getLastRowNum() - header)
                    .isEqualTo(tasks.get("tasks").size());
            BigDecimal total = BigDecimal.ZERO;
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                total = total.add(BigDecimal.valueOf(sheet.getRow(r).getCell(3).getNumericCellValue()));
            }
            assertThat(total.setScale(2, RoundingMode.HALF_UP))
                    .isEqualByComparingTo(tasks.get("requirement").decimalValue());
        }
        // a county user has no county picker and cannot export another county
        WebSession county = new WebSession(port);
        county.login("county130102", PASSWORD);
        assertThat(county.get("/planning/tasks?period=2026-12").body()).doesNotContain("id=\"task-county\"");
        assertThat(county.getBytes("/planning/tasks.xlsx?county=130103&period=2026-12")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void warningsPageAndApiForTheLatestMonth() {
        assertThat(status("/api/v1/warnings", "county130102")).isEqualTo(200);
        WebSession session = new WebSession(port);
        session.login("analyst", PASSWORD);
        var response = session.get("/planning/warnings?lang=en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Warnings Oct 2026");
    }

    private static List<MonthlyRow> november(List<MonthlyRow> october, Set<String> county, String countyFactor) {
        YearMonth november = YearMonth.of(2026, 11);
        return october.stream()
                .map(r -> {
                    BigDecimal factor = new BigDecimal(county.contains(r.creditCode()) ? countyFactor : "1.08");
                    return new MonthlyRow(
                            november,
                            r.creditCode(),
                            r.outputLy().multiply(factor).setScale(2, RoundingMode.HALF_UP),
                            r.outputLy(),
                            r.revenue(),
                            r.electricity());
                })
                .toList();
    }

    private static BigDecimal sum(JsonNode tasks) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode task : tasks.get("tasks")) {
            sum = sum.add(task.get("task").decimalValue());
        }
        return sum;
    }

    private static List<String> rules(JsonNode warnings) {
        return stream(warnings).map(w -> w.get("rule").asString()).toList();
    }

    private static List<String> regions(JsonNode warnings) {
        return stream(warnings)
                .map(w -> w.get("region_code").asString())
                .distinct()
                .toList();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}
