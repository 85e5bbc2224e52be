package io.industrypulse.ingest;

import io.industrypulse.demo.DemoCityGenerator;
import io.industrypulse.enterprise.CreditCode;
import io.industrypulse.ingest.CanonicalPackage.EnterpriseRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the committed import corpus under {@code src/test/resources/ingest/corpus/} (good/ and bad/; the expected
 * results are in the hand-written {@code manifest.csv} files next to them, see the corpus README.md). The figures are
 * those of the demo city (deterministic): six enterprises of county 130102 for November 2026, whose 上年 columns are
 * their demo reports of 2025. Run it again only when the layout changes:
 *
 * <pre>
 * ./mvnw -B -q -o test-compile
 * ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     io.industrypulse.ingest.CorpusGenerator src/test/resources/ingest/corpus
 * </pre>
 */
public final class CorpusGenerator {

    static final YearMonth PERIOD = YearMonth.of(2026, 11);
    static final String COUNTY = "130102";

    /** Growth factors of this year's month on last year's, rotated per file so every good file moves the figures. */
    static final String[] FACTORS = {"1.12", "0.95", "1.08", "1.30", "1.02", "0.88"};

    /** The four indicators as the form labels them (the export line is a 其中 item). */
    static final String[] INDICATORS = {"工业总产值(现价)", "工业销售产值", "其中:出口交货值", "企业用电量"};

    /** One enterprise's 16 values in 万元 (electricity in 万千瓦时), in file order. */
    record Line(String creditCode, String name, BigDecimal[] values) {}

    private final List<EnterpriseRow> enterprises;
    private final CanonicalPackage demo;

    CorpusGenerator() {
        this(COUNTY);
    }

    /** Writes files for the enterprises of another county (tests that need more than the committed files). */
    CorpusGenerator(String county) {
        demo = new DemoCityGenerator().generate().data();
        enterprises = demo.enterprises().stream()
                .filter(e -> e.countyCode().equals(county))
                .limit(6)
                .toList();
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/ingest/corpus");
        new CorpusGenerator().writeAll(root);
    }

    void writeAll(Path root) throws Exception {
        Path good = Files.createDirectories(root.resolve("good"));
        Path bad = Files.createDirectories(root.resolve("bad"));

        // good: the real layout in each unit and format
        write(good.resolve("b204-1-wanyuan.xlsx"), layout(false, "万元", "", "万千瓦时", lines(0, 6), s -> {}));
        write(good.resolve("b204-1-qianyuan.xls"), layout(true, null, "(千元)", "千瓦时", lines(1, 6), s -> {
            // typed by hand: full-width digits and a thousands separator, stored as text
            Row row = s.getRow(FIRST_ROW + 2);
            String month = row.getCell(2 + 12).getStringCellValue();
            row.getCell(2 + 12).setCellValue(fullWidth(month));
        }));
        write(good.resolve("b204-1-yuan.xlsx"), layout(false, "元", "", "万千瓦时", lines(2, 6), s -> {}));
        write(good.resolve("b204-1-xls-named-xlsx.xlsx"), layout(true, "万元", "", "万千瓦时", lines(3, 6), s -> {}));

        // bad: one defect each, in the real layout unless the defect is the file itself
        List<Line> five = lines(0, 5);
        byte[] whole = layout(false, "万元", "", "万千瓦时", five, s -> {});
        write(bad.resolve("corrupt-zip.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        write(bad.resolve("zero-byte.xlsx"), new byte[0]);
        write(bad.resolve("csv-named-xlsx.xlsx"), "统一社会信用代码,企业名称\n".getBytes(StandardCharsets.UTF_8));
        write(bad.resolve("empty-workbook.xlsx"), emptyWorkbook());
        write(bad.resolve("header-only.xlsx"), layout(false, "万元", "", "万千瓦时", List.of(), s -> {}));
        write(
                bad.resolve("wrong-headers.xlsx"),
                layout(
                        false,
                        "万元",
                        "",
                        "万千瓦时",
                        five,
                        s -> s.getRow(HEADER_ROW + 1).getCell(3).setCellValue("备注")));
        write(
                bad.resolve("xls-named-xlsx-text-amount.xlsx"),
                layout(
                        true,
                        "万元",
                        "",
                        "万千瓦时",
                        five,
                        s -> s.getRow(FIRST_ROW + 3).getCell(6).setCellValue("见附表")));
        write(
                bad.resolve("merged-data-cells.xlsx"),
                layout(
                        false,
                        "万元",
                        "",
                        "万千瓦时",
                        five,
                        s -> s.addMergedRegion(new CellRangeAddress(FIRST_ROW + 1, FIRST_ROW + 2, 2, 2))));
        write(
                bad.resolve("text-amount.xlsx"),
                layout(
                        false,
                        "万元",
                        "",
                        "万千瓦时",
                        five,
                        s -> s.getRow(FIRST_ROW + 1).getCell(2).setCellValue("约100万")));
        write(
                bad.resolve("negative-amount.xlsx"),
                layout(
                        false,
                        "万元",
                        "",
                        "万千瓦时",
                        five,
                        s -> s.getRow(FIRST_ROW).getCell(6).setCellValue(-1)));
        List<Line> duplicated = new ArrayList<>(five);
        duplicated.add(3, five.get(1));
        write(bad.resolve("duplicate-rows.xlsx"), layout(false, "万元", "", "万千瓦时", duplicated, s -> {}));
        write(
                bad.resolve("unknown-credit-code.xlsx"),
                layout(
                        false,
                        "万元",
                        "",
                        "万千瓦时",
                        five,
                        s -> s.getRow(FIRST_ROW + 2)
                                .getCell(0)
                                .setCellValue(CreditCode.withCheckCharacter("91130100MA0000000"))));
        write(bad.resolve("invalid-credit-code.xlsx"), layout(false, "万元", "", "万千瓦时", five, s -> {
            Cell code = s.getRow(FIRST_ROW + 4).getCell(0);
            String valid = code.getStringCellValue();
            char check = valid.charAt(17) == '0' ? '1' : '0';
            code.setCellValue(valid.substring(0, 17) + check);
        }));
        write(bad.resolve("formula-without-cached-value.xlsx"), layout(false, "万元", "", "万千瓦时", five, s -> {
            Row row = s.getRow(FIRST_ROW + 1);
            row.removeCell(row.getCell(3));
            XSSFCell cell = (XSSFCell) row.createCell(3);
            cell.setCellFormula("C" + (FIRST_ROW + 2) + "*11");
            if (cell.getCTCell().isSetV()) {
                cell.getCTCell().unsetV();
            }
        }));
        write(
                bad.resolve("export-above-sales.xlsx"),
                layout(
                        false,
                        "万元",
                        "",
                        "万千瓦时",
                        five,
                        s -> s.getRow(FIRST_ROW + 3).getCell(2 + 8).setCellValue(999999)));
        write(
                bad.resolve("base-mismatch.xlsx"),
                layout(
                        false,
                        "万元",
                        "",
                        "万千瓦时",
                        five,
                        s -> s.getRow(FIRST_ROW).getCell(4).setCellValue(123456.78)));
        write(bad.resolve("blank-required.xlsx"), layout(false, "万元", "", "万千瓦时", five, s -> {
            Row row = s.getRow(FIRST_ROW + 2);
            row.removeCell(row.getCell(2 + 5));
        }));
        write(
                bad.resolve("name-too-long.xlsx"),
                layout(
                        false,
                        "万元",
                        "",
                        "万千瓦时",
                        five,
                        s -> s.getRow(FIRST_ROW + 1).getCell(1).setCellValue("长".repeat(201))));
        write(bad.resolve("zip-bomb.xlsx"), zipBomb());
    }

    /** Row index (0-based) of the first header row and of the first data row in {@link #layout}. */
    static final int HEADER_ROW = 2;

    static final int FIRST_ROW = 4;

    /**
     * The B204-1 layout: title, 表号/unit line, two header rows (code and name merged down, indicators merged across
     * their four columns), the enterprises, a total row.
     *
     * @param sheetUnit the unit written in the 单位 line ({@code null}: none, the unit is in the labels)
     * @param labelUnit appended to the amount indicators' labels, e.g. {@code (千元)}
     * @param electricityUnit 万千瓦时 or 千瓦时
     */
    byte[] layout(
            boolean xls,
            String sheetUnit,
            String labelUnit,
            String electricityUnit,
            List<Line> lines,
            Consumer<Sheet> change)
            throws IOException {
        String unit = sheetUnit != null ? sheetUnit : labelUnit.replace("(", "").replace(")", "");
        BigDecimal factor = switch (unit) {
            case "元" -> new BigDecimal("10000");
            case "千元" -> BigDecimal.TEN;
            default -> BigDecimal.ONE;
        };
        BigDecimal electricityFactor = electricityUnit.equals("千瓦时") ? new BigDecimal("10000") : BigDecimal.ONE;
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("B204-1表");
            sheet.createRow(0).createCell(0).setCellValue("工业产销总值及主要产品产量");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 17));
            Row form = sheet.createRow(1);
            form.createCell(0).setCellValue("表号：B204-1表");
            form.createCell(6).setCellValue("制定机关：国家统计局");
            form.createCell(12).setCellValue("2026年11月");
            if (sheetUnit != null) {
                form.createCell(16).setCellValue("计量单位：" + sheetUnit);
            }
            Row top = sheet.createRow(HEADER_ROW);
            Row sub = sheet.createRow(HEADER_ROW + 1);
            top.createCell(0).setCellValue("统一社会信用代码");
            top.createCell(1).setCellValue("单位详细名称");
            sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, 1, 1));
            String[] slots = {"本年本月", "本年1—本月", "上年同月", "上年1—同月"};
            for (int i = 0; i < 4; i++) {
                String label = INDICATORS[i] + (i == 3 ? "(" + electricityUnit + ")" : labelUnit);
                top.createCell(2 + i * 4).setCellValue(label);
                sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 2 + i * 4, 5 + i * 4));
                for (int s = 0; s < 4; s++) {
                    sub.createCell(2 + i * 4 + s).setCellValue(slots[s]);
                }
            }
            int r = FIRST_ROW;
            BigDecimal[] totals = new BigDecimal[16];
            Arrays.fill(totals, BigDecimal.ZERO);
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.creditCode());
                row.createCell(1).setCellValue(line.name());
                for (int i = 0; i < 16; i++) {
                    BigDecimal value = line.values()[i].multiply(i >= 12 ? electricityFactor : factor);
                    totals[i] = totals[i].add(value);
                    if (i == 12 && xls && labelUnit.equals("(千元)")) {
                        // thousands separators, as typed
                        row.createCell(2 + i).setCellValue(String.format("%,.2f", value));
                    } else {
                        row.createCell(2 + i).setCellValue(value.doubleValue());
                    }
                }
            }
            if (!lines.isEmpty()) {
                Row total = sheet.createRow(r);
                total.createCell(0).setCellValue("合计");
                for (int i = 0; i < 16; i++) {
                    total.createCell(2 + i).setCellValue(totals[i].doubleValue());
                }
            }
            change.accept(sheet);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /**
     * The first {@code count} enterprises with their demo figures of last year and this year's month at a rotated
     * growth factor; cumulative = the demo's January..October + this month.
     */
    List<Line> lines(int rotation, int count) {
        List<Line> lines = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            EnterpriseRow e = enterprises.get(j);
            BigDecimal ly = output(e.creditCode(), PERIOD.minusYears(1));
            BigDecimal lyCum = BigDecimal.ZERO;
            for (int m = 1; m <= PERIOD.getMonthValue(); m++) {
                lyCum = lyCum.add(output(e.creditCode(), YearMonth.of(PERIOD.getYear() - 1, m)));
            }
            BigDecimal now = ly.multiply(new BigDecimal(FACTORS[(j + rotation) % FACTORS.length]))
                    .setScale(2, RoundingMode.HALF_UP);
            BigDecimal cum = now;
            for (int m = 1; m < PERIOD.getMonthValue(); m++) {
                cum = cum.add(output(e.creditCode(), YearMonth.of(PERIOD.getYear(), m)));
            }
            BigDecimal[] v = new BigDecimal[16];
            BigDecimal[] output = {now, cum, ly, lyCum};
            for (int s = 0; s < 4; s++) {
                v[s] = output[s];
                v[4 + s] = share(output[s], "0.96");
                v[8 + s] = share(v[4 + s], "0.15");
                v[12 + s] = share(output[s], "0.02");
            }
            lines.add(new Line(e.creditCode(), e.name(), v));
        }
        return lines;
    }

    private BigDecimal output(String creditCode, YearMonth period) {
        return demo.monthly().stream()
                .filter(m -> m.creditCode().equals(creditCode) && m.period().equals(period))
                .map(CanonicalPackage.MonthlyRow::output)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    private static BigDecimal share(BigDecimal value, String ratio) {
        return value.multiply(new BigDecimal(ratio)).setScale(2, RoundingMode.HALF_UP);
    }

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }

    private static byte[] emptyWorkbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Sheet1");
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A valid-looking .xlsx whose sheet inflates from about 20 KB to 20 MB of blanks (ratio ~1:1000). */
    private static byte[] zipBomb() throws IOException {
        byte[] template;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("B204-1").createRow(0).createCell(0).setCellValue("统一社会信用代码");
            wb.write(out);
            template = out.toByteArray();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 20; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
    }
}
