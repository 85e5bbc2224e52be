package io.industrypulse.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import io.industrypulse.i18n.Messages;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link ReportDocument} as PDF with OpenPDF and an embedded (subset) Chinese font, so it reads the same on
 * any machine: the title page, the sections, tables whose header repeats on each page, the charts drawn as vector
 * lines, the appendix, and on every page the data source and "第 N 页 共 M 页" (docs/adr/004-pdf-with-openpdf.md).
 */
final class PdfWriter {

    private static final Color[] LINE_COLORS = {
        new Color(0xC0, 0x39, 0x2B),
        new Color(0x1F, 0x5F, 0xAE),
        new Color(0x2E, 0x8B, 0x57),
        new Color(0x8E, 0x44, 0xAD)
    };
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color HEADER_FILL = new Color(0xEE, 0xF2, 0xF7);

    private PdfWriter() {}

    /** Marks no line may open with (GB/T 15834 punctuation; the rule Word and WPS apply to Chinese text). */
    static final String NO_LINE_START = "，。、；：？！）》」』】〕”’%‰·…—,.;:?!)]}";
    /** Marks no line may end with. */
    static final String NO_LINE_END = "（《「『【〔“‘([{";

    /**
     * Chinese line breaking: a line may break after any Chinese character (OpenPDF's default) but never before a
     * closing mark or after an opening one, so that no line starts with "，" or "）" and none ends with "（"; nor
     * inside a range of months.
     */
    static final SplitCharacter CHINESE_LINES = (start, current, end, chars, chunks) -> {
        if (NO_LINE_END.indexOf(chars[current]) >= 0) {
            return false;
        }
        // a range of months ("11-12月", "1-10月") stays on one line
        if (chars[current] == '-' && current > 0 && Character.isDigit(chars[current - 1])) {
            return false;
        }
        if (current + 1 < end && NO_LINE_START.indexOf(chars[current + 1]) >= 0) {
            return false;
        }
        return DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, chars, chunks);
    };

    private static Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        chineseLines(paragraph);
        return paragraph;
    }

    private static Phrase phrase(String text, Font font) {
        Phrase phrase = new Phrase(text, font);
        chineseLines(phrase);
        return phrase;
    }

    private static void chineseLines(Phrase phrase) {
        for (Element element : phrase) {
            if (element instanceof Chunk chunk) {
                chunk.setSplitCharacter(CHINESE_LINES);
            }
        }
    }

    static byte[] write(ReportDocument document, BaseFont font) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // margins of official documents (GB/T 9704): 37 mm top, 28 mm left, 26 mm right, 35 mm bottom
        Document pdf = new Document(PageSize.A4, mm(28), mm(26), mm(37), mm(35));
        try {
            com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(pdf, out);
            writer.setPageEvent(new Footer(font));
            pdf.addTitle(document.title());
            pdf.addCreator("IndustryPulse");
            pdf.open();
            Font title = new Font(font, 22, Font.BOLD);
            Font heading = new Font(font, 16, Font.BOLD);
            Font subheading = new Font(font, 14, Font.BOLD);
            Font text = new Font(font, 13);
            Font cell = new Font(font, 9.5f);
            Font cellHead = new Font(font, 9.5f, Font.BOLD);

            boolean full = ReportRenderer.full(document);
            for (int i = 0; i < (full ? 5 : 0); i++) {
                pdf.add(paragraph(" ", text));
            }
            Paragraph t = paragraph(document.title(), full ? title : new Font(font, 18, Font.BOLD));
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingAfter(full ? 24 : 6);
            pdf.add(t);
            if (full) {
                for (String line : ReportRenderer.titleLines(document)) {
                    Paragraph p = paragraph(line, new Font(font, 14));
                    p.setAlignment(Element.ALIGN_CENTER);
                    p.setSpacingBefore(10);
                    pdf.add(p);
                }
                pdf.newPage();
            } else {
                Paragraph p = paragraph(
                        String.join("  ", ReportRenderer.titleLines(document).subList(0, 3)), new Font(font, 11));
                p.setAlignment(Element.ALIGN_CENTER);
                p.setSpacingAfter(8);
                pdf.add(p);
            }

            int charts = 0;
            for (ReportDocument.Block block : document.blocks()) {
                if (block instanceof ReportDocument.Heading h) {
                    Paragraph p = paragraph(h.text(), h.level() == 1 ? heading : subheading);
                    p.setSpacingBefore(12);
                    p.setSpacingAfter(6);
                    pdf.add(p);
                } else if (block instanceof ReportDocument.Text x) {
                    Paragraph p = paragraph(x.text(), text);
                    p.setFirstLineIndent(26);
                    p.setLeading(22);
                    p.setSpacingAfter(4);
                    pdf.add(p);
                } else if (block instanceof ReportDocument.Table table) {
                    pdf.add(table(table, new Font(font, 11, Font.BOLD), cellHead, cell));
                } else if (block instanceof ReportDocument.Chart chart) {
                    pdf.add(chart(writer, chart, font));
                    Paragraph caption = paragraph(Messages.get("report.chart.caption", ++charts, chart.title()), cell);
                    caption.setAlignment(Element.ALIGN_CENTER);
                    caption.setSpacingAfter(8);
                    pdf.add(caption);
                }
            }
            if (!document.traces().isEmpty() && full) {
                pdf.newPage();
                pdf.add(paragraph(Messages.get("report.appendix.title"), heading));
                Paragraph note = paragraph(ReportRenderer.appendixNote(document), text);
                note.setSpacingAfter(6);
                pdf.add(note);
                pdf.add(table(
                        new ReportDocument.Table(
                                Messages.get("report.appendix.caption"),
                                ReportRenderer.appendixHeaders(),
                                ReportRenderer.appendixRows(document)),
                        new Font(font, 11, Font.BOLD),
                        cellHead,
                        cell));
            }
            pdf.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the PDF", e);
        }
    }

    /**
     * Column widths in proportion to what each column must hold: its longest cell on one line, its header on two
     * (a Chinese character counts as two Latin ones), so that "（万元）" does not break inside its brackets.
     */
    static float[] widths(ReportDocument.Table table) {
        float[] widths = new float[table.headers().size()];
        for (int c = 0; c < widths.length; c++) {
            float need = Math.max(4, width(table.headers().get(c)) / 2f + 3);
            for (List<String> row : table.rows()) {
                need = Math.max(need, width(row.get(c)) + 1);
            }
            widths[c] = need;
        }
        return widths;
    }

    private static int width(String text) {
        return text.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
    }

    private static PdfPTable table(ReportDocument.Table table, Font captionFont, Font headFont, Font font) {
        PdfPTable t = new PdfPTable(table.headers().size());
        t.setWidthPercentage(100);
        try {
            t.setWidths(widths(table));
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        t.setHeaderRows(2);
        t.setSpacingBefore(6);
        t.setSpacingAfter(8);
        PdfPCell caption = new PdfPCell(phrase(table.caption(), captionFont));
        caption.setColspan(table.headers().size());
        caption.setBorder(0);
        caption.setHorizontalAlignment(Element.ALIGN_CENTER);
        caption.setPaddingBottom(6);
        t.addCell(caption);
        for (String header : table.headers()) {
            PdfPCell c = new PdfPCell(phrase(header, headFont));
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setVerticalAlignment(Element.ALIGN_MIDDLE);
            c.setBackgroundColor(HEADER_FILL);
            c.setPadding(4);
            t.addCell(c);
        }
        for (List<String> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell c = new PdfPCell(phrase(row.get(i), font));
                c.setHorizontalAlignment(
                        i > 0 && ReportRenderer.numeric(row.get(i)) ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
                c.setPadding(3.5f);
                t.addCell(c);
            }
        }
        return t;
    }

    /** A line chart drawn as vector graphics: grid, value labels, months, one line per series, the legend below. */
    private static Image chart(com.lowagie.text.pdf.PdfWriter writer, ReportDocument.Chart chart, BaseFont font)
            throws DocumentException {
        float width = 440;
        float height = 230;
        float left = 40;
        float bottom = 46;
        float top = height - 26;
        float right = width - 12;
        PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (ReportDocument.Series s : chart.series()) {
            for (Double v : s.values()) {
                if (v != null) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        min = Math.min(0, Math.floor(min));
        max = Math.max(min + 1, Math.ceil(max));
        double step = niceStep((max - min) / 5);
        min = Math.floor(min / step) * step;
        max = Math.ceil(max / step) * step;

        text(canvas, font, 11, chart.title(), width / 2, height - 14, Element.ALIGN_CENTER);
        canvas.setLineWidth(0.5f);
        for (double v = min; v <= max + step / 2; v += step) {
            float y = (float) (bottom + (v - min) / (max - min) * (top - bottom));
            canvas.setColorStroke(GRID);
            canvas.moveTo(left, y);
            canvas.lineTo(right, y);
            canvas.stroke();
            text(canvas, font, 8, label(v, step), left - 4, y - 3, Element.ALIGN_RIGHT);
        }
        int points = chart.categories().size();
        float dx = points > 1 ? (right - left - 20) / (points - 1) : 0;
        for (int i = 0; i < points; i++) {
            text(canvas, font, 8, chart.categories().get(i), left + 10 + i * dx, bottom - 12, Element.ALIGN_CENTER);
        }
        float legendX = left;
        for (int s = 0; s < chart.series().size(); s++) {
            ReportDocument.Series series = chart.series().get(s);
            Color color = LINE_COLORS[s % LINE_COLORS.length];
            canvas.setColorStroke(color);
            canvas.setColorFill(color);
            canvas.setLineWidth(1.6f);
            boolean drawing = false;
            for (int i = 0; i < points; i++) {
                Double v = series.values().get(i);
                if (v == null) {
                    drawing = false;
                    continue;
                }
                float x = left + 10 + i * dx;
                float y = (float) (bottom + (v - min) / (max - min) * (top - bottom));
                if (drawing) {
                    canvas.lineTo(x, y);
                } else {
                    canvas.moveTo(x, y);
                    drawing = true;
                }
            }
            canvas.stroke();
            for (int i = 0; i < points; i++) {
                Double v = series.values().get(i);
                if (v != null) {
                    float x = left + 10 + i * dx;
                    float y = (float) (bottom + (v - min) / (max - min) * (top - bottom));
                    canvas.circle(x, y, 2);
                    canvas.fill();
                }
            }
            canvas.moveTo(legendX, 12);
            canvas.lineTo(legendX + 16, 12);
            canvas.stroke();
            text(canvas, font, 8, series.name(), legendX + 20, 9, Element.ALIGN_LEFT);
            legendX += 30 + font.getWidthPoint(series.name(), 8);
        }
        canvas.setColorFill(Color.BLACK);
        text(canvas, font, 8, chart.unit(), left - 4, top + 8, Element.ALIGN_RIGHT);
        Image image = Image.getInstance(canvas);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double nice : new double[] {1, 2, 2.5, 5, 10}) {
            if (raw <= nice * magnitude) {
                return nice * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String label(double value, double step) {
        return step < 1 ? String.format(java.util.Locale.ROOT, "%.1f", value) : String.valueOf(Math.round(value));
    }

    private static void text(
            PdfContentByte canvas, BaseFont font, float size, String text, float x, float y, int align) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.showTextAligned(align, text, x, y, 0);
        canvas.endText();
    }

    private static float mm(float millimetres) {
        return millimetres / 25.4f * 72;
    }

    /** The data source and "第 N 页 共 M 页" at the foot of every page; the total is filled in when the document closes. */
    private static final class Footer extends PdfPageEventHelper {

        private final BaseFont font;
        private @Nullable PdfTemplate total;

        Footer(BaseFont font) {
            this.font = font;
        }

        @Override
        public void onOpenDocument(com.lowagie.text.pdf.PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(com.lowagie.text.pdf.PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float centre = (document.left() + document.right()) / 2;
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_CENTER,
                    phrase(Messages.get("report.footer.source"), new Font(font, 8)),
                    centre,
                    document.bottom() - 26,
                    0);
            String[] parts =
                    Messages.get("report.footer.page", "\u0000", "\u0001").split("[\u0000\u0001]", -1);
            String before = parts[0] + writer.getPageNumber() + parts[1];
            float width = font.getWidthPoint(before, 9) + font.getWidthPoint("000" + parts[2], 9);
            float x = centre - width / 2;
            canvas.beginText();
            canvas.setFontAndSize(font, 9);
            canvas.setTextMatrix(x, document.bottom() - 40);
            canvas.showText(before);
            canvas.endText();
            canvas.addTemplate(total, x + font.getWidthPoint(before, 9), document.bottom() - 40);
        }

        @Override
        public void onCloseDocument(com.lowagie.text.pdf.PdfWriter writer, Document document) {
            String[] parts =
                    Messages.get("report.footer.page", "\u0000", "\u0001").split("[\u0000\u0001]", -1);
            total.beginText();
            total.setFontAndSize(font, 9);
            total.setTextMatrix(0, 0);
            total.showText((writer.getPageNumber() - 1) + parts[2]);
            total.endText();
        }
    }
}
