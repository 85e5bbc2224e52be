package io.industrypulse.ingest;

import io.industrypulse.ingest.CanonicalPackage.BenchmarkRow;
import io.industrypulse.ingest.CanonicalPackage.EnterpriseRow;
import io.industrypulse.ingest.CanonicalPackage.MonthlyRow;
import io.industrypulse.ingest.CanonicalPackage.PpiRow;
import io.industrypulse.ingest.CanonicalPackage.RegionRow;
import io.industrypulse.ingest.CanonicalPackage.TargetRow;
import io.industrypulse.ingest.CanonicalPackage.VaRatioRow;
import io.industrypulse.report.FormulaGuard;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Writes a {@link CanonicalPackage} as the seven CSV files of DESIGN.md section 4, formatted like the golden packages:
 * UTF-8 without BOM, a header row, CRLF line ends, periods as {@code 2025-01}, decimals in plain notation exactly as
 * held by the {@link BigDecimal} (never scientific), empty cells for absent values. Cells holding a comma, quote or
 * line break are quoted (RFC 4180).
 */
public final class CanonicalPackageWriter {

    /** The file names of a canonical package, in the order they are written. */
    public static final List<String> FILE_NAMES = List.of(
            "regions.csv",
            "enterprises.csv",
            "monthly.csv",
            "va_ratio.csv",
            "ppi.csv",
            "targets.csv",
            "benchmarks.csv");

    private static final String LINE_END = "\r\n";

    /**
     * Writes the package into {@code directory}, creating it if needed.
     *
     * @param extras further files written after the canonical ones (their names must not clash)
     * @param force whether to overwrite files in a directory that is not empty; without it such a directory is refused
     * @throws OutputDirectoryNotEmptyException if the directory holds anything and {@code force} is false
     */
    public void write(CanonicalPackage data, Path directory, boolean force, List<CsvTable> extras) throws IOException {
        if (Files.isDirectory(directory) && !force && !isEmpty(directory)) {
            throw new OutputDirectoryNotEmptyException(directory);
        }
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        for (CsvTable table : tables(data)) {
            tables.put(table.fileName(), table);
        }
        for (CsvTable extra : extras) {
            if (tables.putIfAbsent(extra.fileName(), extra) != null) {
                throw new IllegalArgumentException("Extra file clashes with another file: " + extra.fileName());
            }
        }
        Files.createDirectories(directory);
        for (CsvTable table : tables.values()) {
            try (Writer out = Files.newBufferedWriter(directory.resolve(table.fileName()), StandardCharsets.UTF_8)) {
                write(table, out);
            }
        }
    }

    /** Writes the package without extra files. */
    public void write(CanonicalPackage data, Path directory, boolean force) throws IOException {
        write(data, directory, force, List.of());
    }

    /** The package as the seven tables of DESIGN.md section 4, in {@link #FILE_NAMES} order. */
    public static List<CsvTable> tables(CanonicalPackage data) {
        return List.of(
                table(
                        "regions.csv",
                        List.of("code", "name", "level", "parent_code"),
                        data.regions(),
                        (RegionRow r) -> cells(r.code(), FormulaGuard.csv(r.name()), r.level(), r.parentCode())),
                table(
                        "enterprises.csv",
                        List.of("credit_code", "name", "county_code", "industry_code", "above_size_since"),
                        data.enterprises(),
                        (EnterpriseRow e) -> cells(
                                e.creditCode(),
                                FormulaGuard.csv(e.name()),
                                e.countyCode(),
                                e.industryCode(),
                                period(e.aboveSizeSince()))),
                table(
                        "monthly.csv",
                        List.of("period", "credit_code", "output", "output_ly", "revenue", "electricity"),
                        data.monthly(),
                        (MonthlyRow m) -> cells(
                                period(m.period()),
                                m.creditCode(),
                                decimal(m.output()),
                                decimal(m.outputLy()),
                                decimal(m.revenue()),
                                decimal(m.electricity()))),
                table(
                        "va_ratio.csv",
                        List.of("year", "industry_code", "va_ratio"),
                        data.vaRatios(),
                        (VaRatioRow v) -> cells(String.valueOf(v.year()), v.industryCode(), decimal(v.vaRatio()))),
                table(
                        "ppi.csv",
                        List.of("period", "industry_code", "ppi_yoy"),
                        data.ppi(),
                        (PpiRow p) -> cells(period(p.period()), p.industryCode(), decimal(p.ppiYoy()))),
                table(
                        "targets.csv",
                        List.of("year", "region_code", "target_growth"),
                        data.targets(),
                        (TargetRow t) -> cells(String.valueOf(t.year()), t.regionCode(), decimal(t.targetGrowth()))),
                table(
                        "benchmarks.csv",
                        List.of("period", "scope", "growth_cum"),
                        data.benchmarks(),
                        (BenchmarkRow b) -> cells(period(b.period()), b.scope(), decimal(b.growthCum()))));
    }

    /** Writes one table: header, then rows, each line ended by CRLF. */
    public static void write(CsvTable table, Writer out) throws IOException {
        Writer buffered = out instanceof BufferedWriter ? out : new BufferedWriter(out);
        writeLine(table.header(), buffered);
        for (List<String> row : table.rows()) {
            writeLine(row, buffered);
        }
        buffered.flush();
    }

    private static void writeLine(List<String> cells, Writer out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(cells.get(i)));
        }
        out.write(LINE_END);
    }

    static String escape(String cell) {
        if (cell == null) {
            return "";
        }
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    private static <T> CsvTable table(
            String fileName, List<String> header, List<T> rows, Function<T, List<String>> toCells) {
        List<List<String>> cells = new ArrayList<>(rows.size());
        for (T row : rows) {
            cells.add(toCells.apply(row));
        }
        return new CsvTable(fileName, header, cells);
    }

    private static List<String> cells(String... values) {
        return Arrays.asList(values);
    }

    private static String period(YearMonth period) {
        return period == null ? null : period.toString();
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The target directory holds files and overwriting was not asked for. */
    public static final class OutputDirectoryNotEmptyException extends IOException {
        OutputDirectoryNotEmptyException(Path directory) {
            super("Directory " + directory + " is not empty; refusing to overwrite (use --force to overwrite)");
        }
    }
}
