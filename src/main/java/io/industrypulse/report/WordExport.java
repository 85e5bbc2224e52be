package io.industrypulse.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Writes a short Word document: a bold centred title, paragraphs, and one table of text cells (a bulletin). */
public final class WordExport {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private WordExport() {}

    public static byte[] docx(String title, List<String> paragraphs, List<String> headers, List<List<String>> rows) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph heading = doc.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = heading.createRun();
            run.setBold(true);
            run.setFontSize(16);
            run.setText(title);
            for (String paragraph : paragraphs) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
            for (int c = 0; c < headers.size(); c++) {
                table.getRow(0).getCell(c).setText(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < headers.size(); c++) {
                    table.getRow(r + 1).getCell(c).setText(rows.get(r).get(c));
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as a download named {@code fileName}. */
    public static ResponseEntity<byte[]> download(byte[] docx, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(DOCX))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(docx);
    }
}
