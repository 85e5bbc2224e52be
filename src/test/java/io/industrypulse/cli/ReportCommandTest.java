package io.industrypulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.demo.DemoCityGenerator;
import io.industrypulse.ingest.CanonicalPackageWriter;
import io.industrypulse.support.CommandLineRun;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar industrypulse.jar report}: the documents written from the configured database, the city's and one
 * county's; bad arguments, an empty database and a month without figures exit with 2 and write nothing.
 */
class ReportCommandTest {

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void writesTheCityAndCountyDocumentsAndRefusesBadArguments() throws Exception {
        Path docx = dir.resolve("report.docx");
        assertThat(cli.run("report", "--period", "2026-10", "--format", "odt", "--out", docx.toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--format").contains("odt");
        assertThat(cli.run("report", "--period", "2026-10", "--kind", "memo", "--out", docx.toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("memo");
        assertThat(cli.run("report", "--period", "2026-10", "--out", docx.toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("数据库中还没有城市和数据");

        Path demo = dir.resolve("demo");
        new CanonicalPackageWriter().write(new DemoCityGenerator().generate().data(), demo, false);
        assertThat(cli.run("import", "--kind", "package", demo.toString()))
                .as(cli.err())
                .isZero();

        assertThat(cli.run("report", "--period", "2026-10", "--county", "999999", "--out", docx.toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("999999");
        assertThat(cli.run("report", "--period", "2026-11", "--out", docx.toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("2026-11").contains("没有已发布的数据");
        assertThat(docx).doesNotExist();

        assertThat(cli.run("report", "--period", "2026-10", "--format", "docx", "--out", docx.toString()))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("已生成《2026年10月份全市工业经济运行情况分析》");
        try (InputStream in = Files.newInputStream(docx);
                XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("2026年10月份全市工业经济运行情况分析", "一、总体情况");
        }

        Path pdf = dir.resolve("brief.pdf");
        assertThat(cli.run(
                        "report",
                        "--period",
                        "2026-10",
                        "--kind",
                        "brief",
                        "--county",
                        "130102",
                        "--format",
                        "pdf",
                        "--out",
                        pdf.toString()))
                .as(cli.err())
                .isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("2026年10月份长安区工业经济运行调度会材料");
        }
    }
}
