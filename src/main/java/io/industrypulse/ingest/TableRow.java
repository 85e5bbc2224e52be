package io.industrypulse.ingest;

import io.industrypulse.enterprise.CreditCode;
import io.industrypulse.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * One data row of a simple table, with typed readers. A reader that finds a bad value records a problem naming the
 * sheet (or CSV file), the row, the column letter, the rule and the header, and returns {@code null}; so one pass
 * over a file lists every problem. Numbers typed as text are accepted when unambiguous ({@link Amounts}).
 */
public final class TableRow {

    private static final Pattern PERIOD_TEXT = Pattern.compile("(\\d{4})\\s*(?:-|/|\\.|年)\\s*(\\d{1,2})\\s*月?");
    private static final Pattern PERIOD_DIGITS = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern YEAR_TEXT = Pattern.compile("(\\d{4})\\s*年?");
    /** Excel date serials of 1990-01-01 and 2099-12-31: a date typed into a general cell. */
    private static final double FIRST_SERIAL = 32874;

    private static final double LAST_SERIAL = 73415;

    private final String sheet;
    private final int number;
    private final List<TableColumn> columns;
    private final int[] fileColumns;
    private final Map<Integer, SheetCell> cells;
    private final List<ImportProblem> problems;
    private int ownProblems;

    /**
     * @param number the 1-based row (line of a CSV file)
     * @param fileColumns for each column of the spec, its 0-based column in the file, -1 when absent
     * @param cells the row's cells by file column
     * @param problemsWhileReading problems the reader already found in the row (e.g. a value without a header)
     */
    TableRow(
            String sheet,
            int number,
            List<TableColumn> columns,
            int[] fileColumns,
            Map<Integer, SheetCell> cells,
            List<ImportProblem> problems,
            int problemsWhileReading) {
        this.sheet = sheet;
        this.number = number;
        this.columns = columns;
        this.fileColumns = fileColumns;
        this.cells = cells;
        this.problems = problems;
        this.ownProblems = problemsWhileReading;
    }

    /** The 1-based row number as the user sees it. */
    public int number() {
        return number;
    }

    /** Whether a reader found a problem in this row. */
    public boolean hasProblems() {
        return ownProblems > 0;
    }

    /** Records a problem at a column of this row, e.g. a code that is not known. */
    public void problem(int column, String rule, String message) {
        ownProblems++;
        problems.add(new ImportProblem(
                sheet,
                number,
                fileColumns[column] < 0 ? "" : TableReader.letter(fileColumns[column]),
                rule,
                "“" + columns.get(column).header() + "”" + message));
    }

    /**
     * Records each field problem of a form's check at its column: a reference (an unknown code) for the fields named
     * in {@code references}, a range problem otherwise; a field without a column at {@code fallback}.
     */
    public void problems(
            io.industrypulse.account.FieldInputException e,
            java.util.Map<String, Integer> columns,
            int fallback,
            java.util.Set<String> references) {
        e.unlabelled()
                .forEach((field, message) -> problem(
                        columns.getOrDefault(field, fallback),
                        references.contains(field) ? ImportProblem.REFERENCE : ImportProblem.RANGE,
                        message));
    }

    /** Records a problem of the whole row. */
    public void problem(String rule, String message) {
        ownProblems++;
        problems.add(new ImportProblem(sheet, number, "", rule, message));
    }

    /** Whether the cell holds anything. */
    public boolean filled(int column) {
        SheetCell cell = cell(column);
        return cell != null && !cell.text().isBlank();
    }

    private @Nullable SheetCell cell(int column) {
        int fileColumn = fileColumns[column];
        return fileColumn < 0 ? null : cells.get(fileColumn);
    }

    /** The cell as text (stripped, full-width letters and digits made half-width); a blank required cell is a problem. */
    @Nullable
    public String text(int column) {
        SheetCell cell = cell(column);
        if (cell == null || cell.text().isBlank()) {
            if (columns.get(column).required()) {
                problem(column, ImportProblem.REQUIRED, Messages.get("ingest.error.blank"));
            }
            return null;
        }
        switch (cell.kind()) {
            case ERROR -> {
                problem(column, ImportProblem.FORMAT, Messages.get("ingest.error.errorCell", cell.text()));
                return null;
            }
            case FORMULA_WITHOUT_VALUE -> {
                problem(column, ImportProblem.FORMAT, Messages.get("ingest.error.formula"));
                return null;
            }
            default -> {
                return cell.kind() == SheetCell.Kind.TEXT
                        ? Amounts.halfWidth(cell.text()).strip()
                        : cell.text().strip();
            }
        }
    }

    /** Free text as typed (only stripped), at most {@code maxLength} characters. */
    @Nullable
    public String plainText(int column, int maxLength) {
        SheetCell cell = cell(column);
        String value = text(column);
        if (value == null) {
            return null;
        }
        String typed = cell.kind() == SheetCell.Kind.TEXT ? cell.text().strip() : value;
        if (typed.length() > maxLength) {
            problem(column, ImportProblem.RANGE, Messages.get("ingest.error.tooLong", maxLength));
            return null;
        }
        return typed;
    }

    /** A number; text is accepted when unambiguous, with the column's range checked. */
    @Nullable
    public BigDecimal decimal(int column) {
        SheetCell cell = cell(column);
        String value = text(column);
        if (value == null) {
            return null;
        }
        BigDecimal number = cell.kind() == SheetCell.Kind.NUMBER ? new BigDecimal(value) : Amounts.parse(value);
        if (number == null || cell.kind() == SheetCell.Kind.BOOLEAN) {
            problem(column, ImportProblem.FORMAT, Messages.get("ingest.error.notNumber", cell.text()));
            return null;
        }
        TableColumn spec = columns.get(column);
        if ((spec.min() != null && number.compareTo(spec.min()) < 0)
                || (spec.max() != null && number.compareTo(spec.max()) > 0)) {
            problem(column, ImportProblem.RANGE, Messages.get("ingest.error.range", range(spec), number));
            return null;
        }
        return number;
    }

    /** A number as {@link #decimal(int)}, with at most {@code maxScale} decimals. */
    @Nullable
    public BigDecimal decimal(int column, int maxScale) {
        BigDecimal number = decimal(column);
        if (number != null && number.stripTrailingZeros().scale() > maxScale) {
            problem(column, ImportProblem.FORMAT, Messages.get("ingest.error.scale", maxScale, number));
            return null;
        }
        return number == null || number.scale() >= 0 ? number : number.setScale(0);
    }

    private static String range(TableColumn spec) {
        return (spec.min() == null ? "-∞" : spec.min().toPlainString())
                + Messages.get("ingest.error.rangeAnd")
                + (spec.max() == null ? "+∞" : spec.max().toPlainString());
    }

    /** A year {@code YYYY} (a number or text, optionally followed by 年), 1990..2099. */
    @Nullable
    public Integer year(int column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        Matcher text = YEAR_TEXT.matcher(value);
        BigDecimal number = cell(column).kind() == SheetCell.Kind.NUMBER ? new BigDecimal(value) : null;
        Integer year = null;
        if (text.matches()) {
            year = Integer.parseInt(text.group(1));
        } else if (number != null && number.stripTrailingZeros().scale() <= 0) {
            year = number.intValueExact();
        }
        if (year == null || year < 1990 || year > 2099) {
            problem(
                    column,
                    ImportProblem.FORMAT,
                    Messages.get("ingest.error.year", cell(column).text()));
            return null;
        }
        return year;
    }

    /**
     * A month: text {@code YYYY-MM} (also {@code YYYY/MM}, {@code YYYY年M月}, {@code YYYYMM}), a number {@code YYYYMM},
     * or a date Excel made of a typed month.
     */
    @Nullable
    public YearMonth period(int column) {
        SheetCell cell = cell(column);
        String value = text(column);
        if (value == null) {
            return null;
        }
        Integer year = null;
        Integer month = null;
        Matcher text = PERIOD_TEXT.matcher(value);
        Matcher digits = PERIOD_DIGITS.matcher(value);
        if (text.matches()) {
            year = Integer.parseInt(text.group(1));
            month = Integer.parseInt(text.group(2));
        } else if (digits.matches()) {
            year = Integer.parseInt(digits.group(1));
            month = Integer.parseInt(digits.group(2));
        } else if (cell.kind() == SheetCell.Kind.NUMBER) {
            double serial = Double.parseDouble(value);
            if (serial >= FIRST_SERIAL && serial <= LAST_SERIAL && serial == Math.floor(serial)) {
                LocalDate date = DateUtil.getLocalDateTime(serial).toLocalDate();
                year = date.getYear();
                month = date.getMonthValue();
            }
        }
        if (year == null || month < 1 || month > 12 || year < 1990 || year > 2099) {
            problem(column, ImportProblem.FORMAT, Messages.get("ingest.error.period", cell.text()));
            return null;
        }
        return YearMonth.of(year, month);
    }

    /**
     * A code of exactly {@code length} digits. A number (or digit text) one digit short is padded with a leading zero
     * only for two-digit codes (division 6 is 06); longer codes must be complete.
     */
    @Nullable
    public String code(int column, int... lengths) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        String code = value;
        if (cell(column).kind() == SheetCell.Kind.NUMBER) {
            BigDecimal number = new BigDecimal(value);
            code = number.stripTrailingZeros().scale() <= 0
                    ? number.toBigInteger().toString()
                    : value;
        }
        if (code.matches("\\d") && contains(lengths, 2)) {
            code = "0" + code;
        }
        if (code.matches("\\d+") && contains(lengths, code.length())) {
            return code;
        }
        StringBuilder expected = new StringBuilder();
        for (int length : lengths) {
            expected.append(expected.isEmpty() ? "" : Messages.get("ingest.error.or"))
                    .append(length);
        }
        problem(
                column,
                ImportProblem.FORMAT,
                Messages.get("ingest.error.codeLength", expected, cell(column).text()));
        return null;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** A unified social credit code, upper-cased, checked against GB 32100 (length, characters, check character). */
    @Nullable
    public String creditCode(int column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        String code = CreditCode.normalize(value);
        var problem = CreditCode.problem(code);
        if (problem.isEmpty()) {
            return code;
        }
        String message = switch (problem.get()) {
            case LENGTH -> Messages.get("ingest.error.creditLength", code.length(), value);
            case CHARSET -> Messages.get("ingest.error.creditCharset", value);
            case CHECK_CHARACTER -> Messages.get("ingest.error.creditCheck", value);
        };
        problem(column, ImportProblem.FORMAT, message);
        return null;
    }

    /** One of the column's allowed values, as typed (compared without spaces and widths). */
    @Nullable
    public String choice(int column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        for (String allowed : columns.get(column).allowed()) {
            if (Amounts.label(allowed).equalsIgnoreCase(Amounts.label(value))) {
                return allowed;
            }
        }
        problem(
                column,
                ImportProblem.RANGE,
                Messages.get(
                        "ingest.error.choice",
                        String.join(
                                Messages.get("ingest.error.listSeparator"),
                                columns.get(column).allowed()),
                        value));
        return null;
    }
}
