package io.industrypulse.ingest;

import io.industrypulse.enterprise.CreditCode;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a B204-1 .xlsx with any number of rows, streamed: the workbook's parts come from a small POI workbook with
 * the header, and the data rows are written as SpreadsheetML straight into the zip, so neither the rows nor the sheet
 * are ever held in memory (as {@code SXSSFWorkbook} would do, without its temporary file). Used for the
 * 1,000,000-row refusal test and the import benchmark.
 */
public final class LargeWorkbook {

    /** The enterprise on row {@code i}: credit code (valid check character), name, county and 2-digit division. */
    public record Enterprise(String creditCode, String name, String countyCode, String division) {}

    private static final String[] COUNTIES = {
        "130102", "130103", "130104", "130105", "130108", "130109", "130121", "130123", "130125", "130127", "130130",
        "130181"
    };

    private static final String[] DIVISIONS = {"13", "17", "26", "30", "33", "34", "36", "38", "39", "44"};

    private static final String[] COLUMNS = "A B C D E F G H I J K L M N O P Q R".split(" ");

    private LargeWorkbook() {}

    /** {@code LargeWorkbook FILE ROWS}: writes the workbook with cell references (for bench/import.sh). */
    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Path file = write(Path.of(args[0]), Integer.parseInt(args[1]), true);
        System.out.printf(
                "wrote %s (%,d rows, %.1f MB) in %.1f s%n",
                file, Integer.parseInt(args[1]), Files.size(file) / 1024.0 / 1024.0, (System.nanoTime() - start) / 1e9);
    }

    /** Enterprise {@code i} (0-based) of a synthetic registry; its credit code is unique and passes GB 32100. */
    public static Enterprise enterprise(int i) {
        String county = COUNTIES[i % COUNTIES.length];
        String body = "91" + county + String.format("BM%07d", i);
        return new Enterprise(
                CreditCode.withCheckCharacter(body), "基准测试企业" + i, county, DIVISIONS[i % DIVISIONS.length]);
    }

    /**
     * Writes {@code rows} enterprises (0..rows-1) in 万元 (16 columns, nothing exported; with {@code references} every cell carries its reference (r="C5"), as Excel writes them; without, the file is
     * smaller, as the 1,000,000-row file must stay under the 50 MB size limit): this month = 110% of last year's
     * month, cumulative = 11 x the month.
     */
    public static Path write(Path file, int rows, boolean references) throws IOException {
        return write(
                file,
                java.util.stream.IntStream.range(0, rows)
                        .mapToObj(LargeWorkbook::synthetic)
                        .iterator(),
                references);
    }

    /** A data row: credit code, name, and the sixteen amounts of columns C..R in cents (B204-1's order). */
    public record SheetRow(String creditCode, String name, long[] cents) {}

    /** Writes the given rows, streamed (bench/web.sh: a month of the scaled demo city re-imported). */
    public static Path write(Path file, java.util.Iterator<SheetRow> rows, boolean references) throws IOException {
        byte[] skeleton = skeleton();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(skeleton));
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    int end = xml.indexOf("</sheetData>");
                    Writer out = new BufferedWriter(new OutputStreamWriter(new NoClose(zip), StandardCharsets.UTF_8));
                    out.write(xml, 0, end);
                    rows(out, rows, references);
                    out.write(xml, end, xml.length() - end);
                    out.flush();
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Synthetic row {@code i}: this month = 110% of last year's month, cumulative = 11 x the month. */
    private static SheetRow synthetic(int i) {
        Enterprise e = enterprise(i);
        long lyCents = 10_000 + (i % 64) * 1_000L;
        long monthCents = lyCents * 11 / 10;
        return new SheetRow(e.creditCode(), e.name(), new long[] {
            monthCents,
            monthCents * 11,
            lyCents,
            lyCents * 11,
            monthCents * 96 / 100,
            monthCents * 96 / 100 * 11,
            lyCents * 96 / 100,
            lyCents * 96 / 100 * 11,
            0,
            0,
            0,
            0,
            500,
            5_500,
            450,
            4_950
        });
    }

    private static void rows(Writer out, java.util.Iterator<SheetRow> rows, boolean references) throws IOException {
        StringBuilder row = new StringBuilder(512);
        for (int i = 0; rows.hasNext(); i++) {
            SheetRow e = rows.next();
            long[] values = e.cents();
            int r = 4 + i; // 1-based: after the three title/header rows
            row.setLength(0);
            row.append("<row r=\"").append(r).append("\">");
            row.append("<c r=\"A")
                    .append(r)
                    .append("\" t=\"inlineStr\"><is><t>")
                    .append(e.creditCode())
                    .append("</t></is></c>");
            row.append("<c r=\"B")
                    .append(r)
                    .append("\" t=\"inlineStr\"><is><t>")
                    .append(e.name().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append("</t></is></c>");
            for (int k = 0; k < values.length; k++) {
                long cents = values[k];
                if (references) {
                    row.append("<c r=\"").append(COLUMNS[2 + k]).append(r).append("\"><v>");
                } else {
                    row.append("<c><v>");
                }
                row.append(cents / 100).append('.');
                long rest = cents % 100;
                row.append(rest < 10 ? "0" : "").append(rest).append("</v></c>");
            }
            row.append("</row>");
            out.append(row);
        }
    }

    /** The workbook without data rows: a title with the unit, the indicator row (merged) and the slot row. */
    private static byte[] skeleton() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("B204-1");
            sheet.createRow(0).createCell(0).setCellValue("工业产销总值及主要产品产量  计量单位：万元");
            Row top = sheet.createRow(1);
            Row sub = sheet.createRow(2);
            top.createCell(0).setCellValue("统一社会信用代码");
            top.createCell(1).setCellValue("企业名称");
            List<String> indicators = List.of("工业总产值(现价)", "工业销售产值", "出口交货值", "用电量(万千瓦时)");
            for (int i = 0; i < 4; i++) {
                top.createCell(2 + i * 4).setCellValue(indicators.get(i));
                sheet.addMergedRegion(new CellRangeAddress(1, 1, 2 + i * 4, 5 + i * 4));
                for (int s = 0; s < 4; s++) {
                    sub.createCell(2 + i * 4 + s).setCellValue(MonthlySheetParser.SLOTS[s]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Keeps the writer's close/flush from closing the zip entry's stream. */
    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
