package io.industrypulse.report;

import io.industrypulse.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a {@link ReportDocument} as .docx: a title page, then the sections with real Word tables and native line
 * charts (their data in the chart's own workbook, so Word and WPS can edit them), the traceability appendix, and a
 * footer with the data source and the page number on every page. Chinese text is set in fonts both Word and WPS
 * have (黑体 for headings, 仿宋 for the text, 宋体 in tables) and named for the East Asian range, so neither falls
 * back to a Latin font.
 */
final class DocxWriter {

    static final String HEADING_FONT = "黑体";
    static final String TEXT_FONT = "仿宋";
    static final String TABLE_FONT = "宋体";
    private static final String LATIN_FONT = "Times New Roman";

    private DocxWriter() {}

    static byte[] write(ReportDocument document) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(doc);
            footer(doc);
            titlePage(doc, document);
            int chartNumber = 0;
            for (ReportDocument.Block block : document.blocks()) {
                if (block instanceof ReportDocument.Heading heading) {
                    heading(doc, heading.text(), heading.level());
                } else if (block instanceof ReportDocument.Text text) {
                    paragraph(doc, text.text());
                } else if (block instanceof ReportDocument.Table table) {
                    table(doc, table);
                } else if (block instanceof ReportDocument.Chart chart) {
                    chart(doc, chart, ++chartNumber);
                }
            }
            appendix(doc, document);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** A4 with the margins of official documents (GB/T 9704: 37 mm top, 28 mm left). */
    private static void pageSetup(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1588));
        margins.setRight(BigInteger.valueOf(1474));
        margins.setFooter(BigInteger.valueOf(992));
        margins.setHeader(BigInteger.valueOf(851));
    }

    /** "数据来源：…" and "第 N 页 共 M 页" on every page, as fields Word and WPS fill in. */
    private static void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph source = footer.createParagraph();
        source.setAlignment(ParagraphAlignment.CENTER);
        font(source.createRun(), TEXT_FONT, 9).setText(Messages.get("report.footer.source"));
        XWPFParagraph page = footer.createParagraph();
        page.setAlignment(ParagraphAlignment.CENTER);
        String[] parts = Messages.get("report.footer.page", "\u0000", "\u0001").split("[\u0000\u0001]", -1);
        font(page.createRun(), TEXT_FONT, 9).setText(parts[0]);
        field(page, "PAGE");
        font(page.createRun(), TEXT_FONT, 9).setText(parts[1]);
        field(page, "NUMPAGES");
        font(page.createRun(), TEXT_FONT, 9).setText(parts[2]);
    }

    private static void field(XWPFParagraph paragraph, String instruction) {
        var simple = paragraph.getCTP().addNewFldSimple();
        simple.setInstr(instruction);
        var run = simple.addNewR();
        run.addNewT().setStringValue("1");
    }

    private static void titlePage(XWPFDocument doc, ReportDocument document) {
        boolean full = ReportRenderer.full(document);
        for (int i = 0; i < (full ? 6 : 0); i++) {
            doc.createParagraph();
        }
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = font(title.createRun(), HEADING_FONT, 22);
        run.setBold(true);
        run.setText(document.title());
        if (!full) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            font(p.createRun(), TEXT_FONT, 12)
                    .setText(String.join(
                            "  ", ReportRenderer.titleLines(document).subList(0, 3)));
            return;
        }
        for (String line : ReportRenderer.titleLines(document)) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingBefore(200);
            font(p.createRun(), TEXT_FONT, 14).setText(line);
        }
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static void heading(XWPFDocument doc, String text, int level) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        p.setSpacingAfter(120);
        XWPFRun run = font(p.createRun(), level == 1 ? HEADING_FONT : TEXT_FONT, level == 1 ? 16 : 15);
        run.setBold(level > 1);
        run.setText(text);
    }

    private static void paragraph(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(640);
        p.setSpacingBetween(1.25);
        font(p.createRun(), TEXT_FONT, 16).setText(text);
    }

    private static void table(XWPFDocument doc, ReportDocument.Table table) {
        XWPFParagraph caption = doc.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        caption.setSpacingBefore(120);
        XWPFRun captionRun = font(caption.createRun(), HEADING_FONT, 12);
        captionRun.setText(table.caption());
        XWPFTable t = doc.createTable(table.rows().size() + 1, table.headers().size());
        t.setTableAlignment(TableRowAlign.CENTER);
        t.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
        t.setWidth("100%");
        t.getCTTbl().getTblPr().getTblW().setType(STTblWidth.PCT);
        cells(t, 0, table.headers(), true);
        for (int r = 0; r < table.rows().size(); r++) {
            cells(t, r + 1, table.rows().get(r), false);
        }
        // the header row repeats on every page a long table crosses
        t.getRow(0).setRepeatHeader(true);
    }

    private static void cells(XWPFTable t, int row, List<String> texts, boolean header) {
        for (int c = 0; c < texts.size(); c++) {
            XWPFTableCell cell = t.getRow(row).getCell(c);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(
                    header || c > 0 && ReportRenderer.numeric(texts.get(c))
                            ? ParagraphAlignment.CENTER
                            : ParagraphAlignment.LEFT);
            XWPFRun run = font(p.createRun(), header ? HEADING_FONT : TABLE_FONT, 10.5);
            run.setText(texts.get(c));
        }
    }

    private static void chart(XWPFDocument doc, ReportDocument.Chart chart, int number)
            throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFChart c = doc.createChart(p.createRun(), 15 * Units.EMU_PER_CENTIMETER, 8 * Units.EMU_PER_CENTIMETER);
        c.setTitleText(chart.title());
        c.setTitleOverlay(false);
        XSSFSheet sheet = c.getWorkbook().getSheetAt(0);
        int points = chart.categories().size();
        XSSFRow head = sheet.createRow(0);
        head.createCell(0).setCellValue(chart.unit());
        for (int i = 0; i < points; i++) {
            sheet.createRow(i + 1).createCell(0).setCellValue(chart.categories().get(i));
        }
        String[] categories = chart.categories().toArray(String[]::new);
        XDDFDataSource<String> x =
                XDDFDataSourcesFactory.fromArray(categories, c.formatRange(new CellRangeAddress(1, points, 0, 0)), 0);
        XDDFCategoryAxis bottom = c.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = c.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFLineChartData data = (XDDFLineChartData) c.createData(ChartTypes.LINE, bottom, left);
        data.setVaryColors(false);
        int column = 1;
        for (ReportDocument.Series series : chart.series()) {
            head.createCell(column).setCellValue(series.name());
            Double[] values = series.values().toArray(Double[]::new);
            for (int i = 0; i < points; i++) {
                if (values[i] != null) {
                    sheet.getRow(i + 1).createCell(column).setCellValue(values[i]);
                }
            }
            XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromArray(
                    values, c.formatRange(new CellRangeAddress(1, points, column, column)), column);
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) data.addSeries(x, y);
            line.setTitle(
                    series.name(),
                    new org.apache.poi.ss.util.CellReference(sheet.getSheetName(), 0, column, true, true));
            line.setMarkerStyle(MarkerStyle.CIRCLE);
            line.setSmooth(false);
            column++;
        }
        c.plot(data);
        c.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XWPFParagraph note = doc.createParagraph();
        note.setAlignment(ParagraphAlignment.CENTER);
        font(note.createRun(), TEXT_FONT, 10.5).setText(Messages.get("report.chart.caption", number, chart.title()));
    }

    /** 附件：数据溯源表 — every figure with the group, period and field it came from, and the data version. */
    private static void appendix(XWPFDocument doc, ReportDocument document) {
        if (document.traces().isEmpty() || !ReportRenderer.full(document)) {
            return;
        }
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        heading(doc, Messages.get("report.appendix.title"), 1);
        paragraph(doc, ReportRenderer.appendixNote(document));
        table(
                doc,
                new ReportDocument.Table(
                        Messages.get("report.appendix.caption"),
                        ReportRenderer.appendixHeaders(),
                        ReportRenderer.appendixRows(document)));
    }

    /** Sets the run's size and its fonts: Latin text in Times New Roman, Chinese in {@code eastAsia}. */
    static XWPFRun font(XWPFRun run, String eastAsia, double points) {
        CTFonts fonts = run.getCTR().isSetRPr() && run.getCTR().getRPr().sizeOfRFontsArray() > 0
                ? run.getCTR().getRPr().getRFontsArray(0)
                : run.getCTR().addNewRPr().addNewRFonts();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(eastAsia);
        fonts.setCs(LATIN_FONT);
        run.setFontSize(points);
        return run;
    }
}
