package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.CreditCode;
import io.industrypulse.enterprise.Enterprise;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.statdata.Ppi;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.statdata.VaRatio;
import io.industrypulse.support.WebSession;
import io.industrypulse.target.Benchmark;
import io.industrypulse.target.BenchmarkScope;
import io.industrypulse.target.OfficialGrowth;
import io.industrypulse.target.TargetService;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simple table imports on the demo city: each kind stores a good file (.xlsx, .xls or .csv) and changes the
 * figures it should; each bad file is refused with the exact sheet, row, column and rule and leaves every table's
 * row count unchanged; county users may not import these kinds. H2 and PostgreSQL subclasses.
 */
// Its own context (and database): the figures it changes must not reach other tests.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=industrypulse-table-import-test")
abstract class TableImportTest {

    static final UserScope ANALYST = new UserScope("analyst", Role.CITY_ANALYST, "130100");
    static final UserScope COUNTY = new UserScope("county130102", Role.COUNTY_USER, "130102");
    static final List<String> TABLES =
            List.of("enterprise", "target", "benchmark", "official_growth", "ppi", "va_ratio", "audit_log");
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @LocalServerPort
    int port;

    @Autowired
    TableImportService imports;

    @Autowired
    StatDataService statData;

    @Autowired
    TargetService targets;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ErrorReports reports;

    @TempDir
    Path dir;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void ppiImportChangesTheGrowthOfThatMonth() throws Exception {
        String division = enterprises.allForStatistics().get(0).divisionCode();
        BigDecimal stored = statData.ppi(Year.of(2026), Year.of(2026)).stream()
                .filter(p -> p.period().equals(OCTOBER) && p.divisionCode().equals(division))
                .map(Ppi::ppiYoy)
                .findFirst()
                .orElseThrow();
        double before = growth("division", division).get("cum_growth").asDouble();
        BigDecimal raised = stored.add(new BigDecimal("5.5"));
        // the index as full-width text: accepted, it is unambiguous
        String fullWidth = toFullWidth(raised.toPlainString());
        Path file =
                TableFiles.xlsx(dir, "ppi.xlsx", "PPI", new String[] {"月份", "行业大类代码", "PPI(上年同月=100)*"}, new Object[] {
                    "2026-10", division, fullWidth
                });

        TableImportResult result = imports.importFile("ppi", file, "ppi.xlsx", ANALYST);

        assertThat(result.problems()).isEmpty();
        assertThat(result.summary()).isEqualTo("1 行：新增 0，修改 1，未变 0");
        assertThat(statData.ppi(Year.of(2026), Year.of(2026))).contains(new Ppi(OCTOBER, division, raised.setScale(2)));
        double after = growth("division", division).get("cum_growth").asDouble();
        assertThat(after).isLessThan(before);
        assertThat(auditCount("ppi.update")).isEqualTo(1);
    }

    @Test
    void vaRatioFromACsvWithBomIsStored() throws Exception {
        Path file = TableFiles.csv(dir, "va.csv", true, "年度,行业大类代码,增加值率", "2027,26,\"0.3125\"", "2027,6,0.2");
        TableImportResult result = imports.importFile("va-ratio", file, "va.csv", ANALYST);
        assertThat(result.problems()).isEmpty();
        assertThat(statData.vaRatios(Year.of(2027), Year.of(2027)))
                .containsExactly(
                        new VaRatio(2027, "06", new BigDecimal("0.2000")),
                        new VaRatio(2027, "26", new BigDecimal("0.3125")));
    }

    @Test
    void targetsFromAnXlsAreStoredAndAudited() throws Exception {
        Path file = TableFiles.xls(
                dir,
                "targets.xls",
                "目标",
                new String[] {"年度", "地区代码", "指标", "目标增速(%)"},
                new Object[] {2027, 130100, "规上工业增加值增速", 6.5},
                new Object[] {"2027年", "130102", null, "7"});
        TableImportResult result = imports.importFile("targets", file, "targets.xls", ANALYST);
        assertThat(result.problems()).isEmpty();
        assertThat(targets.growthTarget(Year.of(2027), "130100"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6.5"));
        assertThat(targets.growthTarget(Year.of(2027), "130102"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7"));
        assertThat(auditCount("target.create")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void benchmarksFromACsvWithoutBomAreStored() throws Exception {
        Path file =
                TableFiles.csv(dir, "benchmarks.csv", false, "月份,范围,累计增速(%)", "2027-02,全省,6.1", "2027-02,全市,\"5.9\"");
        TableImportResult result = imports.importFile("benchmarks", file, "benchmarks.csv", ANALYST);
        assertThat(result.problems()).isEmpty();
        assertThat(targets.benchmarks(YearMonth.of(2027, 2), YearMonth.of(2027, 2)))
                .extracting(Benchmark::scope, b -> b.growthCum().stripTrailingZeros())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BenchmarkScope.PROVINCE, new BigDecimal("6.1")),
                        org.assertj.core.groups.Tuple.tuple(BenchmarkScope.CITY, new BigDecimal("5.9")));
        assertThat(auditCount("benchmark.create")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void officialFiguresAppearBesideTheEstimateWithoutChangingIt() throws Exception {
        JsonNode estimate = growth("county", "130102");
        Path file = TableFiles.xlsx(
                dir,
                "official.xlsx",
                "统计局反馈数",
                new String[] {"月份", "地区代码", "当月增速(%)", "累计增速(%)"},
                new Object[] {"2026-10", "130102", 4.2, 7.3},
                new Object[] {"2026-10", "130100", null, "6.0"});
        TableImportResult result = imports.importFile("official", file, "official.xlsx", ANALYST);
        assertThat(result.problems()).isEmpty();
        assertThat(targets.official(OCTOBER).get("130102"))
                .isEqualTo(new OfficialGrowth(OCTOBER, "130102", new BigDecimal("4.20"), new BigDecimal("7.30")));

        JsonNode county = growth("county", "130102");
        assertThat(county.get("official_cum_growth").asDouble()).isEqualTo(7.3);
        assertThat(county.get("official_month_growth").asDouble()).isEqualTo(4.2);
        assertThat(county.get("cum_growth").asDouble())
                .isEqualTo(estimate.get("cum_growth").asDouble());
        JsonNode city = growth("city", "130100");
        assertThat(city.get("official_cum_growth").asDouble()).isEqualTo(6.0);
        assertThat(city.has("official_month_growth")).isFalse();

        // the pages: 统计局反馈 beside 平台测算
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        String overview = analyst.get("/?period=2026-10").body();
        assertThat(overview).contains("平台测算");
        assertThat(overview).containsPattern("id=\"official-cum\"><span>统计局反馈</span>\\s*<b>6.0%</b>");
        assertThat(overview).doesNotContain("id=\"official-month\"");
        String ranking = analyst.get("/monitor/ranking?period=2026-10").body();
        assertThat(ranking).contains("累计增速（平台测算，%）").contains("累计增速（统计局反馈，%）");
        assertThat(ranking).containsPattern("data-code=\"130102\"(?s:.)*?official-cum\"[^>]*>7.3</td>");
        String countyPage =
                analyst.get("/monitor/counties/130102?period=2026-10").body();
        assertThat(countyPage).containsPattern("id=\"official-cum\"><span>统计局反馈</span>\\s*<b>7.3%</b>");
        assertThat(countyPage).containsPattern("id=\"official-month\"><span>统计局反馈</span>\\s*<b>4.2%</b>");
        // a month without official figures shows none
        assertThat(analyst.get("/monitor/ranking?period=2026-09").body()).doesNotContain("统计局反馈");
    }

    @Test
    void registryCreatesAndUpdatesEnterprisesAudited() throws Exception {
        Enterprise existing = enterprises.allForStatistics().get(3);
        String newCode = CreditCode.withCheckCharacter("91130102MA0TEXT01");
        Path file = TableFiles.xlsx(
                dir,
                "registry.xlsx",
                "企业名录",
                new String[] {"统一社会信用代码*", "企业名称*", "县(市、区)代码*", "行业小类代码*", "规上起始年月", "联系电话"},
                new Object[] {
                    newCode.toLowerCase(java.util.Locale.ROOT), "新登记测试有限公司", "130102", "2611", "2026-09", "0311-1234567"
                },
                new Object[] {
                    existing.creditCode(), existing.name() + "（更名）", existing.countyCode(), existing.industryClass()
                });
        TableImportResult result = imports.importFile("registry", file, "registry.xlsx", ANALYST);
        assertThat(result.problems()).isEmpty();
        assertThat(result.summary()).isEqualTo("2 行：新增 1，修改 1，未变 0");
        assertThat(enterprises.find(newCode, ANALYST)).hasValueSatisfying(d -> {
            assertThat(d.enterprise().name()).isEqualTo("新登记测试有限公司");
            assertThat(d.aboveSize().get(0).since()).isEqualTo(YearMonth.of(2026, 9));
        });
        assertThat(enterprises
                        .find(existing.creditCode(), ANALYST)
                        .orElseThrow()
                        .enterprise()
                        .name())
                .isEqualTo(existing.name() + "（更名）");
        assertThat(auditCount("enterprise.update")).isGreaterThanOrEqualTo(1);
        assertThat(auditCount("import.registry")).isEqualTo(1);
    }

    @Test
    void badFilesAreRefusedWithTheirPlaceAndChangeNothing() throws Exception {
        Map<String, Long> counts = counts();
        String division = enterprises.allForStatistics().get(0).divisionCode();

        // wrong header
        Path wrongHeader = TableFiles.xlsx(
                dir, "targets.xlsx", "目标", new String[] {"年度", "地区代码", "目标值"}, new Object[] {2027, "130102", 7});
        assertThat(problems("targets", wrongHeader))
                .containsExactly("目标 第 1 行 C 列 [表头]: 无法识别的列名 “目标值”，应为模板中的列名", "目标 第 1 行 [表头]: 缺少必填列 “目标增速(%)”");

        // bad number (CSV: the file name stands for the sheet)
        Path badNumber =
                TableFiles.csv(dir, "benchmarks.csv", false, "月份,范围,累计增速(%)", "2027-03,全省,6.1", "2027-03,全市,5.9a");
        assertThat(problems("benchmarks", badNumber))
                .containsExactly("benchmarks.csv 第 3 行 C 列 [格式]: “累计增速(%)”不是数字 “5.9a”");

        // unknown division, a good row before it is not stored either
        Path unknownDivision = TableFiles.xlsx(
                dir,
                "ppi.xlsx",
                "PPI",
                new String[] {"月份", "行业大类代码", "PPI(上年同月=100)"},
                new Object[] {"2026-10", division, 101},
                new Object[] {"2026-10", "99", 101});
        assertThat(problems("ppi", unknownDivision))
                .containsExactly("PPI 第 3 行 B 列 [引用]: “行业大类代码”不是工业行业大类 (06-46) “99”");
        // the downloadable copy: the problem list, then the sheet with the message beside the row
        TableImportResult rejected = imports.importFile("ppi", unknownDivision, "ppi.xlsx", ANALYST);
        byte[] copy = reports.get(rejected.errorReport(), "analyst").orElseThrow();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(copy))) {
            assertThat(workbook.getSheet("错误清单").getRow(1).getCell(4).getStringCellValue())
                    .isEqualTo("“行业大类代码”不是工业行业大类 (06-46) “99”");
            var sheet = workbook.getSheet("PPI");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("错误");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue())
                    .isEqualTo("B 列 [引用] “行业大类代码”不是工业行业大类 (06-46) “99”");
            assertThat(sheet.getRow(1).getCell(3)).isNull();
        }

        // unknown region
        Path unknownRegion =
                TableFiles.xlsx(dir, "official.xlsx", "统计局反馈数", new String[] {"月份", "地区代码", "累计增速(%)"}, new Object[] {
                    "2026-10", "130199", 5.0
                });
        assertThat(problems("official", unknownRegion))
                .containsExactly("统计局反馈数 第 2 行 B 列 [引用]: “地区代码”不是本市或所辖县 (市、区) 的行政区划代码 “130199”");

        // invalid credit code (check character)
        String valid = CreditCode.withCheckCharacter("91130102MA0TEXT02");
        String invalid = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        Path badCode = TableFiles.xlsx(
                dir, "registry.xlsx", "企业名录", new String[] {"统一社会信用代码", "企业名称", "县(市、区)代码", "行业小类代码"}, new Object[] {
                    invalid, "校验位错误有限公司", "130102", "2611"
                });
        assertThat(problems("registry", badCode))
                .containsExactly("企业名录 第 2 行 A 列 [格式]: “统一社会信用代码”校验位错误 “" + invalid + "” (GB 32100)");

        // ratio out of range, duplicate key
        Path outOfRange =
                TableFiles.csv(dir, "va.csv", true, "年度,行业大类代码,增加值率", "2027,26,1.5", "2027,13,0.2", "2027,13,0.3");
        assertThat(problems("va-ratio", outOfRange))
                .containsExactly(
                        "va.csv 第 2 行 C 列 [取值]: “增加值率”应在 0.0001 与 1 之间，实为 1.5",
                        "va.csv 第 4 行 [重复]: 2027 年行业 13 重复 (第 3 行已有)");

        // not a table at all
        Path notUtf8 = dir.resolve("gbk.csv");
        Files.write(notUtf8, "年度,地区代码".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(problems("targets", notUtf8))
                .singleElement()
                .asString()
                .contains("[文件]")
                .contains("UTF-8");

        assertThat(counts()).isEqualTo(counts);
    }

    @Test
    void countyUsersMayNotImportTheseKinds() throws Exception {
        Path file = TableFiles.csv(dir, "benchmarks.csv", false, "月份,范围,累计增速(%)", "2027-04,全省,6.1");
        assertThatThrownBy(() -> imports.importFile("benchmarks", file, "benchmarks.csv", COUNTY))
                .isInstanceOf(AccessDeniedException.class);

        WebSession county = new WebSession(port);
        county.login("county130102", "Demo-City-2026");
        String token = county.csrfToken("/imports");
        assertThat(county.get("/imports?kind=benchmarks").statusCode()).isEqualTo(403);
        var refused = county.postMultipart(
                "/imports",
                Map.of("kind", "benchmarks", "_csrf", token),
                "file",
                "benchmarks.csv",
                Files.readAllBytes(file));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(county.get("/imports").body()).doesNotContain("id=\"kind-form\"");
        assertThat(targets.benchmarks(YearMonth.of(2027, 4), YearMonth.of(2027, 4)))
                .isEmpty();

        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        String analystToken = analyst.csrfToken("/imports?kind=benchmarks");
        var stored = analyst.postMultipart(
                "/imports",
                Map.of("kind", "benchmarks", "_csrf", analystToken),
                "file",
                "benchmarks.csv",
                Files.readAllBytes(file));
        assertThat(stored.body()).contains("已导入（benchmarks.csv）：1 行：新增 1");
        var template = analyst.getBytes("/imports/templates/benchmarks.xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("月份*");
            assertThat(workbook.getSheet("说明")).isNotNull();
            assertThat(workbook.getSheetAt(0).getDataValidations()).isNotEmpty();
        }
    }

    private List<String> problems(String kind, Path file) {
        TableImportResult result =
                imports.importFile(kind, file, file.getFileName().toString(), ANALYST);
        assertThat(result.accepted()).isFalse();
        assertThat(result.errorReport()).isNotNull();
        return result.problems().stream().map(ImportProblem::describe).toList();
    }

    private JsonNode growth(String group, String code) {
        var response = new WebSession(port)
                .getBasic("/api/v1/growth?period=" + OCTOBER + "&group=" + group, "analyst", "Demo-City-2026");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        for (JsonNode row : json.readTree(response.body()).get("groups")) {
            if (row.get("code").asString().equals(code)) {
                return row;
            }
        }
        throw new AssertionError(group + " " + code + " not in " + response.body());
    }

    private long auditCount(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = ?")
                .param(action)
                .query(Long.class)
                .single();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private static String toFullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c == '.' ? '．' : (char) (c + 0xFEE0));
        }
        return out.toString();
    }
}
