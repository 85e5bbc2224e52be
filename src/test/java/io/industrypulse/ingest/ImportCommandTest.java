package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.Application;
import io.industrypulse.cli.CommandLineMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

        assertThat(run(
                        "import",
                        "--period",
                        "2026-11",
                        FilledTemplate.write(dir, "130102", 3).toString()))
                .as(err())
                .isEqualTo(0);
        assertThat(out()).contains("已导入 2026-11 第 1 版：3 家企业");
        assertThat(out()).containsPattern("核实性审核（S1-S6）：\\d 家企业被标记，共 \\d+ 条");
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
