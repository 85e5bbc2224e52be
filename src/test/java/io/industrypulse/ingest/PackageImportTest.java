package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.demo.DemoCityGenerator;
import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.target.TargetService;
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

    /**
     * A package with 5 rows of a stored month keeps the month's other rows and records a revision of what it changed;
     * told to replace the month it leaves exactly its 5 rows, and the revision and the audit list every removed row
     * with the values it had. Expected counts and values come from the database before the import.
     */
    @Test
    void aPartialPackageKeepsTheMonthUnlessToldToReplaceItAndRecordsEveryRemovedRow() throws Exception {
        CanonicalPackage demo = new DemoCityGenerator().generate().data();
        YearMonth month = demo.monthly().stream()
                .map(CanonicalPackage.MonthlyRow::period)
                .max(YearMonth::compareTo)
                .orElseThrow();
        Map<String, BigDecimal[]> stored = new LinkedHashMap<>();
        jdbc.sql("SELECT credit_code, output, output_ly FROM monthly_report WHERE period = :p ORDER BY credit_code")
                .param("p", month.atDay(1))
                .query(rs -> {
                    stored.put(rs.getString(1), new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3)});
                });
        assertThat(stored).hasSizeGreaterThan(5);
        List<String> five = stored.keySet().stream().limit(5).toList();
        // two of the five with a new output, three as stored
        List<CanonicalPackage.MonthlyRow> rows = demo.monthly().stream()
                .filter(m -> m.period().equals(month) && five.contains(m.creditCode()))
                .map(m -> m.creditCode().equals(five.get(0)) || m.creditCode().equals(five.get(1))
                        ? new CanonicalPackage.MonthlyRow(
                                m.period(),
                                m.creditCode(),
                                m.output().add(new BigDecimal("100.00")),
                                m.outputLy(),
                                m.revenue(),
                                m.electricity())
                        : m)
                .toList();
        assertThat(rows).hasSize(5);
        CanonicalPackage partial = new CanonicalPackage(
                demo.regions(), demo.enterprises(), rows, demo.vaRatios(), demo.ppi(), List.of(), List.of());
        Path written = dir.resolve("partial");
        new CanonicalPackageWriter().write(partial, written, true);
        Path zip = zip(written, "partial.zip");
        try {
            TableImportResult kept = imports.importFile("package", zip, "partial.zip", ADMIN);
            assertThat(kept.problems()).isEmpty();
            assertThat(monthRows(month)).isEqualTo(stored.size());
            var revision = latestRevision(month);
            assertThat(revision.get("kind")).isEqualTo("package");
            assertThat(revision.get("row_count")).isEqualTo((long) stored.size());
            var changes = revisions.changes((Long) revision.get("id")).orElseThrow();
            assertThat(changes.added()).isEmpty();
            assertThat(changes.removed()).isEmpty();
            assertThat(changes.changed())
                    .extracting(c -> c.creditCode() + " " + c.field() + " " + c.before() + " -> " + c.after())
                    .containsExactlyInAnyOrder(
                            five.get(0) + " output " + stored.get(five.get(0))[0] + " -> "
                                    + stored.get(five.get(0))[0].add(new BigDecimal("100.00")),
                            five.get(1) + " output " + stored.get(five.get(1))[0] + " -> "
                                    + stored.get(five.get(1))[0].add(new BigDecimal("100.00")));

            // the same package, replacing the month: exactly its five rows remain
            assertThat(imports.packageRemovals(zip, ADMIN)).containsExactly(Map.entry(month, stored.size() - 5));
            TableImportResult replaced = imports.importFile("package", zip, "partial.zip", ADMIN, true);
            assertThat(replaced.problems()).isEmpty();
            assertThat(monthRows(month)).isEqualTo(5);
            var second = latestRevision(month);
            assertThat(second.get("revision")).isEqualTo((Integer) revision.get("revision") + 1);
            var removed =
                    revisions.changes((Long) second.get("id")).orElseThrow().removed();
            assertThat(removed).hasSize(stored.size() - 5);
            for (var row : removed) {
                assertThat(five).doesNotContain(row.creditCode());
                assertThat(row.values().get("output")).isEqualByComparingTo(stored.get(row.creditCode())[0]);
                assertThat(row.values().get("output_ly")).isEqualByComparingTo(stored.get(row.creditCode())[1]);
            }
            String audited = jdbc.sql("""
                            SELECT before_json FROM audit_log WHERE action = 'import.package.month' AND entity_key = :m
                            ORDER BY id DESC LIMIT 1""")
                    .param("m", month.toString())
                    .query(String.class)
                    .single();
            stored.keySet().stream()
                    .filter(c -> !five.contains(c))
                    .forEach(c -> assertThat(audited).contains(c));
        } finally {
            // the demo month back as it was
            Path full = dir.resolve("full");
            new CanonicalPackageWriter().write(demo, full, true);
            assertThat(imports.importFile("package", zip(full, "full.zip"), "full.zip", ADMIN, true)
                            .problems())
                    .isEmpty();
        }
        assertThat(monthRows(month)).isEqualTo(stored.size());
    }

    @Autowired
    io.industrypulse.statdata.RevisionService revisions;

    private long monthRows(YearMonth month) {
        return jdbc.sql("SELECT COUNT(*) FROM monthly_report WHERE period = :p")
                .param("p", month.atDay(1))
                .query(Long.class)
                .single();
    }

    private Map<String, Object> latestRevision(YearMonth month) {
        return jdbc.sql("""
                        SELECT id, revision, kind, row_count FROM monthly_revision WHERE period = :p
                        ORDER BY revision DESC LIMIT 1""")
                .param("p", month.atDay(1))
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", rs.getLong(1));
                    row.put("revision", rs.getInt(2));
                    row.put("kind", rs.getString(3));
                    row.put("row_count", (long) rs.getInt(4));
                    return row;
                })
                .single();
    }

    private Path zip(Path directory, String name) throws Exception {
        return PackageZips.zip(directory, dir.resolve(name));
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
