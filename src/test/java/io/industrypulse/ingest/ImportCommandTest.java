package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.Application;
import io.industrypulse.cli.CommandLineMain;
import io.industrypulse.demo.DemoCityGenerator;
import io.industrypulse.ingest.CanonicalPackage.EnterpriseRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

/**
 * {@code import --kind monthly --period YYYY-MM FILE} on a fresh embedded database with the demo city: a workbook
 * filled in from the downloadable template imports (exit 0); bad arguments and a bad file exit 2 with the reason.
 */
class ImportCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aTemplateFilledInImportsAndBadInputExitsWithTwo() throws Exception {
        assertThat(run(
                        "import",
                        "--kind",
                        "monthly",
                        "--period",
                        "2026-13",
                        dir.resolve("x.xlsx").toString()))
                .isEqualTo(2);
        assertThat(err()).contains("--period");
        assertThat(run(
                        "import",
                        "--period",
                        "2026-11",
                        dir.resolve("missing.xlsx").toString()))
                .isEqualTo(2);
        assertThat(err()).contains("文件不存在");

        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        assertThat(run("import", "--period", "2026-11", empty.toString())).isEqualTo(2);
        assertThat(err()).contains("导入被拒绝").contains("[文件]");

        assertThat(run("import", "--period", "2026-11", filledTemplate().toString()))
                .as(err())
                .isEqualTo(0);
        assertThat(out()).contains("已导入 2026-11 第 1 版：3 家企业");
    }

    /** Three enterprises of 长安区 in the template, growing 10% on their November 2025 output. */
    private Path filledTemplate() throws Exception {
        CanonicalPackage demo = new DemoCityGenerator().generate().data();
        List<EnterpriseRow> county = demo.enterprises().stream()
                .filter(e -> e.countyCode().equals("130102"))
                .limit(3)
                .toList();
        Path file = dir.resolve("filled.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(MonthlyTemplate.bytes()))) {
            Sheet sheet = workbook.getSheet("B204-1");
            int r = MonthlyTemplate.FIRST_DATA_ROW;
            for (EnterpriseRow enterprise : county) {
                BigDecimal lastYear = demo.monthly().stream()
                        .filter(m -> m.creditCode().equals(enterprise.creditCode())
                                && m.period().equals(YearMonth.of(2025, 11)))
                        .map(CanonicalPackage.MonthlyRow::output)
                        .findFirst()
                        .orElseThrow();
                double ly = lastYear.doubleValue();
                double now = lastYear.multiply(new BigDecimal("1.10"))
                        .setScale(2, RoundingMode.HALF_UP)
                        .doubleValue();
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(enterprise.creditCode());
                row.createCell(1).setCellValue(enterprise.name());
                double[] values = {now, now * 11, ly, ly * 11, now, now * 11, ly, ly * 11, 0, 0, 0, 0, 5, 50, 4, 40};
                for (int i = 0; i < values.length; i++) {
                    row.createCell(2 + i).setCellValue(values[i]);
                }
            }
            try (OutputStream stream = Files.newOutputStream(file)) {
                workbook.write(stream);
            }
        }
        return file;
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        String database = "jdbc:h2:mem:cli-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            return CommandLineMain.execute(args, springArguments -> {
                List<String> all = new ArrayList<>(List.of(springArguments));
                all.add("--spring.datasource.url=" + database);
                return SpringApplication.run(Application.class, all.toArray(String[]::new));
            });
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
