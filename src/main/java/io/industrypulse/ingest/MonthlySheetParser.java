package io.industrypulse.ingest;

import io.industrypulse.i18n.Messages;
import io.industrypulse.ingest.SheetCell.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * Finds the B204-1 table in a workbook and turns its rows into {@link ParsedRow}s (METHODOLOGY.md 1.2). The header is
 * the first row holding a short cell with 信用代码 and a cell with 总产值; it may be followed by a second header row
 * (本年本月, 本年1-本月, 上年同月, 上年1-同月) under indicator labels merged across four columns. Title rows above and a
 * total row (合计/总计) below are skipped. Amounts are converted to 万元 from the unit in the column label or a
 * 单位 cell above the header (元, 千元, 万元; electricity 千瓦时 or 万千瓦时). Only the first sheet with such a header is
 * read. Format problems (not a number, formula without a cached value, merged cells in the data area, missing
 * columns) are collected, not thrown.
 */
final class MonthlySheetParser implements SheetVisitor {

    /** Indicators in file order; each has four values. */
    static final String[] INDICATORS = {"工业总产值(现价)", "工业销售产值", "出口交货值", "用电量"};

    static final String[] SLOTS = {"本年本月", "本年1-本月", "上年同月", "上年1-同月"};

    static final int VALUES = 16;

    /**
     * One data row: where it is, the credit code and name as written, and 16 amounts in 万元 with two decimals, kept
     * as hundredths ({@link #BLANK} when blank) so that a file at the row limit stays small in memory.
     */
    record ParsedRow(String sheet, int rowIndex, String creditCode, String name, long[] cents) {

        /** The marker of a blank cell in {@link #cents}. */
        static final long BLANK = Long.MIN_VALUE;

        static ParsedRow of(String sheet, int rowIndex, String creditCode, String name, @Nullable BigDecimal[] values) {
            long[] cents = new long[values.length];
            for (int i = 0; i < values.length; i++) {
                cents[i] = values[i] == null
                        ? BLANK
                        : values[i]
                                .setScale(2, RoundingMode.HALF_UP)
                                .unscaledValue()
                                .longValueExact();
            }
            return new ParsedRow(sheet, rowIndex, creditCode, name, cents);
        }

        /** The 16 amounts (null when blank). */
        @Nullable
        BigDecimal[] values() {
            BigDecimal[] values = new BigDecimal[cents.length];
            for (int i = 0; i < cents.length; i++) {
                values[i] = cents[i] == BLANK ? null : BigDecimal.valueOf(cents[i], 2);
            }
            return values;
        }
    }

    private static final BigDecimal WAN = BigDecimal.ONE;
    private static final BigDecimal QIAN = new BigDecimal("0.1");
    private static final BigDecimal YUAN = new BigDecimal("0.0001");

    /** The largest amount stored (NUMERIC(18,2)). */
    private static final BigDecimal TOO_LARGE = new BigDecimal("9999999999999999");

    private final int maxRows;
    private final List<ParsedRow> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<String> titleTexts = new ArrayList<>();
    private final Map<Integer, String> headerLabels = new HashMap<>();
    private final List<int[]> merges = new ArrayList<>();
    private final java.util.Set<Integer> skippedRows = new java.util.HashSet<>();

    private String sheet;
    private boolean found;
    private int headerRow = -1;
    private int dataStart = -1;
    private int codeColumn = -1;
    private int nameColumn = -1;
    private final int[] valueColumns = new int[VALUES];
    private final BigDecimal[] factors = new BigDecimal[VALUES];
    private boolean columnsResolved;
    private int dataRows;

    /** The cells of the current data row by column (reused from row to row). */
    private SheetCell[] byColumn = new SheetCell[0];

    MonthlySheetParser(int maxRows) {
        this.maxRows = maxRows;
    }

    List<ParsedRow> rows() {
        return rows;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    @Nullable
    String sheet() {
        return found ? sheet : null;
    }

    int headerRowIndex() {
        return headerRow;
    }

    int lastHeaderRowIndex() {
        return dataStart - 1;
    }

    int lastColumn() {
        int last = Math.max(codeColumn, nameColumn);
        for (int c : valueColumns) {
            last = Math.max(last, c);
        }
        return last;
    }

    /** Called after the whole workbook was read. */
    void finish() {
        if (!found) {
            problems.add(new ImportProblem("", 0, "", ImportProblem.FORMAT, Messages.get("ingest.b204.noHeader")));
        } else if (columnsResolved && rows.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(sheet, 0, "", ImportProblem.FORMAT, Messages.get("ingest.b204.noRows")));
        }
    }

    @Override
    public boolean startSheet(String name) {
        sheet = name;
        titleTexts.clear();
        headerLabels.clear();
        merges.clear();
        headerRow = -1;
        return true;
    }

    @Override
    public void row(int rowIndex, List<SheetCell> cells) {
        if (headerRow < 0) {
            if (isHeader(cells)) {
                headerRow = rowIndex;
                found = true;
                String carried = "";
                int previous = -1;
                for (SheetCell cell : cells) {
                    String label = Amounts.label(cell.text());
                    if (cell.column() != previous + 1) {
                        carried = "";
                    }
                    carried = label.isEmpty() ? carried : label;
                    headerLabels.put(cell.column(), carried);
                    previous = cell.column();
                }
            } else {
                cells.forEach(c -> titleTexts.add(Amounts.label(c.text())));
            }
            return;
        }
        if (dataStart < 0) {
            boolean subHeader = rowIndex == headerRow + 1
                    && cells.stream()
                            .map(c -> Amounts.label(c.text()))
                            .anyMatch(
                                    t -> t.contains("本月") || t.contains("同月") || t.contains("累计") || t.contains("1-"));
            if (subHeader) {
                fillCarriedLabels(cells);
                for (SheetCell cell : cells) {
                    headerLabels.merge(cell.column(), Amounts.label(cell.text()), String::concat);
                }
                dataStart = rowIndex + 1;
                resolveColumns();
                return;
            }
            dataStart = rowIndex;
            resolveColumns();
        }
        if (!columnsResolved) {
            return;
        }
        data(rowIndex, cells);
    }

    /** Indicator labels merged over four columns hold their text in the first one only: carry it to the others. */
    private void fillCarriedLabels(List<SheetCell> subCells) {
        String carried = "";
        int max = subCells.stream().mapToInt(SheetCell::column).max().orElse(0);
        for (int c = 0; c <= max; c++) {
            String label = headerLabels.get(c);
            if (label != null && !label.isEmpty()) {
                carried = label;
            } else if (!carried.isEmpty() && isIndicator(carried)) {
                headerLabels.put(c, carried);
            }
        }
    }

    @Override
    public void merged(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        merges.add(new int[] {firstRow, lastRow, firstColumn, lastColumn});
    }

    @Override
    public boolean endSheet() {
        if (!found) {
            return true;
        }
        if (dataStart < 0) {
            dataStart = headerRow + 1;
            resolveColumns();
        }
        for (int[] m : merges) {
            if (m[1] >= dataStart && (m[0] != m[1] || m[2] != m[3]) && !(m[0] == m[1] && skippedRows.contains(m[0]))) {
                problems.add(new ImportProblem(
                        sheet,
                        Math.max(m[0], dataStart) + 1,
                        CellReference.convertNumToColString(m[2]),
                        ImportProblem.FORMAT,
                        Messages.get(
                                "ingest.b204.merged",
                                new org.apache.poi.ss.util.CellRangeAddress(m[0], m[1], m[2], m[3]).formatAsString())));
            }
        }
        return false;
    }

    private static boolean isHeader(List<SheetCell> cells) {
        boolean code = false;
        boolean output = false;
        for (SheetCell cell : cells) {
            String label = Amounts.label(cell.text());
            if (label.length() <= 20 && label.contains("信用代码")) {
                code = true;
            }
            if (label.length() <= 30 && label.contains("总产值")) {
                output = true;
            }
        }
        return code && output;
    }

    private static boolean isIndicator(String label) {
        return indicator(label) >= 0;
    }

    private static int indicator(String label) {
        if (label.contains("出口交货值")) {
            return 2;
        }
        if (label.contains("销售产值")) {
            return 1;
        }
        if (label.contains("总产值")) {
            return 0;
        }
        if (label.contains("用电") || label.contains("电量")) {
            return 3;
        }
        return -1;
    }

    private static int slot(String label) {
        boolean lastYear = label.contains("上年");
        boolean cumulative = label.contains("1-") || label.contains("累计");
        if (lastYear) {
            return cumulative ? 3 : 2;
        }
        if (cumulative) {
            return 1;
        }
        return label.contains("本月") || label.contains("当月") ? 0 : -1;
    }

    private void resolveColumns() {
        java.util.Arrays.fill(valueColumns, -1);
        BigDecimal sheetUnit = amountUnit(String.join(
                " ", titleTexts.stream().filter(t -> t.contains("单位")).toList()));
        for (Map.Entry<Integer, String> entry : headerLabels.entrySet()) {
            String label = entry.getValue();
            int column = entry.getKey();
            if (label.contains("信用代码")) {
                codeColumn = column;
                continue;
            }
            int indicator = indicator(label);
            if (indicator < 0) {
                if (label.contains("名称") && nameColumn < 0) {
                    nameColumn = column;
                }
                continue;
            }
            int slot = slot(label);
            if (slot < 0) {
                continue;
            }
            int index = indicator * 4 + slot;
            if (valueColumns[index] >= 0) {
                problems.add(new ImportProblem(
                        sheet,
                        headerRow + 1,
                        CellReference.convertNumToColString(column),
                        ImportProblem.FORMAT,
                        Messages.get("ingest.b204.duplicateHeader", INDICATORS[indicator] + " " + SLOTS[slot])));
                continue;
            }
            valueColumns[index] = column;
            factors[index] = indicator == 3 ? electricityUnit(label) : unitOr(amountUnit(label), sheetUnit);
        }
        List<String> missing = new ArrayList<>();
        if (codeColumn < 0) {
            missing.add("统一社会信用代码");
        }
        if (nameColumn < 0) {
            missing.add("企业名称");
        }
        for (int i = 0; i < VALUES; i++) {
            if (valueColumns[i] < 0) {
                missing.add(INDICATORS[i / 4] + " " + SLOTS[i % 4]);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new ImportProblem(
                    sheet,
                    headerRow + 1,
                    "",
                    ImportProblem.FORMAT,
                    Messages.get(
                            "ingest.b204.missingColumns",
                            String.join(Messages.get("ingest.error.listSeparator"), missing))));
        }
        columnsResolved = missing.isEmpty() && problems.isEmpty();
    }

    private static BigDecimal unitOr(@Nullable BigDecimal unit, @Nullable BigDecimal fallback) {
        return unit != null ? unit : fallback != null ? fallback : WAN;
    }

    private static @Nullable BigDecimal amountUnit(String label) {
        if (label.contains("万元")) {
            return WAN;
        }
        if (label.contains("千元")) {
            return QIAN;
        }
        if (label.contains("元")) {
            return YUAN;
        }
        return null;
    }

    private static BigDecimal electricityUnit(String label) {
        String lower = label.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("万千瓦时") || lower.contains("万kwh") || lower.contains("万度")) {
            return WAN;
        }
        if (lower.contains("千瓦时") || lower.contains("kwh") || lower.contains("度")) {
            return YUAN;
        }
        return WAN;
    }

    private void data(int rowIndex, List<SheetCell> cells) {
        if (byColumn.length == 0) {
            byColumn = new SheetCell[lastColumn() + 1];
        }
        java.util.Arrays.fill(byColumn, null);
        for (SheetCell c : cells) {
            if (c.column() < byColumn.length) {
                byColumn[c.column()] = c;
            }
        }
        String code = text(cell(codeColumn));
        String name = text(cell(nameColumn));
        String codeLabel = Amounts.label(code);
        String nameLabel = Amounts.label(name);
        if (isTotal(codeLabel) || (codeLabel.isEmpty() && isTotal(nameLabel))) {
            skippedRows.add(rowIndex);
            return;
        }
        boolean anyValue = false;
        for (int column : valueColumns) {
            SheetCell cell = cell(column);
            anyValue |= cell != null && !cell.isBlank();
        }
        if (codeLabel.isEmpty() && !anyValue) {
            return;
        }
        if (++dataRows > maxRows) {
            throw new WorkbookStream.StopReading(Messages.get("ingest.b204.tooManyRows", maxRows));
        }
        BigDecimal[] values = new BigDecimal[VALUES];
        for (int i = 0; i < VALUES; i++) {
            SheetCell cell = cell(valueColumns[i]);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            if (cell.kind() == Kind.NUMBER) {
                // the file's own number (plain or scientific notation): no need for the typed-text rules
                BigDecimal number = number(cell.text());
                if (number != null && number.abs().compareTo(TOO_LARGE) <= 0) {
                    values[i] = number.multiply(factors[i]).setScale(2, RoundingMode.HALF_UP);
                    if (values[i].abs().compareTo(TOO_LARGE) <= 0) {
                        continue;
                    }
                    values[i] = null;
                }
            }
            String where = CellReference.convertNumToColString(valueColumns[i]);
            switch (cell.kind()) {
                case FORMULA_WITHOUT_VALUE ->
                    problems.add(new ImportProblem(
                            sheet, rowIndex + 1, where, ImportProblem.FORMAT, Messages.get("ingest.b204.formula")));
                case ERROR ->
                    problems.add(new ImportProblem(
                            sheet,
                            rowIndex + 1,
                            where,
                            ImportProblem.FORMAT,
                            Messages.get("ingest.error.errorCell", cell.text())));
                case BOOLEAN ->
                    problems.add(new ImportProblem(
                            sheet,
                            rowIndex + 1,
                            where,
                            ImportProblem.FORMAT,
                            Messages.get("ingest.error.notNumber", cell.text())));
                default -> {
                    BigDecimal number = Amounts.parse(cell.text());
                    if (number == null) {
                        problems.add(new ImportProblem(
                                sheet,
                                rowIndex + 1,
                                where,
                                ImportProblem.FORMAT,
                                Messages.get("ingest.error.notNumber", shorten(cell.text()))));
                    } else {
                        BigDecimal converted = number.multiply(factors[i]).setScale(2, RoundingMode.HALF_UP);
                        if (converted.abs().compareTo(TOO_LARGE) > 0) {
                            problems.add(new ImportProblem(
                                    sheet,
                                    rowIndex + 1,
                                    where,
                                    ImportProblem.FORMAT,
                                    Messages.get("ingest.b204.tooLarge", shorten(cell.text()))));
                        } else {
                            values[i] = converted;
                        }
                    }
                }
            }
        }
        SheetCell codeCell = cell(codeColumn);
        if (codeCell != null && codeCell.kind() == Kind.FORMULA_WITHOUT_VALUE) {
            problems.add(new ImportProblem(
                    sheet,
                    rowIndex + 1,
                    CellReference.convertNumToColString(codeColumn),
                    ImportProblem.FORMAT,
                    Messages.get("ingest.b204.codeFormula")));
        }
        rows.add(ParsedRow.of(sheet, rowIndex, codeLabel.toUpperCase(java.util.Locale.ROOT), name.strip(), values));
    }

    private @Nullable SheetCell cell(int column) {
        return column >= 0 && column < byColumn.length ? byColumn[column] : null;
    }

    private static boolean isTotal(String label) {
        return label.startsWith("合计") || label.startsWith("总计") || label.startsWith("全市合计") || label.equals("全部");
    }

    private static @Nullable BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(@Nullable SheetCell cell) {
        return cell == null ? "" : cell.text();
    }

    private static String shorten(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }

    int codeColumn() {
        return codeColumn;
    }

    int nameColumn() {
        return nameColumn;
    }

    int valueColumn(int index) {
        return valueColumns[index];
    }
}
