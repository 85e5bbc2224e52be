package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.Enterprise;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.statdata.MonthlyDetail;
import io.industrypulse.statdata.MonthlyRevision;
import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.Ppi;
import io.industrypulse.statdata.RevisionService;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.statdata.VaRatio;
import io.industrypulse.support.LibreOffice;
import io.industrypulse.support.LibreOfficeTest;
import io.industrypulse.support.WebSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * B204-1 import end to end on the demo city, driven by the committed corpus ({@code src/test/resources/ingest/corpus},
 * see its README.md): each bad file is rejected with the problem its manifest names and leaves every table's row count
 * unchanged; each good file is stored as the next revision and {@code GET /api/v1/growth} shows the county growth
 * computed here from the file's own numbers. Also: a generated 1,000,000-row file is refused by the row limit, and two
 * imports of the same period at once are serialized. H2 and PostgreSQL subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class MonthlyImportTest {

    static final YearMonth PERIOD = YearMonth.of(2026, 11);
    static final String CORPUS = "/ingest/corpus/";
    static final UserScope ANALYST = new UserScope("analyst", Role.CITY_ANALYST, "130100");
    static final List<String> TABLES = List.of(
            "monthly_report",
            "monthly_revision",
            "monthly_detail_pack",
            "period_lock",
            "va_ratio",
            "ppi",
            "enterprise",
            "audit_log");

    @LocalServerPort
    int port;

    @Autowired
    MonthlyImportService imports;

    @Autowired
    RevisionService revisions;

    @Autowired
    StatDataService statData;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    /** How long the concurrency test holds the period lock before letting the imports go. */
    static final long HOLD_MILLIS = 1_500;

    @TempDir
    Path dir;

    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    /** One line of {@code bad/manifest.csv}. */
    record Expected(String file, String rule, String sheet, int row, String column, String message) {}

    static Stream<Arguments> badFiles() {
        return manifest("bad/manifest.csv").stream()
                .map(c -> Arguments.of(
                        new Expected(c.get(0), c.get(1), c.get(2), Integer.parseInt(c.get(3)), c.get(4), c.get(5))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void eachBadFileOfTheCorpusIsRejectedWithItsErrorAndChangesNothing(Expected expected) throws Exception {
        Path file = corpus("bad/" + expected.file());
        Map<String, Long> before = counts();
        MonthlyImportResult result = imports.importMonthly(file, expected.file(), PERIOD, ANALYST);
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).as("problems of %s", expected.file()).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo(expected.rule());
            assertThat(p.sheet()).isEqualTo(expected.sheet());
            assertThat(p.row()).isEqualTo(expected.row());
            assertThat(p.column()).isEqualTo(expected.column());
            assertThat(p.message()).contains(expected.message());
        });
        assertThat(counts()).isEqualTo(before);
        assertThat(imports.errorReport(result.errorReport(), ANALYST)).isPresent();
    }

    @Test
    void theGoodFilesOfTheCorpusImportAsRevisionsAndTheGrowthApiShowsTheirFigures() throws Exception {
        // the engine needs the period's PPI (imported separately): carry October's over
        statData.storePpi(statData.ppi(Year.of(2026), Year.of(2026)).stream()
                .filter(p -> p.period().equals(PERIOD.minusMonths(1)))
                .map(p -> new Ppi(PERIOD, p.divisionCode(), p.ppiYoy()))
                .toList());
        List<List<String>> goodFiles = manifest("good/manifest.csv");
        assertThat(goodFiles).hasSize(4);
        for (List<String> good : goodFiles) {
            String name = good.get(0);
            int earlier = revisions.revisions(PERIOD).size();
            MonthlyImportResult result = imports.importMonthly(corpus("good/" + name), name, PERIOD, ANALYST);
            assertThat(result.problems()).as(name).isEmpty();
            assertThat(result.revision().revision()).isEqualTo(earlier + 1);
            int rows = Integer.parseInt(good.get(3));
            assertThat(result.rows()).isEqualTo(rows);

            Map<String, BigDecimal[]> figures = fileFigures(corpus("good/" + name), good.get(1));
            assertThat(figures).hasSize(rows);
            for (MonthlyRow stored : statData.monthly(PERIOD, PERIOD)) {
                BigDecimal[] expected = figures.get(stored.creditCode());
                assertThat(expected).as(stored.creditCode()).isNotNull();
                assertThat(stored.output()).as(name).isEqualByComparingTo(expected[0]);
                assertThat(stored.outputLy()).as(name).isEqualByComparingTo(expected[1]);
            }
            assertThat(statData.monthly(PERIOD, PERIOD)).hasSize(rows);
            assertThat(countyMonthGrowth("130102"))
                    .as("county 130102 month growth after %s", name)
                    .isCloseTo(expectedGrowth(figures), org.assertj.core.api.Assertions.within(1e-6));
        }
    }

    /**
     * Credit code → {本年本月 output, 上年同月 output} in 万元, read with POI's user model (not the importer's reader)
     * from the rows whose first cell is an 18-character code; the columns are the B204-1 order (C and E).
     */
    static Map<String, BigDecimal[]> fileFigures(Path file, String unit) throws IOException {
        BigDecimal divisor = switch (unit) {
            case "元" -> new BigDecimal("10000");
            case "千元" -> BigDecimal.TEN;
            case "万元" -> BigDecimal.ONE;
            default -> throw new IllegalArgumentException(unit);
        };
        Map<String, BigDecimal[]> figures = new HashMap<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Row row : workbook.getSheetAt(0)) {
                Cell code = row.getCell(0);
                if (code == null
                        || code.getCellType() != CellType.STRING
                        || code.getStringCellValue().length() != 18) {
                    continue;
                }
                figures.put(code.getStringCellValue(), new BigDecimal[] {
                    BigDecimal.valueOf(row.getCell(2).getNumericCellValue()).divide(divisor),
                    BigDecimal.valueOf(row.getCell(4).getNumericCellValue()).divide(divisor)
                });
            }
        }
        return figures;
    }

    /**
     * DESIGN.md section 5 for one month: growth = (Σ output·r/p ÷ Σ output_ly·r − 1) × 100 over the county's
     * enterprises, r the value-added ratio of the enterprise's division for the year, p its PPI / 100.
     */
    double expectedGrowth(Map<String, BigDecimal[]> figures) {
        Map<String, BigDecimal> ratios = statData.vaRatios(Year.of(2026), Year.of(2026)).stream()
                .collect(Collectors.toMap(VaRatio::divisionCode, VaRatio::ratio));
        Map<String, BigDecimal> ppi = statData.ppi(Year.of(2026), Year.of(2026)).stream()
                .filter(p -> p.period().equals(PERIOD))
                .collect(Collectors.toMap(Ppi::divisionCode, Ppi::ppiYoy));
        Map<String, Enterprise> registry =
                enterprises.allForStatistics().stream().collect(Collectors.toMap(Enterprise::creditCode, e -> e));
        double comparable = 0;
        double base = 0;
        for (Map.Entry<String, BigDecimal[]> e : figures.entrySet()) {
            Enterprise enterprise = registry.get(e.getKey());
            assertThat(enterprise.countyCode()).isEqualTo("130102");
            double r = ratios.get(enterprise.divisionCode()).doubleValue();
            double p = ppi.get(enterprise.divisionCode()).doubleValue() / 100;
            comparable += e.getValue()[0].doubleValue() * r / p;
            base += e.getValue()[1].doubleValue() * r;
        }
        return (comparable / base - 1) * 100;
    }

    double countyMonthGrowth(String county) {
        String body = new WebSession(port)
                .getBasic("/api/v1/growth?period=" + PERIOD + "&group=county", "analyst", "Demo-City-2026")
                .body();
        JsonNode groups = JsonMapper.builder().build().readTree(body).get("groups");
        for (JsonNode group : groups) {
            if (group.get("code").asString().equals(county)) {
                return group.get("month_growth").asDouble();
            }
        }
        throw new AssertionError("no county " + county + " in " + body);
    }

    /**
     * A generated 1,000,000-row workbook (streamed into target/, not committed) is refused by the row limit
     * ({@code industrypulse.ingest.max-rows}, default 500,000) while it is read: quickly, without holding the file,
     * and nothing is stored.
     */
    @Test
    void aMillionRowFileIsRefusedByTheRowLimitQuicklyAndChangesNothing() throws Exception {
        Path file = millionRows();
        Map<String, Long> before = counts();
        long start = System.nanoTime();
        MonthlyImportResult result = imports.importMonthly(file, "million.xlsx", PERIOD, ANALYST);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems())
                .extracting(ImportProblem::describe)
                .containsExactly("[文件]: 数据行超过上限 " + maxRows() + " 行，请分多个文件导入");
        assertThat(millis).as("refusal time in ms").isLessThan(60_000);
        assertThat(counts()).isEqualTo(before);
    }

    /** The row limit of this context (see the subclasses). */
    abstract int maxRows();

    static synchronized Path millionRows() throws IOException {
        Path file = Path.of("target", "generated", "b204-1-1000000-rows.xlsx");
        if (!Files.isRegularFile(file)) {
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            LargeWorkbook.write(partial, 1_000_000, false);
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /**
     * Two county users import the same period at the same moment: while the test holds the period's lock both wait
     * (neither finishes), and once it is released the lock serializes them, so they become revisions n+1 and n+2, the
     * second is stored on top of the first (it keeps the first county's rows: nothing is lost) and its change list is
     * against the first's result. Without the lock an import finishes while the period is held, and the test fails.
     */
    @Test
    void twoImportsOfTheSamePeriodAtOnceAreSerialized() throws Exception {
        Path first = write("130104");
        Path second = write("130105");
        int earlier = revisions.revisions(PERIOD).size();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            // hold the period's lock while both imports start, so that both are ready at once and must wait for it
            Future<?> holder = pool.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
                revisions.lockPeriod(PERIOD);
                locked.countDown();
                try {
                    release.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(1, TimeUnit.MINUTES)).isTrue();
            Future<MonthlyImportResult> a =
                    pool.submit(() -> imports.importMonthly(first, "130104.xlsx", PERIOD, county("130104")));
            Future<MonthlyImportResult> b =
                    pool.submit(() -> imports.importMonthly(second, "130105.xlsx", PERIOD, county("130105")));
            Thread.sleep(HOLD_MILLIS);
            assertThat(a.isDone() || b.isDone())
                    .as("an import finished while the period was locked")
                    .isFalse();
            release.countDown();
            holder.get(1, TimeUnit.MINUTES);
            MonthlyImportResult ra = a.get(2, TimeUnit.MINUTES);
            MonthlyImportResult rb = b.get(2, TimeUnit.MINUTES);
            assertThat(ra.problems()).isEmpty();
            assertThat(rb.problems()).isEmpty();
            assertThat(Set.of(ra.revision().revision(), rb.revision().revision()))
                    .containsExactlyInAnyOrder(earlier + 1, earlier + 2);
            MonthlyImportResult later = ra.revision().revision() == earlier + 2 ? ra : rb;
            MonthlyImportResult sooner = later == ra ? rb : ra;
            Set<String> laterCodes = codes(later == ra ? first : second);
            Set<String> soonerCodes = codes(later == ra ? second : first);

            // nothing lost: the last revision and the period's data hold both counties' enterprises
            Set<String> stored = revisions.detail(later.revision().id()).stream()
                    .map(MonthlyDetail::creditCode)
                    .collect(Collectors.toSet());
            assertThat(stored).containsAll(laterCodes).containsAll(soonerCodes);
            assertThat(statData.monthly(PERIOD, PERIOD).stream().map(MonthlyRow::creditCode))
                    .containsAll(laterCodes)
                    .containsAll(soonerCodes);
            // the second was reviewed and stored against the first's result
            var changes = revisions.changes(later.revision().id()).orElseThrow();
            assertThat(changes.previous())
                    .extracting(MonthlyRevision::id)
                    .isEqualTo(sooner.revision().id());
            assertThat(changes.added())
                    .extracting(io.industrypulse.statdata.RevisionChanges.Row::creditCode)
                    .containsExactlyInAnyOrderElementsOf(laterCodes);
            assertThat(changes.removed()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    Path write(String county) throws IOException {
        CorpusGenerator generator = new CorpusGenerator(county);
        Path file = dir.resolve(county + ".xlsx");
        Files.write(file, generator.layout(false, "万元", "", "万千瓦时", generator.lines(0, 4), s -> {}));
        return file;
    }

    static Set<String> codes(Path file) throws IOException {
        return fileFigures(file, "万元").keySet();
    }

    static UserScope county(String code) {
        return new UserScope("county" + code, Role.COUNTY_USER, code);
    }

    /**
     * The downloadable template, filled in, then opened and saved by LibreOffice (headless {@code soffice
     * --convert-to xlsx} and {@code xls}): both files import with the figures typed into the template.
     */
    @Test
    @LibreOfficeTest
    void theFilledTemplateSavedByLibreOfficeAsXlsxAndXlsImports() throws Exception {
        Path filled = libreOffice("original");
        Map<String, BigDecimal[]> typed = fileFigures(filled, "万元");
        assertThat(typed).hasSize(5);
        for (String format : List.of("xlsx", "xls")) {
            Path converted = libreOffice(format);
            assertThat(WorkbookStream.detect(converted).name()).isEqualTo(format.toUpperCase(java.util.Locale.ROOT));
            int earlier = revisions.revisions(PERIOD).size();
            MonthlyImportResult result = imports.importMonthly(converted, "libreoffice." + format, PERIOD, ANALYST);
            assertThat(result.problems()).as(format).isEmpty();
            assertThat(result.revision().revision()).isEqualTo(earlier + 1);
            assertThat(result.rows()).isEqualTo(typed.size());
            List<MonthlyRow> stored = statData.monthly(PERIOD, PERIOD);
            assertThat(stored).hasSize(typed.size());
            for (MonthlyRow row : stored) {
                assertThat(row.output()).as(format).isEqualByComparingTo(typed.get(row.creditCode())[0]);
                assertThat(row.outputLy()).as(format).isEqualByComparingTo(typed.get(row.creditCode())[1]);
            }
        }
    }

    private static final Map<String, Path> CONVERTED = new HashMap<>();

    /** The filled template ({@code original}) or LibreOffice's conversion of it, made once per test run. */
    static synchronized Path libreOffice(String format) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "generated", "libreoffice"));
        Path original = CONVERTED.get("original");
        if (original == null) {
            original = FilledTemplate.write(dir, "130102", 5);
            CONVERTED.put("original", original);
        }
        if (!CONVERTED.containsKey(format)) {
            CONVERTED.put(format, LibreOffice.convert(original, format, dir.resolve(format)));
        }
        return CONVERTED.get(format);
    }

    @Test
    void theTemplateHasTheHeadersItsOwnReaderExpects() throws Exception {
        Path template = Files.write(dir.resolve("template.xlsx"), MonthlyTemplate.bytes());
        MonthlySheetParser parser = new MonthlySheetParser(10);
        WorkbookStream.read(template, parser);
        parser.finish();
        assertThat(parser.problems()).extracting(ImportProblem::message).containsExactly("表中没有企业数据行");
        assertThat(parser.sheet()).isEqualTo("B204-1");
    }

    /** A corpus file copied out of the class path (the import reads files, not resources). */
    Path corpus(String name) throws IOException {
        Path file = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
        try (InputStream in = MonthlyImportTest.class.getResourceAsStream(CORPUS + name)) {
            assertThat(in).as(CORPUS + name).isNotNull();
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** The rows of a manifest (header dropped), RFC 4180 quotes on one line. */
    static List<List<String>> manifest(String name) {
        try (InputStream in = MonthlyImportTest.class.getResourceAsStream(CORPUS + name)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            List<List<String>> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(cells(lines[i]));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
