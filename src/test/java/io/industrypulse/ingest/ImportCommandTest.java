package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.CommandLineRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --kind monthly --period YYYY-MM FILE} on a fresh embedded database with the demo city: a workbook
 * filled in from the downloadable template imports (exit 0); bad arguments and a bad file exit 2 with the reason.
 */
class ImportCommandTest {

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void aTemplateFilledInImportsAndBadInputExitsWithTwo() throws Exception {
        assertThat(cli.run(
                        "import",
                        "--kind",
                        "monthly",
                        "--period",
                        "2026-13",
                        dir.resolve("x.xlsx").toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--period");
        assertThat(cli.run(
                        "import",
                        "--period",
                        "2026-11",
                        dir.resolve("missing.xlsx").toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("文件不存在");

        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        assertThat(cli.run("import", "--period", "2026-11", empty.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("导入被拒绝").contains("[文件]");

        assertThat(cli.run(
                        "import",
                        "--period",
                        "2026-11",
                        FilledTemplate.write(dir, "130102", 3).toString()))
                .as(cli.err())
                .isEqualTo(0);
        assertThat(cli.out()).contains("已导入 2026-11 第 1 版：3 家企业");
        assertThat(cli.out()).containsPattern("核实性审核（S1-S6）：\\d 家企业被标记，共 \\d+ 条");
    }
}
