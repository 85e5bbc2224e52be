package io.industrypulse.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.engine.EngineResult;
import io.industrypulse.engine.MonthFigures;
import io.industrypulse.engine.Published;
import io.industrypulse.engine.TargetStatus;
import io.industrypulse.support.WebSession;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The monitoring pages over real HTTP on the demo city: the ranking table's figures equal the engine's, the Excel
 * export reads back with the same figures, the overview shows the city's figures, a county user is limited to its own
 * county's detail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonitorPagesTest {

    private static final Pattern ROW = Pattern.compile("<tr data-code=\"(\\d{6})\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"([^\"]*)\"[^>]*>(.*?)</td>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    MonitorService monitor;

    private WebSession login(String user) {
        WebSession session = new WebSession(port);
        assertThat(session.login(user, user.equals("admin") ? "Pulse-Admin-2026" : "Demo-City-2026"))
                .doesNotContain("error");
        return session;
    }

    /** The ranking table parsed: county code to (cell name to displayed text). */
    static Map<String, Map<String, String>> table(String html) {
        Map<String, Map<String, String>> rows = new java.util.LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Map<String, String> cells = new HashMap<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                String[] classes = cell.group(1).trim().split("\\s+");
                String name = classes[0].equals("num") || classes[0].equals("mark") ? classes[1] : classes[0];
                cells.put(name, cell.group(2).replaceAll("<[^>]+>", "").trim());
            }
            rows.put(row.group(1), cells);
        }
        return rows;
    }

    static String oneDecimal(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f", Published.round(value.getAsDouble())) : "—";
    }

    static String mark(boolean value) {
        return value ? "✓" : "✗";
    }

    @Test
    void rankingPageShowsTheEngineFiguresOfEveryCounty() {
        GrowthSnapshot snapshot = monitor.snapshot().orElseThrow();
        EngineResult result = snapshot.result();
        int month = result.lastMonth();
        var response = login("analyst").get("/monitor/ranking?period=2026-" + String.format("%02d", month));
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html).contains("县区规上工业增加值增速大排队").contains("2026年1-" + month + "月");
        Map<String, Map<String, String>> table = table(html);
        List<String> counties = snapshot.labels().countyCodes();
        assertThat(table.keySet()).containsExactlyInAnyOrderElementsOf(counties);
        int previousRank = 0;
        for (var entry : table.entrySet()) {
            int k = counties.indexOf(entry.getKey());
            Map<String, String> cells = entry.getValue();
            MonthFigures f = result.county(k).month(month);
            assertThat(cells.get("county")).isEqualTo(snapshot.names().get(entry.getKey()));
            int rank = f.rank().orElseThrow();
            assertThat(cells.get("rank")).isEqualTo(String.valueOf(rank));
            assertThat(rank).as("rows in rank order").isGreaterThanOrEqualTo(previousRank);
            previousRank = rank;
            int change = f.rankChange().orElseThrow();
            assertThat(cells.get("rank-change"))
                    .isEqualTo(change > 0 ? "↑" + change : change < 0 ? "↓" + -change : "0");
            assertThat(cells.get("cum")).isEqualTo(oneDecimal(f.cumGrowth()));
            // 比上期: published 1-M minus published 1-(M-1), one decimal, signed
            double sincePrevious = Published.round(Published.round(f.cumGrowth().getAsDouble())
                    - Published.round(
                            result.county(k).month(month - 1).cumGrowth().getAsDouble()));
            assertThat(cells.get("cum-change"))
                    .isEqualTo((sincePrevious > 0 ? "+" : "")
                            + String.format(Locale.ROOT, "%.1f", sincePrevious).replace("-0.0", "0.0"));
            assertThat(cells.get("month")).isEqualTo(oneDecimal(f.monthGrowth()));
            assertThat(cells.get("pull")).isEqualTo(oneDecimal(f.pullCum()));
            assertThat(cells.get("contribution")).isEqualTo(oneDecimal(f.contributionCum()));
            TargetStatus status = f.targetStatus().orElseThrow();
            assertThat(cells.get("target")).isEqualTo(String.format(Locale.ROOT, "%.1f", status.target()));
            assertThat(cells.get("gap"))
                    .isEqualTo(String.format(
                            Locale.ROOT,
                            "%.1f",
                            Published.round(Published.round(f.cumGrowth().getAsDouble()) - status.target())));
            // a county over its target: the figure and what it means
            String required = oneDecimal(status.requiredRestGrowth());
            assertThat(cells.get("required")).isEqualTo(required + (required.startsWith("-") ? "已超目标" : ""));
            assertThat(cells.get("class"))
                    .isEqualTo(
                            switch (status.classification().orElseThrow()) {
                                case ON_TRACK -> "达到目标";
                                case BELOW_TARGET -> "正增长未达目标";
                                case NEGATIVE -> "负增长";
                            });
            var two = status.twoNotBelow().orElseThrow();
            assertThat(cells.get("nb-target")).isEqualTo(mark(two.notBelowTarget()));
            assertThat(cells.get("nb-province")).isEqualTo(mark(two.notBelowProvince()));
            assertThat(cells.get("nb-city")).isEqualTo(mark(two.notBelowCity()));
        }
        // the meeting's sentence: the counties by class, from the published growth against each target, in rank order
        List<List<String>> classes =
                List.of(new java.util.ArrayList<>(), new java.util.ArrayList<>(), new java.util.ArrayList<>());
        for (var entry : table.entrySet()) {
            int k = counties.indexOf(entry.getKey());
            MonthFigures f = result.county(k).month(month);
            double published = Published.round(f.cumGrowth().getAsDouble());
            double target = f.targetStatus().orElseThrow().target();
            classes.get(published >= target ? 0 : published >= 0 ? 1 : 2)
                    .add(snapshot.names().get(entry.getKey()));
        }
        StringBuilder sentence = new StringBuilder("1-" + month + "月，");
        sentence.append(
                classes.get(0).isEmpty()
                        ? "没有县（市、区）累计增速达到其人代会目标"
                        : classes.get(0).size() + "个县（市、区）累计增速高于或达到其人代会目标（" + String.join("、", classes.get(0)) + "）");
        sentence.append(
                classes.get(1).isEmpty()
                        ? "；没有正增长但低于目标的县"
                        : "；" + classes.get(1).size() + "个县累计增速虽为正增长，但低于本级人代会目标（" + String.join("、", classes.get(1))
                                + "）");
        sentence.append(
                classes.get(2).isEmpty()
                        ? "；没有县累计增速为负增长"
                        : "；其余" + classes.get(2).size() + "个县累计增速为负增长（" + String.join("、", classes.get(2)) + "）");
        sentence.append("。");
        assertThat(html).contains("<p id=\"classes\">" + sentence + "</p>");
    }

    @Test
    void rankingExportReadsBackWithTheSameFigures() throws Exception {
        GrowthSnapshot snapshot = monitor.snapshot().orElseThrow();
        int month = snapshot.result().lastMonth();
        String period = "2026-" + String.format("%02d", month);
        HttpResponse<byte[]> response = login("leader").getBytes("/monitor/ranking.xlsx?period=" + period);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment")
                .contains(".xlsx");
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .contains("示例市")
                    .contains("大排队")
                    .contains("2026年1-" + month + "月");
            Row header = sheet.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("位次");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("县区");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("累计增速（%）");
            assertThat(header.getCell(14).getStringCellValue()).isEqualTo("比1-" + (month - 1) + "月（百分点）");
            List<String> counties = snapshot.labels().countyCodes();
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + counties.size());
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String name = row.getCell(2).getStringCellValue();
                int k = -1;
                for (int i = 0; i < counties.size(); i++) {
                    if (snapshot.names().get(counties.get(i)).equals(name)) {
                        k = i;
                    }
                }
                assertThat(k).as(name).isNotNegative();
                MonthFigures f = snapshot.result().county(k).month(month);
                assertThat((int) row.getCell(0).getNumericCellValue())
                        .isEqualTo(f.rank().orElseThrow());
                Cell cum = row.getCell(3);
                assertThat(cum.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(cum.getNumericCellValue())
                        .isEqualTo(Published.round(f.cumGrowth().getAsDouble()));
                assertThat(cum.getCellStyle().getDataFormatString()).isEqualTo("0.0");
                assertThat(row.getCell(14).getNumericCellValue())
                        .isEqualTo(Published.round(Published.round(f.cumGrowth().getAsDouble())
                                - Published.round(snapshot.result()
                                        .county(k)
                                        .month(month - 1)
                                        .cumGrowth()
                                        .getAsDouble())));
                assertThat(row.getCell(11).getNumericCellValue())
                        .isEqualTo(Published.round(f.pullCum().getAsDouble()));
                assertThat(row.getCell(13).getNumericCellValue())
                        .isEqualTo(Published.round(f.targetStatus()
                                .orElseThrow()
                                .requiredRestGrowth()
                                .getAsDouble()));
                assertThat(row.getCell(7).getStringCellValue()).isIn("✓", "✗");
            }
        }
    }

    @Test
    void rankingIsInEnglishWhenAsked() {
        WebSession session = login("leader");
        String html = session.get("/monitor/ranking?lang=en").body();
        assertThat(html)
                .contains("County ranking of industrial value-added growth")
                .contains("Jan-");
    }

    @Test
    void januaryAloneIsNotPublished() {
        WebSession session = login("analyst");
        assertThat(session.get("/monitor/ranking?period=2026-01").statusCode()).isEqualTo(404);
        assertThat(session.get("/monitor/ranking?period=2026-02").statusCode()).isEqualTo(200);
        assertThat(session.get("/monitor/ranking?period=2099-05").statusCode()).isEqualTo(404);
        assertThat(session.get("/monitor/ranking?period=junk").statusCode()).isEqualTo(400);
    }

    @Test
    void theMonthColumnOfJanuaryToFebruaryShowsBothMonthsTogether() {
        EngineResult result = monitor.snapshot().orElseThrow().result();
        List<String> counties = monitor.snapshot().orElseThrow().labels().countyCodes();
        Map<String, Map<String, String>> table =
                table(login("analyst").get("/monitor/ranking?period=2026-02").body());
        assertThat(table).isNotEmpty();
        table.forEach((code, cells) -> {
            MonthFigures february = result.county(counties.indexOf(code)).month(2);
            // 1-2月: the month column is January and February together, not February alone
            assertThat(cells.get("month")).isEqualTo(oneDecimal(february.cumGrowth()));
            assertThat(cells.get("month")).isEqualTo(cells.get("cum"));
        });
    }

    @Test
    void overviewTargetPathStartsAtTheActualCumulativeAndReachesTheTargetInDecember() {
        GrowthSnapshot snapshot = monitor.snapshot().orElseThrow();
        int month = snapshot.result().lastMonth();
        MonthFigures city = snapshot.result().city().month(month);
        double target = city.targetStatus().orElseThrow().target();
        String html = login("analyst").get("/").body();
        // the chart's attributes: the target path is the series styled "target"
        Matcher m = Pattern.compile("data-s(\\d)-style=\"target\" data-s\\1=\"\\[([^\\]]*)\\]\"")
                .matcher(html);
        assertThat(m.find()).isTrue();
        String[] path = m.group(2).split(",");
        // months 2..12: nothing before M, the actual cumulative at M, the plan after it, the target in December
        assertThat(path).hasSize(11);
        for (int k = 0; k < month - 2; k++) {
            assertThat(path[k].trim()).isEqualTo("null");
        }
        assertThat(Double.parseDouble(path[month - 2]))
                .isEqualTo(Published.round(city.cumGrowth().getAsDouble()));
        assertThat(Double.parseDouble(path[10])).isEqualTo(target);
        double required = city.targetStatus().orElseThrow().requiredRestGrowth().getAsDouble();
        double next = Double.parseDouble(path[month - 1]);
        // the remaining months grow at the required growth: the path moves from the actual towards it
        assertThat(Math.signum(next - Double.parseDouble(path[month - 2])))
                .isEqualTo(Math.signum(required - city.cumGrowth().getAsDouble()));
    }

    @Test
    void countyUserSeesTheWholeRankingButLinksOnlyItsOwnCounty() {
        String html = login("county130102").get("/monitor/ranking").body();
        Map<String, Map<String, String>> table = table(html);
        assertThat(table)
                .hasSize(monitor.snapshot().orElseThrow().labels().countyCodes().size());
        assertThat(html).contains("/monitor/counties/130102").doesNotContain("/monitor/counties/130103");
    }

    /**
     * A month outside the data's years and next year, or not a month at all, is refused with a 400 naming the field
     * and the valid range, on pages and the API alike; nothing shows a deadline in the year 10000.
     */
    @Test
    void periodsOutsideTheValidRangeAreRefused() {
        WebSession session = login("analyst");
        int nextYear = java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue() + 1;
        String range = "2025-01 至 " + nextYear + "-12";
        for (String period : List.of("9999-12", "-2026-10", "2026-13", "2024-12", "26-10")) {
            var page = session.get("/reporting?period=" + period);
            assertThat(page.statusCode()).as(period).isEqualTo(400);
            assertThat(page.body()).as(period).contains("月份：应为 " + range).doesNotContain("+10000");
            var api = session.get("/api/v1/warnings?period=" + period, Map.of("Accept", "application/json"));
            assertThat(api.statusCode()).as(period).isEqualTo(400);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(api.body()).contains("\"field\":\"period\"").contains("月份：应为 " + range);
        }
        assertThat(session.get("/reporting?period=" + nextYear + "-12").statusCode())
                .isEqualTo(200);
    }

    /** An unknown county, rule or page number is a 400 naming the field, never an empty list that looks like data. */
    @Test
    void unknownFilterValuesAreRefused() {
        WebSession session = login("analyst");
        var county = session.get("/enterprises?county=139999");
        assertThat(county.statusCode()).isEqualTo(400);
        assertThat(county.body()).contains("县（市、区）：未知的代码 “139999”");
        var api = session.get("/api/v1/enterprises?page=-1", Map.of("Accept", "application/json"));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("页码：应为不小于 1 的整数");
        var rule = session.get("/review?period=2026-10&rule=S9");
        assertThat(rule.statusCode()).isEqualTo(400);
        assertThat(rule.body()).contains("规则：应为 S1、S2、S3、S5、S6 之一");
        var production = session.get("/api/v1/production-status?county=139999", Map.of("Accept", "application/json"));
        assertThat(production.statusCode()).isEqualTo(400);
        assertThat(production.body()).contains("未知的代码");
        var audit = login("admin").get("/admin/audit?page=0");
        assertThat(audit.statusCode()).isEqualTo(400);
        assertThat(audit.body()).contains("页码：应为不小于 1 的整数");
    }

    /** "高于全省0.7个百分点" on one-decimal figures, by hand. */
    private static String compared(double value, double reference, String name) {
        long tenths = Math.round(value * 10) - Math.round(reference * 10);
        return tenths == 0
                ? "与" + name + "持平"
                : (tenths > 0 ? "高于" : "低于") + name + (Math.abs(tenths) / 10) + "." + (Math.abs(tenths) % 10) + "个百分点";
    }

    @Test
    void overviewShowsTheCityFigures() {
        GrowthSnapshot snapshot = monitor.snapshot().orElseThrow();
        int month = snapshot.result().lastMonth();
        MonthFigures city = snapshot.result().city().month(month);
        String html = login("county130102").get("/").body();
        double cum = Published.round(city.cumGrowth().getAsDouble());
        String words = cum >= 0
                ? "增长" + String.format(Locale.ROOT, "%.1f", cum) + "%"
                : "下降" + String.format(Locale.ROOT, "%.1f", -cum) + "%";
        assertThat(html)
                .contains("全市工业经济运行总览")
                .contains(words)
                .contains(oneDecimal(city.targetStatus().orElseThrow().requiredRestGrowth()) + "%")
                .contains("id=\"trend\"");
        // the headline as the analysis report opens, on the published figures
        double target = city.targetStatus().orElseThrow().target();
        double province = Published.round(snapshot.labels()
                .engineInput()
                .benchmarks()
                .provinceCum()
                .get(month - 1)
                .getAsDouble());
        double monthRate = Published.round(city.monthGrowth().getAsDouble());
        String headline = "1-" + month + "月，全市规上工业增加值同比" + words + "，"
                + compared(cum, target, "年度目标") + "，" + compared(cum, province, "全省") + "；其中" + month + "月当月"
                + (monthRate >= 0
                        ? "增长" + String.format(Locale.ROOT, "%.1f", monthRate) + "%"
                        : "下降" + String.format(Locale.ROOT, "%.1f", -monthRate) + "%")
                + "。";
        assertThat(html).contains("<p id=\"headline\">" + headline + "</p>");
        // the three classes name exactly the counties the engine put in each
        List<String> counties = snapshot.labels().countyCodes();
        for (var c : io.industrypulse.engine.Classification.values()) {
            List<String> expected = new java.util.ArrayList<>();
            for (int k = 0; k < counties.size(); k++) {
                var status = snapshot.result().county(k).month(month).targetStatus();
                if (status.flatMap(TargetStatus::classification).orElse(null) == c) {
                    expected.add(snapshot.names().get(counties.get(k)));
                }
            }
            Matcher dd = Pattern.compile("<dd data-class=\"" + c.code() + "\">(.*?)</dd>", Pattern.DOTALL)
                    .matcher(html);
            assertThat(dd.find()).as(c.code()).isTrue();
            List<String> shown = Pattern.compile("<(?:span|a) class=\"county-chip\"[^>]*>([^<]+)</(?:span|a)>")
                    .matcher(dd.group(1))
                    .results()
                    .map(m -> m.group(1))
                    .toList();
            assertThat(shown).as(c.code()).containsExactlyInAnyOrderElementsOf(expected);
            // the county user's own county links to its page; the others are names only (their pages are refused)
            List<String> linked = Pattern.compile(
                            "<a class=\"county-chip\" href=\"/monitor/counties/(\\d{6})\\?[^\"]*\">")
                    .matcher(dd.group(1))
                    .results()
                    .map(m -> m.group(1))
                    .toList();
            assertThat(linked).as(c.code()).isSubsetOf(List.of("130102"));
            assertThat(linked.contains("130102"))
                    .isEqualTo(expected.contains(snapshot.names().get("130102")));
        }
        // 县县有提升: the counties whose published cumulative growth rose since 1-(M-1), counted and the others named
        int improved = 0;
        List<String> notImproved = new java.util.ArrayList<>();
        for (int k = 0; k < counties.size(); k++) {
            double now = Published.round(
                    snapshot.result().county(k).month(month).cumGrowth().getAsDouble());
            double before = Published.round(
                    snapshot.result().county(k).month(month - 1).cumGrowth().getAsDouble());
            if (Published.round(now - before) > 0) {
                improved++;
            } else {
                notImproved.add(snapshot.names().get(counties.get(k)));
            }
        }
        assertThat(html).contains("累计增速比1-" + (month - 1) + "月提高的县区 " + improved + " 个");
        List<String> shownNotImproved = Pattern.compile("<span class=\"county-chip not-improved\">([^<]+)</span>")
                .matcher(html)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(shownNotImproved).containsExactlyInAnyOrderElementsOf(notImproved);
        // the divisions that pull most: each pull with two decimals, half-up from the engine's exact value
        Matcher up =
                Pattern.compile("id=\"pulls-up\">(.*?)</table>", Pattern.DOTALL).matcher(html);
        assertThat(up.find()).isTrue();
        Matcher rows = Pattern.compile(
                        "/monitor/divisions/(\\d{2})\\?[^\"]*\">[^<]*</a></td>.*?<td class=\"num pull\">([^<]+)</td>",
                        Pattern.DOTALL)
                .matcher(up.group(1));
        int seen = 0;
        while (rows.find()) {
            int d = snapshot.labels().divisionCodes().indexOf(rows.group(1));
            double pull = snapshot.result().division(d).month(month).pullCum().getAsDouble();
            assertThat(rows.group(2))
                    .as("pull of division " + rows.group(1))
                    .isEqualTo(new java.math.BigDecimal(Double.toString(pull))
                            .setScale(2, java.math.RoundingMode.HALF_UP)
                            .toPlainString());
            seen++;
        }
        assertThat(seen).isPositive();
    }

    @Test
    void countyPageShowsItsEngineFiguresAndAnswersTheWhatIf() {
        GrowthSnapshot snapshot = monitor.snapshot().orElseThrow();
        int month = snapshot.result().lastMonth();
        int k = snapshot.labels().countyCodes().indexOf("130102");
        MonthFigures f = snapshot.result().county(k).month(month);
        WebSession session = login("county130102");
        var response = session.get("/monitor/counties/130102");
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html).contains("长安区").contains("县区点对点分析").contains("id=\"trend\"");
        TargetStatus status = f.targetStatus().orElseThrow();
        assertThat(html).contains("<span id=\"required\">" + oneDecimal(status.requiredRestGrowth()) + "%</span>");
        // each division row shows the engine's county x division pull
        List<String> divisions = snapshot.labels().divisionCodes();
        Pattern divisionRow = Pattern.compile(
                "<tr data-code=\"(\\d{2})\">.*?<td class=\"num pull\" data-value=\"[^\"]*\">([^<]*)</td>",
                Pattern.DOTALL);
        Matcher m = divisionRow.matcher(html.substring(html.indexOf("id=\"divisions\"")));
        int rows = 0;
        while (m.find() && rows < 100) {
            int d = divisions.indexOf(m.group(1));
            assertThat(m.group(2))
                    .isEqualTo(oneDecimal(snapshot.result()
                            .countyDivision(k, d)
                            .orElseThrow()
                            .month(month)
                            .pullCum()));
            rows++;
        }
        assertThat(rows).isPositive();
        // the what-if at the county's own target gives the engine's required growth
        String target = String.format(Locale.ROOT, "%.1f", status.target());
        String box =
                session.get("/monitor/counties/130102/what-if?target=" + target).body();
        assertThat(box)
                .contains("id=\"what-if\"")
                .contains("全年增长 " + target + "%，剩余月份需增长 " + oneDecimal(status.requiredRestGrowth()) + "%");
        assertThat(box).doesNotContain("<html");
    }

    @Test
    void countyUserGetsNotFoundForAnotherCounty() {
        WebSession session = login("county130102");
        var other = session.get("/monitor/counties/130103");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("页面不存在").doesNotContain("桥西区 县区点对点分析");
        assertThat(session.get("/monitor/counties/130103/what-if?target=6").statusCode())
                .isEqualTo(404);
        assertThat(login("leader").get("/monitor/counties/130103").statusCode()).isEqualTo(200);
        assertThat(login("analyst").get("/monitor/counties/999999").statusCode())
                .isEqualTo(404);
    }

    @Test
    void comparisonShowsEveryCountysIndicatorAndKeepsTheScope() {
        GrowthSnapshot snapshot = monitor.snapshot().orElseThrow();
        WebSession session = login("county130102");
        String html =
                session.get("/monitor/compare?period=2026-06&indicator=pull").body();
        assertThat(html).contains("横向对比：各县区拉动（百分点）（2026年1-6月）").contains("长安区今年与去年逐月增速");
        Matcher values = Pattern.compile("id=\"horizontal\"[^>]*data-values=\"\\[([^\\]]*)\\]\"")
                .matcher(html);
        assertThat(values.find()).isTrue();
        List<Double> shown = java.util.Arrays.stream(values.group(1).split(","))
                .map(String::trim)
                .map(Double::valueOf)
                .sorted()
                .toList();
        List<Double> expected = new java.util.ArrayList<>();
        for (int k = 0; k < snapshot.labels().countyCodes().size(); k++) {
            expected.add(Published.round(
                    snapshot.result().county(k).month(6).pullCum().getAsDouble()));
        }
        assertThat(shown).isEqualTo(expected.stream().sorted().toList());
        assertThat(session.get("/monitor/compare?region=130100").statusCode()).isEqualTo(200);
        assertThat(session.get("/monitor/compare?region=130103").statusCode()).isEqualTo(404);
        assertThat(session.get("/monitor/compare?indicator=junk").statusCode()).isEqualTo(400);
        assertThat(session.get("/monitor/compare?period=2026-01").statusCode()).isEqualTo(404);
    }

    @Test
    void divisionAndChainPagesShowTheEngineFiguresAndOnlyTheUsersCounties() {
        GrowthSnapshot snapshot = monitor.snapshot().orElseThrow();
        int month = snapshot.result().lastMonth();
        int own = snapshot.labels().countyCodes().indexOf("130102");
        int d = 0;
        while (snapshot.result().countyDivision(own, d).isEmpty()) {
            d++;
        }
        String division = snapshot.labels().divisionCodes().get(d);
        MonthFigures f = snapshot.result().division(d).month(month);
        String html =
                login("county130102").get("/monitor/divisions/" + division).body();
        assertThat(html).contains("行业分析");
        assertThat(html).contains("<div class=\"kpi-value\">" + oneDecimal(f.pullCum()) + "</div>");
        List<String> partCodes = new java.util.ArrayList<>();
        Matcher part = Pattern.compile("<tr data-code=\"(\\d{6})\">").matcher(html);
        while (part.find()) {
            partCodes.add(part.group(1));
        }
        assertThat(partCodes).containsOnly("130102");
        String all = login("analyst").get("/monitor/divisions/" + division).body();
        assertThat(Pattern.compile("<tr data-code=\"\\d{6}\">")
                        .matcher(all)
                        .results()
                        .count())
                .isGreaterThan(1);
        int key = snapshot.labels().tagNames().indexOf("key");
        String chain = login("leader").get("/monitor/chains/key").body();
        assertThat(chain)
                .contains("产业链分析")
                .contains("<div class=\"kpi-value\">"
                        + oneDecimal(snapshot.result().tag(key).month(month).pullCum()) + "</div>");
        assertThat(login("leader").get("/monitor/divisions/99").statusCode()).isEqualTo(404);
        assertThat(login("leader").get("/monitor/chains/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void enterprisePageIsLimitedToTheUsersCounty() {
        GrowthSnapshot snapshot = monitor.snapshot().orElseThrow();
        String own = snapshot.enterprises().stream()
                .filter(e -> e.countyCode().equals("130102"))
                .findFirst()
                .orElseThrow()
                .creditCode();
        String other = snapshot.enterprises().stream()
                .filter(e -> e.countyCode().equals("130103"))
                .findFirst()
                .orElseThrow()
                .creditCode();
        WebSession session = login("county130102");
        var page = session.get("/monitor/enterprises/" + own);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("企业运行分析").contains("id=\"series\"").contains("用电量");
        var hidden = session.get("/monitor/enterprises/" + other);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).contains("页面不存在").doesNotContain(other);
        assertThat(login("analyst").get("/monitor/enterprises/" + other).statusCode())
                .isEqualTo(200);
    }
}
