package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.demo.DemoCityGenerator;
import io.industrypulse.support.CommandLineRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --kind registry|targets|benchmarks|official|ppi|va-ratio|package FILE}: an empty database takes only a
 * package; after the demo city's package, good files import (exit 0, summary), bad arguments and bad files exit 2
 * naming file, row, column and rule.
 */
class TableImportCommandTest {

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void kindsImportAndBadInputExitsWithTwo() throws Exception {
        Path ppi = TableFiles.csv(dir, "ppi.csv", true, "月份,行业大类代码,PPI(上年同月=100)", "2026-10,99,101.2");
        assertThat(cli.run("import", "--kind", "ppi", "--period", "2026-10", ppi.toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--period").contains("只用于 monthly");
        assertThat(cli.run("import", "--kind", "prices", ppi.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--kind").contains("va-ratio");

        assertThat(cli.run("import", "--kind", "ppi", ppi.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("数据库为空").contains("ppi");

        CanonicalPackage city = new DemoCityGenerator().generate().data();
        Path written = dir.resolve("package");
        new CanonicalPackageWriter().write(city, written, false);
        assertThat(cli.run("import", "--kind", "package", written.toString()))
                .as(cli.err())
                .isEqualTo(0);
        assertThat(cli.out())
                .contains("已导入 规范数据包")
                .contains("新增地区 " + city.regions().size() + " 个、企业 "
                        + city.enterprises().size() + " 家");

        assertThat(cli.run("import", "--kind", "ppi", ppi.toString())).isEqualTo(2);
        assertThat(cli.err())
                .contains("导入被拒绝，未保存任何数据")
                .contains("  ppi.csv 第 2 行 B 列 [引用]: “行业大类代码”不是工业行业大类 (06-46) “99”");

        Path official = TableFiles.csv(dir, "official.csv", false, "月份,地区代码,累计增速(%)", "2026-10,130102,6.6");
        assertThat(cli.run("import", "--kind", "official", official.toString()))
                .as(cli.err())
                .isEqualTo(0);
        assertThat(cli.out()).contains("已导入 统计局反馈数").contains("1 行：新增 1");

        // five rows of October: kept beside the others, or alone with --replace-months
        CanonicalPackage demo = new DemoCityGenerator().generate().data();
        java.time.YearMonth october = java.time.YearMonth.of(2026, 10);
        List<String> codes = demo.monthly().stream()
                .filter(m -> m.period().equals(october))
                .map(CanonicalPackage.MonthlyRow::creditCode)
                .sorted()
                .toList();
        Path five = PackageZips.partial(demo, october, codes.subList(0, 5), dir, "five");
        assertThat(cli.run("import", "--kind", "ppi", "--replace-months", five.toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--replace-months").contains("只用于 package");
        assertThat(cli.run("import", "--kind", "package", five.toString()))
                .as(cli.err())
                .isEqualTo(0);
        assertThat(cli.out()).contains("保留 " + (codes.size() - 5) + " 行、删除 0 行");
        assertThat(cli.run("import", "--kind", "package", "--replace-months", five.toString()))
                .as(cli.err())
                .isEqualTo(0);
        assertThat(cli.out()).contains("保留 0 行、删除 " + (codes.size() - 5) + " 行");
    }
}
