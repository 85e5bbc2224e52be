package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.demo.DemoCityGenerator;
import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.target.TargetService;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code package}: the demo city's canonical package, with a changed target and a changed monthly figure, imports
 * from a .zip into the demo database in one transaction; a package with a bad number or a region that disagrees
 * with the system is refused naming file, line and column, and changes nothing. H2 and PostgreSQL subclasses.
 */
@SpringBootTest(properties = "spring.application.name=industrypulse-package-import-test")
abstract class PackageImportTest {

    static final UserScope ADMIN = new UserScope("admin", Role.CITY_ADMIN, "130100");
    static final List<String> TABLES =
            List.of("region", "enterprise", "monthly_report", "target", "benchmark", "ppi", "va_ratio", "audit_log");

    @Autowired
    TableImportService imports;

    @Autowired
    StatDataService statData;

    @Autowired
    TargetService targets;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void aChangedPackageImportsAndABadOneChangesNothing() throws Exception {
        Path written = dir.resolve("package");
        new CanonicalPackageWriter().write(new DemoCityGenerator().generate().data(), written, false);

        // a bad number in monthly.csv, line 5, column output
        replaceLine(written.resolve("monthly.csv"), 5, line -> {
            String[] cells = line.split(",", -1);
            cells[2] = "12.3a";
            return String.join(",", cells);
        });
        Map<String, Long> counts = counts();
        TableImportResult bad = imports.importFile("package", zip(written, "bad.zip"), "bad.zip", ADMIN);
        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("monthly.csv");
            assertThat(p.row()).isEqualTo(5);
            assertThat(p.column()).isEqualTo("output");
        });
        assertThat(counts()).isEqualTo(counts);

        // a region that disagrees with the system
        new CanonicalPackageWriter().write(new DemoCityGenerator().generate().data(), written, true);
        List<String> regions = Files.readAllLines(written.resolve("regions.csv"));
        int city = 0;
        for (int i = 1; i < regions.size(); i++) {
            if (regions.get(i).contains(",city,")) {
                city = i;
            }
        }
        int cityLine = city + 1;
        replaceLine(written.resolve("regions.csv"), cityLine, line -> line.replaceFirst(",[^,]+,city,", ",别的市,city,"));
        TableImportResult inconsistent =
                imports.importFile("package", zip(written, "regions.zip"), "regions.zip", ADMIN);
        assertThat(inconsistent.problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("regions.csv");
            assertThat(p.row()).isEqualTo(cityLine);
            assertThat(p.rule()).isEqualTo("引用");
        });
        assertThat(counts()).isEqualTo(counts);

        // the demo package with a changed target and one changed output imports
        new CanonicalPackageWriter().write(new DemoCityGenerator().generate().data(), written, true);
        replaceAll(written.resolve("targets.csv"), "2026,130102,", "2026,130102,9.9", true);
        String[] second =
                Files.readAllLines(written.resolve("monthly.csv")).get(1).split(",", -1);
        replaceLine(written.resolve("monthly.csv"), 2, line -> {
            String[] cells = line.split(",", -1);
            cells[2] = "98765.43";
            return String.join(",", cells);
        });
        TableImportResult stored = imports.importFile("package", zip(written, "good.zip"), "good.zip", ADMIN);
        assertThat(stored.problems()).isEmpty();
        assertThat(stored.summary()).contains("新增地区 0 个、企业 0 家");
        assertThat(targets.growthTarget(Year.of(2026), "130102"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("9.9"));
        YearMonth period = YearMonth.parse(second[0]);
        assertThat(statData.monthlyOf(second[1], period, period))
                .extracting(MonthlyRow::output)
                .containsExactly(new BigDecimal("98765.43"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'import.package'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static void replaceLine(Path file, int line, java.util.function.UnaryOperator<String> change)
            throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(line - 1, change.apply(lines.get(line - 1)));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static void replaceAll(Path file, String prefix, String replacement, boolean wholeLine) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                lines.set(i, wholeLine ? replacement : lines.get(i).replace(prefix, replacement));
                found = true;
            }
        }
        assertThat(found).as(prefix).isTrue();
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private Path zip(Path directory, String name) throws Exception {
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream stream = new ZipOutputStream(out);
                Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                stream.putNextEntry(new ZipEntry("package/" + file.getFileName()));
                stream.write(Files.readAllBytes(file));
                stream.closeEntry();
            }
        }
        return zip;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }
}
