package io.industrypulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.engine.EngineResult;
import io.industrypulse.engine.MonthFigures;
import io.industrypulse.engine.TargetStatus;
import io.industrypulse.monitor.GrowthSnapshot;
import io.industrypulse.monitor.MonitorService;
import io.industrypulse.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monthly analysis report and the meeting brief over real HTTP on the demo city: written, archived and downloaded
 * as .docx and .pdf, read back with POI and PDFBox, and every figure compared with the engine's snapshot, formatted
 * here by hand (half-up to one decimal, the official words); the PDF's pages rendered by pdftoppm with every
 * character drawn from an embedded Chinese font.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=report")
abstract class ReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    MonitorService monitor;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    GrowthSnapshot snapshot;
    int month;
    String period;

    @BeforeEach
    void latest() {
        snapshot = monitor.snapshot().orElseThrow();
        month = snapshot.result().lastMonth();
        period = snapshot.result().year() + "-" + String.format("%02d", month);
    }

    WebSession session(String user) {
        WebSession session = new WebSession(port);
        assertThat(session.login(user, "Demo-City-2026")).doesNotContain("error");
        return session;
    }

    @Autowired
    ReportService reports;

    @Autowired
    ReportArchive archive;

    /**
     * The scheduled refresh: a document written before the data changed is composed again from the current figures;
     * when it reads differently a new version is kept (by the system, at the current data version), when it reads the
     * same no version is added and it is not composed again until the data change again. The latest month's city
     * documents exist after it.
     */
    @Test
    void theRefreshRewritesADocumentOlderThanTheDataAndWritesTheMissingOnes() {
        io.industrypulse.account.UserScope county =
                new io.industrypulse.account.UserScope("county", io.industrypulse.account.Role.COUNTY_USER, "130102");
        java.time.YearMonth month = java.time.YearMonth.parse(period);
        ArchivedReport written = reports.generate(ReportKind.BRIEF, month, county);

        // written before a change that does not alter it: checked, not copied
        jdbc.sql("UPDATE report_archive SET data_version = 0 WHERE id = :id")
                .param("id", written.id())
                .update();
        reports.refresh();
        assertThat(newestBrief(month, county).id()).isEqualTo(written.id());
        assertThat(archive.olderThan(written.dataVersion()))
                .as("found current: not composed again at the next refresh")
                .noneMatch(r -> r.id() == written.id());

        // written before a change that alters it: a new version
        jdbc.sql("UPDATE report_archive SET data_version = 0, checked_version = NULL, content_hash = 'before' "
                        + "WHERE id = :id")
                .param("id", written.id())
                .update();
        reports.refresh();
        ArchivedReport newest = newestBrief(month, county);
        assertThat(newest.version()).isEqualTo(written.version() + 1);
        assertThat(newest.generatedBy()).isEqualTo("system");
        assertThat(newest.dataVersion()).isGreaterThanOrEqualTo(written.dataVersion());

        io.industrypulse.account.UserScope analyst = new io.industrypulse.account.UserScope(
                "analyst",
                io.industrypulse.account.Role.CITY_ANALYST,
                snapshot.labels().cityCode());
        assertThat(reports.archive(month, analyst).stream()
                        .filter(r -> r.regionCode().equals(snapshot.labels().cityCode()))
                        .map(ArchivedReport::kind)
                        .distinct())
                .as("the latest month's city documents")
                .containsExactlyInAnyOrder(ReportKind.ANALYSIS, ReportKind.BRIEF);
    }

    private ArchivedReport newestBrief(java.time.YearMonth month, io.industrypulse.account.UserScope scope) {
        return reports.archive(month, scope).stream()
                .filter(r -> r.kind() == ReportKind.BRIEF)
                .max(java.util.Comparator.comparingInt(ArchivedReport::version))
                .orElseThrow();
    }

    /** Writes the document through the page's button and returns its archive entry (from the API). */
    JsonNode generate(WebSession session, String kind) throws IOException {
        HttpResponse<String> answer = session.postForm(
                "/reports", Map.of("kind", kind, "period", period, "_csrf", session.csrfToken("/reports")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        JsonNode list =
                JSON.readTree(session.get("/api/v1/reports?period=" + period, Map.of("Accept", "application/json"))
                        .body());
        for (JsonNode entry : list) {
            if (entry.get("kind").asString().equals(kind)
                    && WebSession.location(answer)
                            .endsWith("generated=" + entry.get("id").asLong())) {
                return entry;
            }
        }
        throw new AssertionError("the generated document is not in the archive: " + list);
    }

    byte[] download(WebSession session, long id, String format) {
        HttpResponse<byte[]> file = session.getBytes("/reports/" + id + "/" + format);
        assertThat(file.statusCode()).as(format).isEqualTo(200);
        return file.body();
    }

    static String one(double value) {
        return new BigDecimal(Double.toString(value))
                .setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    static double published(double value) {
        return new BigDecimal(Double.toString(value))
                .setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** "增长5.6%" / "下降1.2%" / "持平" of a published value. */
    static String growth(double value) {
        double p = published(value);
        return p == 0 ? "持平" : p > 0 ? "增长" + one(value) : "下降" + one(-value);
    }

    static String against(double value, double reference, String name) {
        BigDecimal d = BigDecimal.valueOf(published(value)).subtract(BigDecimal.valueOf(published(reference)));
        if (d.signum() == 0) {
            return "与" + name + "持平";
        }
        return (d.signum() > 0 ? "高于" : "低于") + name
                + d.abs().setScale(1, RoundingMode.HALF_UP).toPlainString() + "个百分点";
    }

    /** The counties by published cumulative growth, descending, then by code: the ranking's order. */
    List<Integer> rankingOrder() {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < snapshot.labels().countyCodes().size(); k++) {
            order.add(k);
        }
        EngineResult r = snapshot.result();
        order.sort(Comparator.comparingDouble((Integer k) ->
                        -published(r.county(k).month(month).cumGrowth().getAsDouble()))
                .thenComparing(k -> snapshot.labels().countyCodes().get(k)));
        return order;
    }

    String countyName(int k) {
        return snapshot.names().get(snapshot.labels().countyCodes().get(k));
    }

    /** The three-class sentence the leader reads out, built from the snapshot's published figures. */
    String classesSentence() {
        List<String> onTrack = new ArrayList<>();
        List<String> below = new ArrayList<>();
        List<String> negative = new ArrayList<>();
        for (int k : rankingOrder()) {
            MonthFigures f = snapshot.result().county(k).month(month);
            double g = published(f.cumGrowth().getAsDouble());
            double t = f.targetStatus().orElseThrow().target();
            (g < 0 ? negative : g >= t ? onTrack : below).add(countyName(k));
        }
        return (onTrack.isEmpty()
                        ? "没有县（市、区）累计增速达到其人代会目标"
                        : onTrack.size() + "个县（市、区）累计增速高于或达到其人代会目标（" + String.join("、", onTrack) + "）")
                + "；"
                + (below.isEmpty()
                        ? "没有正增长但低于目标的县"
                        : below.size() + "个县累计增速虽为正增长，但低于本级人代会目标（" + String.join("、", below) + "）")
                + "；"
                + (negative.isEmpty()
                        ? "没有县累计增速为负增长"
                        : "其余" + negative.size() + "个县累计增速为负增长（" + String.join("、", negative) + "）")
                + "。";
    }

    static String text(XWPFDocument doc) {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph p : doc.getParagraphs()) {
            text.append(p.getText()).append('\n');
        }
        return text.toString();
    }

    static XWPFTable table(XWPFDocument doc, String firstHeader) {
        return doc.getTables().stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals(firstHeader))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table headed " + firstHeader));
    }

    @Test
    void theAnalysisReportSaysTheEngineFiguresInWordAndPdf() throws Exception {
        WebSession analyst = session("analyst");
        JsonNode entry = generate(analyst, "analysis");
        assertThat(entry.get("has_pdf").asBoolean()).isTrue();
        long id = entry.get("id").asLong();
        EngineResult r = snapshot.result();
        MonthFigures city = r.city().month(month);
        TargetStatus status = city.targetStatus().orElseThrow();
        double province = snapshot.labels()
                .engineInput()
                .benchmarks()
                .provinceCum()
                .get(month - 1)
                .getAsDouble();
        String headline = "1-" + month + "月，全市规上工业增加值同比"
                + growth(city.cumGrowth().getAsDouble()) + "%"
                + "，" + against(city.cumGrowth().getAsDouble(), status.target(), "年度目标")
                + "，" + against(city.cumGrowth().getAsDouble(), province, "全省")
                + "；其中" + month + "月当月" + growth(city.publishedMonthGrowth().getAsDouble()) + "%。";

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(analyst, id, "docx")))) {
            String text = text(doc);
            assertThat(text)
                    .contains(snapshot.result().year() + "年" + month + "月份全市工业经济运行情况分析")
                    .contains("一、总体情况", "二、分县区情况", "三、分行业和重点企业情况", "四、需关注的问题", "五、下步工作建议")
                    .contains(headline.replace("增长持平%", "持平"))
                    .contains(classesSentence())
                    .contains("附件：数据溯源表");
            assertThat(doc.getCharts())
                    .as("the trend chart is a native Word chart")
                    .hasSize(1);

            XWPFTable ranking = table(doc, "排名");
            List<Integer> order = rankingOrder();
            assertThat(ranking.getRows()).hasSize(order.size() + 1);
            for (int i = 0; i < order.size(); i++) {
                int k = order.get(i);
                MonthFigures f = r.county(k).month(month);
                XWPFTableRow row = ranking.getRow(i + 1);
                assertThat(row.getCell(0).getText())
                        .isEqualTo(String.valueOf(f.rank().getAsInt()));
                assertThat(row.getCell(1).getText()).isEqualTo(countyName(k));
                assertThat(row.getCell(2).getText()).isEqualTo(one(f.cumGrowth().getAsDouble()));
                assertThat(row.getCell(4).getText())
                        .isEqualTo(one(f.monthGrowth().getAsDouble()));
                double t = f.targetStatus().orElseThrow().target();
                assertThat(row.getCell(5).getText()).isEqualTo(one(t));
                assertThat(row.getCell(6).getText())
                        .isEqualTo(
                                one(BigDecimal.valueOf(published(f.cumGrowth().getAsDouble()))
                                        .subtract(BigDecimal.valueOf(t))
                                        .doubleValue()));
            }
            // 五、下步工作建议: each county's required growth of the remaining months, as the engine says it
            for (int k = 0; k < snapshot.labels().countyCodes().size(); k++) {
                TargetStatus s = r.county(k).month(month).targetStatus().orElseThrow();
                double required = s.requiredRestGrowth().getAsDouble();
                String shown = published(required) < 0 ? "已超目标；余月增速不低于" + one(required) + "%即可完成" : one(required) + "%";
                assertThat(text)
                        .contains(countyName(k) + "：年度目标" + one(s.target()) + "%，" + (month + 1) + "-12月需平均增长" + shown);
            }
        }

        byte[] pdf = download(analyst, id, "pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text)
                    .contains(headline.replace("增长持平%", "持平"))
                    .contains(classesSentence())
                    .contains("数据来源：联网直报企业数据，平台测算；统计局反馈数据单列")
                    .contains("第1页共" + doc.getNumberOfPages() + "页");
            everyCharacterHasAGlyph(doc);
            noLineOpensWithAClosingMark(doc);
        }
        render(pdf, "report-analysis");
    }

    @Test
    void theBriefIsTwoPagesWithTheClassesAndTheFiveCountiesMostBehind() throws Exception {
        WebSession analyst = session("analyst");
        long id = generate(analyst, "brief").get("id").asLong();
        EngineResult r = snapshot.result();
        List<Integer> behind = new ArrayList<>();
        for (int k = 0; k < snapshot.labels().countyCodes().size(); k++) {
            MonthFigures f = r.county(k).month(month);
            if (published(f.cumGrowth().getAsDouble())
                    < f.targetStatus().orElseThrow().target()) {
                behind.add(k);
            }
        }
        behind.sort(Comparator.comparingDouble((Integer k) -> BigDecimal.valueOf(
                                published(r.county(k).month(month).cumGrowth().getAsDouble()))
                        .subtract(BigDecimal.valueOf(r.county(k)
                                .month(month)
                                .targetStatus()
                                .orElseThrow()
                                .target()))
                        .doubleValue())
                .thenComparing(k -> snapshot.labels().countyCodes().get(k)));
        List<Integer> five = behind.subList(0, Math.min(5, behind.size()));
        assertThat(five).as("the demo city has counties behind").isNotEmpty();
        List<String> named = new ArrayList<>();
        for (int k : five) {
            MonthFigures f = r.county(k).month(month);
            double gap = BigDecimal.valueOf(f.targetStatus().orElseThrow().target())
                    .subtract(BigDecimal.valueOf(published(f.cumGrowth().getAsDouble())))
                    .doubleValue();
            named.add(countyName(k) + "累计增长" + one(f.cumGrowth().getAsDouble()) + "%，低于目标" + one(gap) + "个百分点");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(analyst, id, "docx")))) {
            String text = text(doc);
            assertThat(text)
                    .contains("调度会材料")
                    .contains(classesSentence())
                    .contains("低于目标最多的" + five.size() + "个县（市、区）");
            for (String one : named) {
                assertThat(text).contains(one);
            }
            // 三、下月目标任务: every county with next month's planned growth
            XWPFTable tasks = table(doc, "县（市、区）");
            assertThat(tasks.getRows()).hasSize(snapshot.labels().countyCodes().size() + 2);
        }
        byte[] pdf = download(analyst, id, "pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).as("a two-page brief").isLessThanOrEqualTo(2);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains(classesSentence());
            everyCharacterHasAGlyph(doc);
            noLineOpensWithAClosingMark(doc);
        }
        render(pdf, "report-brief");
    }

    @Test
    void theArchiveKeepsAVersionWhenTheDataChangeAndEachCountyItsOwn() throws Exception {
        WebSession analyst = session("analyst");
        JsonNode first = generate(analyst, "analysis");
        JsonNode same = generate(analyst, "analysis");
        assertThat(same.get("id").asLong())
                .as("the same figures read the same: no new version")
                .isEqualTo(first.get("id").asLong());

        // a county reports a stopped enterprise: the data move on, the report says so in a new version
        WebSession county = session("county130102");
        String enterprise = jdbc.sql(
                        "SELECT credit_code FROM enterprise WHERE county_code = '130102' ORDER BY credit_code LIMIT 1")
                .query(String.class)
                .single();
        String name = jdbc.sql("SELECT name FROM enterprise WHERE credit_code = :c")
                .param("c", enterprise)
                .query(String.class)
                .single();
        Map<String, String> form = new java.util.HashMap<>();
        form.put("creditCode", enterprise);
        form.put("status", "STOPPED");
        form.put("reason", "MAINTENANCE");
        form.put("since", period + "-03");
        form.put("expectedResume", "");
        form.put("note", "");
        form.put("_csrf", county.csrfToken("/dispatch/production"));
        assertThat(county.postForm("/dispatch/production", form).statusCode()).isEqualTo(302);
        JsonNode second = generate(analyst, "analysis");
        assertThat(second.get("version").asInt()).isEqualTo(first.get("version").asInt() + 1);
        assertThat(second.get("data_version").asLong())
                .isGreaterThan(first.get("data_version").asLong());
        try (XWPFDocument doc = new XWPFDocument(
                new ByteArrayInputStream(download(analyst, second.get("id").asLong(), "docx")))) {
            assertThat(text(doc)).contains(name);
        }
        try (XWPFDocument doc = new XWPFDocument(
                new ByteArrayInputStream(download(analyst, first.get("id").asLong(), "docx")))) {
            assertThat(text(doc)).as("the earlier version is kept as it was").doesNotContain(name);
        }

        // a county user writes and reads its own county's version, never the city's or another county's
        JsonNode own = generate(county, "analysis");
        assertThat(own.get("region_code").asString()).isEqualTo("130102");
        int k = snapshot.labels().countyCodes().indexOf("130102");
        MonthFigures f = snapshot.result().county(k).month(month);
        try (XWPFDocument doc = new XWPFDocument(
                new ByteArrayInputStream(download(county, own.get("id").asLong(), "docx")))) {
            assertThat(text(doc))
                    .contains(snapshot.result().year() + "年" + month + "月份长安区工业经济运行情况分析")
                    .contains("1-" + month + "月，长安区规上工业增加值同比"
                            + growth(f.cumGrowth().getAsDouble()));
        }
        JsonNode list = JSON.readTree(county.get("/api/v1/reports", Map.of("Accept", "application/json"))
                .body());
        assertThat(list).isNotEmpty();
        list.forEach(e -> assertThat(e.get("region_code").asString()).isEqualTo("130102"));
        assertThat(county.getBytes("/reports/" + first.get("id").asLong() + "/docx")
                        .statusCode())
                .isEqualTo(404);
        assertThat(county.getBytes("/api/v1/reports/" + first.get("id").asLong() + "/pdf")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void badInputGetsAClearMessageAndWritesNothing() throws Exception {
        WebSession analyst = session("analyst");
        String csrf = analyst.csrfToken("/reports");
        int before = JSON.readTree(analyst.get("/api/v1/reports", Map.of("Accept", "application/json"))
                        .body())
                .size();
        String unpublished = (snapshot.result().year() + 1) + "-01";
        HttpResponse<String> noData =
                analyst.postForm("/reports", Map.of("kind", "analysis", "period", unpublished, "_csrf", csrf));
        assertThat(noData.statusCode()).isEqualTo(400);
        assertThat(noData.body()).contains(unpublished + " 没有已发布的数据，无法生成材料。");
        HttpResponse<String> kind =
                analyst.postForm("/reports", Map.of("kind", "memo", "period", period, "_csrf", csrf));
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(kind.body()).contains("未知的材料类型 “memo”");
        HttpResponse<String> api = analyst.postJson(
                "/api/v1/reports?kind=analysis&period=" + unpublished,
                "{}",
                Map.of("X-CSRF-TOKEN", analyst.metaCsrf("/")));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(api.body()).get("detail").asString()).contains("没有已发布的数据");

        long id = generate(analyst, "brief").get("id").asLong();
        HttpResponse<byte[]> format = analyst.getBytes("/reports/" + id + "/odt");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(new String(format.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("未知的文件格式 “odt”");
        assertThat(JSON.readTree(analyst.get("/api/v1/reports", Map.of("Accept", "application/json"))
                                .body())
                        .size())
                .as("only the brief was written")
                .isEqualTo(before + 1);
    }

    @Test
    void theTraceWorkbookListsEveryFigureTheDocumentShows() throws Exception {
        WebSession analyst = session("analyst");
        long id = generate(analyst, "analysis").get("id").asLong();
        String body;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(analyst, id, "docx")))) {
            String paragraphs = text(doc);
            StringBuilder all = new StringBuilder(paragraphs.substring(0, paragraphs.indexOf("附件：数据溯源表")));
            for (XWPFTable table : doc.getTables()) {
                if (!table.getRow(0).getCell(0).getText().equals("序号")) {
                    all.append(table.getText()).append('\n');
                }
            }
            body = all.toString();
        }
        List<List<String>> rows = new ArrayList<>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(download(analyst, id, "xlsx")))) {
            var sheet = book.getSheetAt(0);
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            boolean header = false;
            for (var row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 5; c++) {
                    cells.add(formatter.formatCellValue(row.getCell(c)));
                }
                if (header) {
                    rows.add(cells);
                } else {
                    header = cells.get(0).equals("序号");
                }
            }
        }
        assertThat(rows).as("figures traced").hasSizeGreaterThan(30);
        for (List<String> row : rows) {
            assertThat(row.get(1)).as("field of " + row).isNotBlank();
            assertThat(row.get(2)).as("group of " + row).isNotBlank();
            assertThat(row.get(3)).as("period of " + row).matches("\\d{4}-\\d{2}");
            assertThat(body).as("the figure of " + row + " is in the text").contains(row.get(4));
        }
        // the headline figure: the city's cumulative growth, as the engine gives it
        String city = snapshot.names().get(snapshot.labels().cityCode());
        assertThat(rows)
                .contains(List.of(
                        rows.stream()
                                .filter(r -> r.get(1).equals("1-" + month + "月累计增速（%）")
                                        && r.get(2).equals(city))
                                .findFirst()
                                .orElseThrow(() -> new AssertionError("the city's cumulative growth is not traced"))
                                .get(0),
                        "1-" + month + "月累计增速（%）",
                        city,
                        period,
                        one(snapshot.result().city().month(month).cumGrowth().getAsDouble())));
    }

    @Test
    @io.industrypulse.support.LibreOfficeTest
    void libreOfficeOpensTheWordDocument(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        WebSession analyst = session("analyst");
        long id = generate(analyst, "analysis").get("id").asLong();
        Path docx = dir.resolve("report.docx");
        Files.write(docx, download(analyst, id, "docx"));
        Path pdf = io.industrypulse.support.LibreOffice.convert(docx, "pdf", dir);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text)
                    .contains(snapshot.result().year() + "年" + month + "月份全市工业经济运行情况分析")
                    .contains(classesSentence());
        }
    }

    /** Chinese typesetting: no line of the text opens with a closing mark ("，" "）" "%"), as Word and WPS break lines. */
    static void noLineOpensWithAClosingMark(PDDocument doc) throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String line : new PDFTextStripper().getText(doc).split("\\R")) {
            String shown = line.strip();
            if (!shown.isEmpty() && "，。、；：？！）》%".indexOf(shown.charAt(0)) >= 0) {
                wrong.add(shown);
            }
        }
        assertThat(wrong).as("lines that open with a closing mark").isEmpty();
    }

    /** Every character on every page is drawn from an embedded font and maps to a real glyph (no .notdef boxes). */
    static void everyCharacterHasAGlyph(PDDocument doc) throws IOException {
        List<String> missing = new ArrayList<>();
        int[] chinese = new int[doc.getNumberOfPages() + 1];
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                try {
                    assertThat(text.getFont().isEmbedded())
                            .as(text.getFont().getName())
                            .isTrue();
                    if (text.getFont() instanceof PDType0Font font) {
                        for (int code : text.getCharacterCodes()) {
                            if (font.codeToGID(code) == 0) {
                                missing.add(text.getUnicode());
                            }
                        }
                    }
                    if (text.getUnicode() != null
                            && text.getUnicode().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) {
                        chinese[getCurrentPageNo()]++;
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                super.processTextPosition(text);
            }
        };
        stripper.getText(doc);
        assertThat(missing).as("characters without a glyph").isEmpty();
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
            assertThat(chinese[page]).as("Chinese text on page " + page).isPositive();
        }
    }

    /** Renders the first two pages with pdftoppm into target/screenshots (kept for review, one shown in README). */
    static void render(byte[] pdf, String name) throws IOException, InterruptedException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "60",
                        "-f",
                        "1",
                        "-l",
                        "2",
                        file.toString(),
                        SCREENSHOTS.resolve(name).toString())
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).as("poppler reads the PDF without complaint").isEmpty();
        // pdftoppm pads the page number to the digits of the page count: -1.png, -01.png...
        try (var pages = Files.list(SCREENSHOTS)) {
            assertThat(pages.map(p -> p.getFileName().toString())
                            .filter(f -> f.matches(java.util.regex.Pattern.quote(name) + "-0*[12]\\.png")))
                    .hasSize(2);
        }
    }
}
