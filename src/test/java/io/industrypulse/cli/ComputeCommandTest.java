package io.industrypulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.GoldenCases;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code compute} reproduces the golden cases and refuses bad input with exit 2, one message and no output. */
class ComputeCommandTest {

    @TempDir
    Path temp;

    private final StringWriter err = new StringWriter();

    static Stream<String> cases() {
        return GoldenCases.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesTheGoldenDocument(String name) {
        Path out = temp.resolve("result.json");

        int exit = run(GoldenCases.packageOf(name), out);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(GoldenCases.differences(GoldenCases.expected(name), GoldenCases.read(out)))
                .isEmpty();
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void missingFile() throws IOException {
        Path pkg = copyOfSmall();
        Files.delete(pkg.resolve("ppi.csv"));
        assertRefused(pkg, "ppi.csv: 文件不存在");
    }

    @Test
    void missingColumn() throws IOException {
        Path pkg = copyOfSmall();
        edit(pkg, "monthly.csv", 1, line -> line.replace("output_ly", "output_last_year"));
        assertRefused(pkg, "monthly.csv: 缺少 output_ly 列");
    }

    @Test
    void nonNumericAmount() throws IOException {
        Path pkg = copyOfSmall();
        edit(pkg, "monthly.csv", 12, line -> replaceField(line, 2, "abc"));
        assertRefused(pkg, "monthly.csv 第 12 行 output 列: 不是数字 “abc”");
    }

    @Test
    void negativeAmount() throws IOException {
        Path pkg = copyOfSmall();
        edit(pkg, "monthly.csv", 5, line -> replaceField(line, 3, "-3.5"));
        assertRefused(pkg, "monthly.csv 第 5 行 output_ly 列: 不能为负数 “-3.5”");
    }

    @Test
    void unknownCreditCode() throws IOException {
        Path pkg = copyOfSmall();
        edit(pkg, "monthly.csv", 7, line -> replaceField(line, 1, "91130100MA0000000X"));
        assertRefused(pkg, "monthly.csv 第 7 行 credit_code 列: enterprises.csv 中没有这个企业 “91130100MA0000000X”");
    }

    @Test
    void industryWithoutVaRatio() throws IOException {
        Path pkg = copyOfSmall();
        String industry = industryOfMonthlyLine(pkg, 2);
        removeLines(pkg, "va_ratio.csv", line -> line.startsWith("2025," + industry + ","));
        assertRefused(pkg, "credit_code 列: 行业 " + industry + " 缺少 2025 年增加值率 (va_ratio.csv)");
    }

    @Test
    void industryWithoutPpiForAPeriod() throws IOException {
        Path pkg = copyOfSmall();
        String industry = industryOfMonthlyLine(pkg, 2);
        removeLines(pkg, "ppi.csv", line -> line.startsWith("2025-03," + industry + ","));
        assertRefused(pkg, "行业 " + industry + " 缺少 2025-03 的 PPI (ppi.csv)");
    }

    @Test
    void duplicateEnterpriseMonth() throws IOException {
        Path pkg = copyOfSmall();
        List<String> lines = new ArrayList<>(Files.readAllLines(pkg.resolve("monthly.csv")));
        lines.add(lines.get(1));
        Files.write(pkg.resolve("monthly.csv"), lines);
        assertRefused(pkg, "monthly.csv 第 " + lines.size() + " 行 credit_code 列: ", "重复 (第 2 行已有)");
    }

    @Test
    void badInputLeavesAnExistingOutputAlone() throws IOException {
        Path pkg = copyOfSmall();
        Files.delete(pkg.resolve("targets.csv"));
        Path out = temp.resolve("result.json");
        Files.writeString(out, "previous");

        assertThat(run(pkg, out)).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("previous");
    }

    private void assertRefused(Path pkg, String... messageParts) {
        Path out = temp.resolve("result.json");

        int exit = run(pkg, out);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip()).contains(messageParts).doesNotContain("\n");
        assertThat(out).doesNotExist();
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(pkg);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int run(Path pkg, Path out) {
        CommandLine commandLine = new CommandLine(new IndustryPulseCommand());
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute("compute", "--package", pkg.toString(), "--out", out.toString());
    }

    private Path copyOfSmall() throws IOException {
        Path pkg = Files.createDirectory(temp.resolve("package"));
        try (Stream<Path> files = Files.list(GoldenCases.packageOf("small"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(file, pkg.resolve(file.getFileName()));
            }
        }
        return pkg;
    }

    private static void edit(Path pkg, String file, int lineNumber, UnaryOperator<String> change) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(pkg.resolve(file)));
        lines.set(lineNumber - 1, change.apply(lines.get(lineNumber - 1)));
        Files.write(pkg.resolve(file), lines);
    }

    private static void removeLines(Path pkg, String file, java.util.function.Predicate<String> which)
            throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(pkg.resolve(file)));
        assertThat(lines.removeIf(which)).isTrue();
        Files.write(pkg.resolve(file), lines);
    }

    private static String replaceField(String line, int index, String value) {
        String[] fields = line.split(",", -1);
        fields[index] = value;
        return String.join(",", fields);
    }

    private static String industryOfMonthlyLine(Path pkg, int lineNumber) throws IOException {
        String code = Files.readAllLines(pkg.resolve("monthly.csv"))
                .get(lineNumber - 1)
                .split(",")[1];
        return Files.readAllLines(pkg.resolve("enterprises.csv")).stream()
                .filter(line -> line.startsWith(code + ","))
                .findFirst()
                .orElseThrow()
                .split(",")[3];
    }
}
