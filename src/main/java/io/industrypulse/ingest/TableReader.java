package io.industrypulse.ingest;

import io.industrypulse.i18n.Messages;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * Reads a simple table (one sheet or one CSV file, the first non-empty row holding the Chinese headers) from an
 * .xlsx, an .xls (both through {@link WorkbookStream}) or a UTF-8 .csv (with or without BOM). The format is taken
 * from the content. Headers are matched to the {@link TableColumn}s by name, in any order; a missing required
 * column and a column nobody knows are problems. The instruction sheet of a template (说明) is skipped.
 */
final class TableReader {

    static final Set<String> INSTRUCTION_SHEETS = Set.of("说明", "填表说明");

    private TableReader() {}

    /**
     * What was read: the rows (still untyped) and the problems found so far.
     *
     * @param sheet the sheet read, or the file name of a CSV file
     * @param workbook whether the file is a workbook (an error copy can then repeat its sheet)
     * @param headerRow 0-based index of the header row, -1 when none was found
     */
    record Table(String sheet, boolean workbook, int headerRow, List<TableRow> rows, List<ImportProblem> problems) {}

    static Table read(Path file, String fileName, List<TableColumn> columns, int maxRows) {
        List<ImportProblem> problems = new ArrayList<>();
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (Files.size(file) == 0) {
                problems.add(fileProblem(Messages.get("ingest.error.emptyFile")));
                return new Table("", false, -1, List.of(), problems);
            }
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            problems.add(fileProblem(Messages.get("ingest.error.unreadable", e.getMessage())));
            return new Table("", false, -1, List.of(), problems);
        }
        Collector collector = new Collector(columns, maxRows, problems);
        if (magic == FileMagic.OOXML || magic == FileMagic.OLE2) {
            try {
                WorkbookStream.read(file, collector);
            } catch (ImportRejected | WorkbookStream.StopReading e) {
                problems.add(fileProblem(e.getMessage()));
            }
            if (collector.sheet == null && problems.isEmpty()) {
                problems.add(fileProblem(Messages.get("ingest.error.noDataSheet")));
            }
            return collector.table(true);
        }
        readCsv(file, fileName, collector);
        return collector.table(false);
    }

    private static void readCsv(Path file, String fileName, Collector collector) {
        String content;
        try {
            content = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            collector.problems.add(fileProblem(Messages.get("ingest.error.notTable")));
            return;
        } catch (IOException e) {
            collector.problems.add(fileProblem(Messages.get("ingest.error.unreadable", e.getMessage())));
            return;
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        collector.startSheet(fileName);
        List<String> lines = content.lines().toList();
        try {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                String[] fields;
                try {
                    fields = CsvFile.split(line, fileName, i + 1);
                } catch (PackageException e) {
                    collector.problems.add(new ImportProblem(
                            fileName, i + 1, "", ImportProblem.FORMAT, Messages.get("ingest.error.quote")));
                    continue;
                }
                List<SheetCell> cells = new ArrayList<>();
                for (int c = 0; c < fields.length; c++) {
                    if (!fields[c].isBlank()) {
                        cells.add(new SheetCell(c, SheetCell.Kind.TEXT, fields[c]));
                    }
                }
                if (!cells.isEmpty()) {
                    collector.row(i, cells);
                }
            }
        } catch (WorkbookStream.StopReading e) {
            collector.problems.add(fileProblem(e.getMessage()));
        }
    }

    /** The column letter of a 0-based column, e.g. {@code C}. */
    static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    private static ImportProblem fileProblem(String message) {
        return new ImportProblem("", 0, "", ImportProblem.FILE, message);
    }

    /** Takes the first data sheet's rows: the first one as headers, the others as data. */
    private static final class Collector implements SheetVisitor {

        private final List<TableColumn> columns;
        private final int maxRows;
        private final List<ImportProblem> problems;
        private final List<TableRow> rows = new ArrayList<>();
        private @Nullable String sheet;
        private int headerRow = -1;
        private int[] fileColumns;
        private final java.util.Set<Integer> headerColumns = new java.util.HashSet<>();

        Collector(List<TableColumn> columns, int maxRows, List<ImportProblem> problems) {
            this.columns = columns;
            this.maxRows = maxRows;
            this.problems = problems;
        }

        @Override
        public boolean startSheet(String name) {
            if (sheet != null || INSTRUCTION_SHEETS.contains(name.strip())) {
                return false;
            }
            sheet = name;
            return true;
        }

        @Override
        public void row(int rowIndex, List<SheetCell> cells) {
            if (cells.stream().allMatch(c -> c.text().isBlank())) {
                return;
            }
            if (headerRow < 0) {
                header(rowIndex, cells);
                return;
            }
            if (rows.size() >= maxRows) {
                throw new WorkbookStream.StopReading(Messages.get("ingest.error.tooManyRows", maxRows));
            }
            Map<Integer, SheetCell> byColumn = new HashMap<>();
            int before = problems.size();
            for (SheetCell cell : cells) {
                byColumn.put(cell.column(), cell);
                if (!cell.text().isBlank() && !headerColumns.contains(cell.column())) {
                    problems.add(new ImportProblem(
                            sheet,
                            rowIndex + 1,
                            letter(cell.column()),
                            ImportProblem.FORMAT,
                            Messages.get("ingest.error.noHeader", cell.text())));
                }
            }
            rows.add(new TableRow(
                    sheet, rowIndex + 1, columns, fileColumns, byColumn, problems, problems.size() - before));
        }

        private void header(int rowIndex, List<SheetCell> cells) {
            headerRow = rowIndex;
            fileColumns = new int[columns.size()];
            Arrays.fill(fileColumns, -1);
            for (SheetCell cell : cells) {
                if (cell.text().isBlank()) {
                    continue;
                }
                headerColumns.add(cell.column());
                int match = -1;
                for (int c = 0; c < columns.size(); c++) {
                    if (columns.get(c).matches(cell.text())) {
                        match = c;
                        break;
                    }
                }
                if (match < 0) {
                    problems.add(new ImportProblem(
                            sheet,
                            rowIndex + 1,
                            letter(cell.column()),
                            ImportProblem.HEADER,
                            Messages.get(
                                    "ingest.error.unknownColumn", cell.text().strip())));
                } else if (fileColumns[match] >= 0) {
                    problems.add(new ImportProblem(
                            sheet,
                            rowIndex + 1,
                            letter(cell.column()),
                            ImportProblem.HEADER,
                            Messages.get(
                                    "ingest.error.duplicateColumn",
                                    columns.get(match).header(),
                                    letter(fileColumns[match]))));
                } else {
                    fileColumns[match] = cell.column();
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                if (fileColumns[c] < 0 && columns.get(c).required()) {
                    problems.add(new ImportProblem(
                            sheet,
                            rowIndex + 1,
                            "",
                            ImportProblem.HEADER,
                            Messages.get(
                                    "ingest.error.missingColumn", columns.get(c).header())));
                }
            }
        }

        @Override
        public void merged(int firstRow, int lastRow, int firstColumn, int lastColumn) {}

        @Override
        public boolean endSheet() {
            return sheet == null;
        }

        Table table(boolean workbook) {
            String name = sheet == null ? "" : sheet;
            if (sheet != null && headerRow < 0 && problems.isEmpty()) {
                problems.add(
                        new ImportProblem(name, 0, "", ImportProblem.HEADER, Messages.get("ingest.error.noHeaderRow")));
            } else if (headerRow >= 0 && rows.isEmpty() && problems.isEmpty()) {
                problems.add(
                        new ImportProblem(name, 0, "", ImportProblem.FILE, Messages.get("ingest.error.noDataRows")));
            }
            return new Table(name, workbook, headerRow, List.copyOf(rows), problems);
        }
    }
}
