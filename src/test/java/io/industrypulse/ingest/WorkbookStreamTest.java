package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worksheet reader against hostile XML: an uploaded .xlsx is a zip of XML parts anyone can edit, so a DOCTYPE with
 * an external entity (which would read a file of the server into a cell) or with nested internal entities (a billion
 * laughs) must be refused as a damaged workbook before any of its text reaches the import.
 */
class WorkbookStreamTest {

    @TempDir
    Path dir;

    @Test
    void anExternalEntityIsRefusedAndTheFileItNamesIsNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-OF-THE-SERVER");
        Path file =
                withSheetDoctype("<!DOCTYPE worksheet [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>", "&leak;");

        assertRefusedAsDamagedShowingNothingOf(file, "SECRET");
    }

    @Test
    void nestedInternalEntitiesAreRefusedWithoutExpanding() throws IOException {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY l").append(i).append(" \"");
            doctype.append(("&l" + (i - 1) + ";").repeat(10));
            doctype.append("\">");
        }
        Path file = withSheetDoctype(doctype.append("]>").toString(), "&l9;");

        assertRefusedAsDamagedShowingNothingOf(file, "lollol");
    }

    @Test
    void theSameSheetWithoutTheDoctypeIsReadCellByCell() throws IOException {
        Path file = withSheetDoctype("", "&amp;<![CDATA[<b>]]>");
        List<String> seen = new ArrayList<>();

        WorkbookStream.read(file, recorder(seen));

        assertThat(seen).containsExactly("0:0:TEXT:统一社会信用代码", "0:1:TEXT:A&<b>", "1:0:NUMBER:12.5");
    }

    private static void assertRefusedAsDamagedShowingNothingOf(Path file, String text) {
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> WorkbookStream.read(file, recorder(seen)))
                .isInstanceOf(ImportRejected.class)
                .hasMessageStartingWith("文件已损坏或不是有效的 .xlsx 工作簿");
        assertThat(String.join(" ", seen)).doesNotContain(text);
    }

    /**
     * A one-sheet workbook written by POI (A1 a shared string, B1 an inline string, A2 a number) whose sheet part is
     * given {@code doctype} after the XML declaration and {@code inlineText} after B1's own text.
     */
    private Path withSheetDoctype(String doctype, String inlineText) throws IOException {
        byte[] template;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("B204-1");
            sheet.createRow(0).createCell(0).setCellValue("统一社会信用代码");
            sheet.createRow(1).createCell(0).setCellValue(12.5);
            wb.write(out);
            template = out.toByteArray();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    int declarationEnd = xml.indexOf("?>") + 2;
                    int firstCellEnd = xml.indexOf("</c>") + 4;
                    xml = xml.substring(0, declarationEnd)
                            + doctype
                            + xml.substring(declarationEnd, firstCellEnd)
                            + "<c r=\"B1\" t=\"inlineStr\"><is><t>A" + inlineText + "</t></is></c>"
                            + xml.substring(firstCellEnd);
                    out.write(xml.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return Files.write(dir.resolve("sheet.xlsx"), bytes.toByteArray());
    }

    private static SheetVisitor recorder(List<String> seen) {
        return new SheetVisitor() {
            @Override
            public boolean startSheet(String name) {
                return true;
            }

            @Override
            public void row(int rowIndex, List<SheetCell> cells) {
                cells.forEach(c -> seen.add(rowIndex + ":" + c.column() + ":" + c.kind() + ":" + c.text()));
            }

            @Override
            public void merged(int firstRow, int lastRow, int firstColumn, int lastColumn) {}

            @Override
            public boolean endSheet() {
                return true;
            }
        };
    }
}
