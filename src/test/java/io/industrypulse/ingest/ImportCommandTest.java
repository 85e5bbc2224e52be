package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.demo.DemoCityGenerator;
import io.industrypulse.support.CommandLineRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --kind monthly --period YYYY-MM FILE}: into an empty database it says so and stores nothing; after
 * the demo city's package, a workbook filled in from the downloadable template imports (exit 0); bad arguments and a
 * bad file exit 2 with the reason.
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

        Path filled = FilledTemplate.write(dir, "130102", 3);
        assertThat(cli.run("import", "--period", "2026-11", filled.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("数据库为空").contains("import --kind package");
        assertThat(cli.out()).doesNotContain("已导入");

        Path demo = dir.resolve("demo");
        new CanonicalPackageWriter().write(new DemoCityGenerator().generate().data(), demo, false);
        assertThat(cli.run("import", "--kind", "package", demo.toString()))
                .as(cli.err())
                .isZero();

        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        assertThat(cli.run("import", "--period", "2026-11", empty.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("导入被拒绝").contains("[文件]");

        assertThat(cli.run("import", "--period", "2026-11", filled.toString()))
                .as(cli.err())
                .isEqualTo(0);
        assertThat(cli.out()).contains("已导入 2026-11 第 1 版：3 家企业");
        assertThat(cli.out()).containsPattern("核实性审核（S1-S6）：\\d 家企业被标记，共 \\d+ 条");
    }
}
