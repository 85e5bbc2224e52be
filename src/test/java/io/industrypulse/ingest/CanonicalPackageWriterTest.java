package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.industrypulse.ingest.CanonicalPackage.BenchmarkRow;
import io.industrypulse.ingest.CanonicalPackage.EnterpriseRow;
import io.industrypulse.ingest.CanonicalPackage.MonthlyRow;
import io.industrypulse.ingest.CanonicalPackage.PpiRow;
import io.industrypulse.ingest.CanonicalPackage.RegionRow;
import io.industrypulse.ingest.CanonicalPackage.TargetRow;
import io.industrypulse.ingest.CanonicalPackage.VaRatioRow;
import io.industrypulse.ingest.CanonicalPackageWriter.OutputDirectoryNotEmptyException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalPackageWriterTest {

    private static final Path GOLDEN_SMALL = Path.of("../shared/golden/small");

    private final CanonicalPackageWriter writer = new CanonicalPackageWriter();

    @Test
    void writesEveryFileWithHeaderPlainDecimalsAndCrlf(@TempDir Path directory) throws IOException {
        CanonicalPackage data = new CanonicalPackage(
                List.of(new RegionRow("130000", "示例省", "province", null)),
                List.of(new EnterpriseRow("91130102MA0000000X", "示例有限公司", "130102", "39", YearMonth.of(2025, 1))),
                List.of(new MonthlyRow(
                        YearMonth.of(2026, 2),
                        "91130102MA0000000X",
                        new BigDecimal("1E+7").setScale(2),
                        new BigDecimal("0.00"),
                        new BigDecimal("12.5"),
                        new BigDecimal("0.000001"))),
                List.of(new VaRatioRow(2026, "39", new BigDecimal("0.2013"))),
                List.of(new PpiRow(YearMonth.of(2026, 2), "39", new BigDecimal("98.6"))),
                List.of(new TargetRow(2026, "130100", new BigDecimal("6.0"))),
                List.of(new BenchmarkRow(YearMonth.of(2026, 2), "city", new BigDecimal("-1.2"))));

        writer.write(
                data,
                directory,
                false,
                List.of(new CsvTable("extra.csv", List.of("a", "b"), List.of(List.of("x,y", "say \"hi\"")))));

        assertThat(read(directory, "regions.csv")).isEqualTo("code,name,level,parent_code\r\n130000,示例省,province,\r\n");
        assertThat(read(directory, "enterprises.csv"))
                .isEqualTo("credit_code,name,county_code,industry_code,above_size_since\r\n"
                        + "91130102MA0000000X,示例有限公司,130102,39,2025-01\r\n");
        assertThat(read(directory, "monthly.csv"))
                .isEqualTo("period,credit_code,output,output_ly,revenue,electricity\r\n"
                        + "2026-02,91130102MA0000000X,10000000.00,0.00,12.5,0.000001\r\n");
        assertThat(read(directory, "va_ratio.csv")).isEqualTo("year,industry_code,va_ratio\r\n2026,39,0.2013\r\n");
        assertThat(read(directory, "ppi.csv")).isEqualTo("period,industry_code,ppi_yoy\r\n2026-02,39,98.6\r\n");
        assertThat(read(directory, "targets.csv")).isEqualTo("year,region_code,target_growth\r\n2026,130100,6.0\r\n");
        assertThat(read(directory, "benchmarks.csv")).isEqualTo("period,scope,growth_cum\r\n2026-02,city,-1.2\r\n");
        assertThat(read(directory, "extra.csv")).isEqualTo("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n");
    }

    @Test
    void refusesANonEmptyDirectoryUnlessForced(@TempDir Path directory) throws IOException {
        CanonicalPackage empty =
                new CanonicalPackage(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        Files.writeString(directory.resolve("notes.txt"), "keep");

        assertThatThrownBy(() -> writer.write(empty, directory, false))
                .isInstanceOf(OutputDirectoryNotEmptyException.class)
                .hasMessageContaining("not empty")
                .hasMessageContaining("--force");
        assertThat(directory.resolve("regions.csv")).doesNotExist();

        writer.write(empty, directory, true);
        assertThat(read(directory, "regions.csv")).isEqualTo("code,name,level,parent_code\r\n");
        assertThat(read(directory, "notes.txt")).isEqualTo("keep");
    }

    @Test
    void writesAnEmptyOrMissingDirectory(@TempDir Path directory) throws IOException {
        CanonicalPackage empty =
                new CanonicalPackage(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        writer.write(empty, directory, false);
        writer.write(empty, directory.resolve("a/b"), false);
        assertThat(directory.resolve("a/b/benchmarks.csv")).isRegularFile();
    }

    /** Reading a golden package naively and writing it again gives the same bytes: the formats agree. */
    @Test
    void rewritesTheGoldenSmallPackageByteForByte(@TempDir Path directory) throws IOException {
        // the golden cases are part of every checkout (../shared/golden): missing is a failure, never a silent skip
        assertThat(GOLDEN_SMALL)
                .as("golden packages not found at " + GOLDEN_SMALL.toAbsolutePath())
                .isDirectory();
        CanonicalPackage golden = new CanonicalPackage(
                rows("regions.csv", c -> new RegionRow(c[0], c[1], c[2], c.length > 3 ? c[3] : null)),
                rows("enterprises.csv", c -> new EnterpriseRow(c[0], c[1], c[2], c[3], YearMonth.parse(c[4]))),
                rows(
                        "monthly.csv",
                        c -> new MonthlyRow(
                                YearMonth.parse(c[0]),
                                c[1],
                                new BigDecimal(c[2]),
                                new BigDecimal(c[3]),
                                new BigDecimal(c[4]),
                                new BigDecimal(c[5]))),
                rows("va_ratio.csv", c -> new VaRatioRow(Integer.parseInt(c[0]), c[1], new BigDecimal(c[2]))),
                rows("ppi.csv", c -> new PpiRow(YearMonth.parse(c[0]), c[1], new BigDecimal(c[2]))),
                rows("targets.csv", c -> new TargetRow(Integer.parseInt(c[0]), c[1], new BigDecimal(c[2]))),
                rows("benchmarks.csv", c -> new BenchmarkRow(YearMonth.parse(c[0]), c[1], new BigDecimal(c[2]))));

        writer.write(golden, directory, false);

        for (String file : CanonicalPackageWriter.FILE_NAMES) {
            assertThat(Files.readAllBytes(directory.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(GOLDEN_SMALL.resolve(file)));
        }
    }

    private static <T> List<T> rows(String file, Function<String[], T> parse) throws IOException {
        List<String> lines = Files.readAllLines(GOLDEN_SMALL.resolve(file), StandardCharsets.UTF_8);
        List<T> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(parse.apply(line.split(",", -1)));
        }
        return rows;
    }

    private static String read(Path directory, String file) throws IOException {
        return Files.readString(directory.resolve(file), StandardCharsets.UTF_8);
    }
}
