package io.industrypulse.ingest;

import io.industrypulse.enterprise.CreditCode;
import io.industrypulse.i18n.Messages;
import io.industrypulse.ingest.MonthlySheetParser.ParsedRow;
import io.industrypulse.statdata.MonthlyDetail;
import io.industrypulse.statdata.MonthlyDetail.Figures;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * The hard review rules H1-H6 of METHODOLOGY.md 6.3 on parsed B204-1 rows; a row breaking one is rejected and with
 * it the import. H4 (Σ output by industry class = output) does not apply: this layout carries no per-class rows.
 */
final class MonthlyReview {

    /** Rounding of amounts converted from 元 or 千元 may leave a cent; larger differences are errors. */
    private static final BigDecimal TOLERANCE = new BigDecimal("0.02");

    /**
     * What the rules compare with.
     *
     * @param counties credit code → county of every registered enterprise
     * @param county the county a county user is limited to, {@code null} for a city user
     * @param previousMonth the latest revision of the previous month of the same year (H2), by credit code
     * @param lastYear last year's same-month output (monthly_report) by credit code (H5)
     * @param lastYearDetail last year's same-month latest revision, by credit code (H5, cumulative columns)
     * @param entrantBase last year's same-month output carried by the entry of an enterprise that has no report of
     *     that month (H5): the base a 小升规 entrant must report
     */
    record Context(
            YearMonth period,
            Map<String, String> counties,
            @Nullable String county,
            Map<String, MonthlyDetail> previousMonth,
            Map<String, BigDecimal> lastYear,
            Map<String, MonthlyDetail> lastYearDetail,
            Map<String, BigDecimal> entrantBase) {}

    private final MonthlySheetParser parser;
    private final Context context;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<MonthlyDetail> accepted = new ArrayList<>();

    MonthlyReview(MonthlySheetParser parser, Context context) {
        this.parser = parser;
        this.context = context;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    List<MonthlyDetail> accepted() {
        return accepted;
    }

    void run() {
        Map<String, Integer> seen = new HashMap<>();
        for (ParsedRow row : parser.rows()) {
            int before = problems.size();
            String code = row.creditCode();
            String codeColumn = CellReference.convertNumToColString(parser.codeColumn());
            if (code.isEmpty()) {
                problem(row, codeColumn, "H1", Messages.get("ingest.monthly.codeBlank"));
            } else if (CreditCode.problem(code).isPresent()) {
                problem(
                        row,
                        codeColumn,
                        "H6",
                        Messages.get(
                                "ingest.monthly.codeInvalid",
                                reason(CreditCode.problem(code).get()),
                                code));
            } else if (!context.counties().containsKey(code)) {
                problem(row, codeColumn, "H6", Messages.get("ingest.monthly.notRegistered", code));
            } else if (context.county() != null
                    && !context.county().equals(context.counties().get(code))) {
                problem(row, codeColumn, "H6", Messages.get("ingest.monthly.otherCounty", context.county(), code));
            } else {
                Integer first = seen.putIfAbsent(code, row.rowIndex() + 1);
                if (first != null) {
                    problem(row, codeColumn, "H6", Messages.get("ingest.monthly.duplicate", code, first));
                }
            }
            if (row.name().isEmpty()) {
                problem(
                        row,
                        CellReference.convertNumToColString(parser.nameColumn()),
                        "H1",
                        Messages.get("ingest.monthly.nameBlank"));
            } else if (row.name().length() > MonthlyDetail.NAME_LENGTH) {
                problem(
                        row,
                        CellReference.convertNumToColString(parser.nameColumn()),
                        "H1",
                        Messages.get(
                                "ingest.monthly.nameTooLong",
                                String.valueOf(MonthlyDetail.NAME_LENGTH),
                                String.valueOf(row.name().length())));
            }
            BigDecimal[] v = row.values();
            for (int i = 0; i < MonthlySheetParser.VALUES; i++) {
                boolean optional = i >= 8; // export and electricity may be left blank (nothing exported, not reported)
                if (v[i] == null && !optional) {
                    problem(row, i, "H1", Messages.get("ingest.monthly.required", label(i)));
                } else if (v[i] != null && v[i].signum() < 0) {
                    problem(row, i, "H1", Messages.get("ingest.monthly.negative", label(i), v[i]));
                }
            }
            if (problems.size() > before) {
                continue;
            }
            Figures output = figures(v, 0);
            Figures sales = figures(v, 4);
            Figures export = figures(v, 8);
            Figures electricity = allBlank(v, 12) ? null : figures(v, 12);
            for (int indicator = 0; indicator < 4; indicator++) {
                Figures f = new Figures[] {output, sales, export, electricity}[indicator];
                if (f == null) {
                    continue;
                }
                if (f.cumulative().compareTo(f.month()) < 0) {
                    problem(
                            row,
                            indicator * 4 + 1,
                            "H2",
                            Messages.get("ingest.monthly.less", label(indicator * 4 + 1), label(indicator * 4)));
                }
                if (f.cumulativeLastYear().compareTo(f.monthLastYear()) < 0) {
                    problem(
                            row,
                            indicator * 4 + 3,
                            "H2",
                            Messages.get("ingest.monthly.less", label(indicator * 4 + 3), label(indicator * 4 + 2)));
                }
                if (context.period().getMonthValue() == 1 && differs(f.cumulative(), f.month())) {
                    problem(
                            row,
                            indicator * 4 + 1,
                            "H2",
                            Messages.get("ingest.monthly.january", label(indicator * 4 + 1)));
                }
            }
            MonthlyDetail previous = context.previousMonth().get(code);
            if (previous != null && context.period().getMonthValue() > 1) {
                BigDecimal expected = previous.output().cumulative().add(output.month());
                if (differs(output.cumulative(), expected)) {
                    problem(
                            row,
                            1,
                            "H2",
                            Messages.get(
                                    "ingest.monthly.cumulative",
                                    previous.output().cumulative(),
                                    output.month(),
                                    output.cumulative()));
                }
            }
            if (export.month().compareTo(sales.month()) > 0) {
                problem(row, 8, "H3", Messages.get("ingest.monthly.exportMonth"));
            }
            if (export.cumulative().compareTo(sales.cumulative()) > 0) {
                problem(row, 9, "H3", Messages.get("ingest.monthly.exportCumulative"));
            }
            BigDecimal reported = context.lastYear().get(code);
            if (reported != null && differs(output.monthLastYear(), reported)) {
                problem(row, 2, "H5", Messages.get("ingest.monthly.lastYearMonth", output.monthLastYear(), reported));
            }
            BigDecimal entered = context.entrantBase().get(code);
            if (entered != null && differs(output.monthLastYear(), entered)) {
                problem(row, 2, "H5", Messages.get("ingest.monthly.entrantBase", output.monthLastYear(), entered));
            }
            MonthlyDetail lastYear = context.lastYearDetail().get(code);
            if (lastYear != null
                    && differs(output.cumulativeLastYear(), lastYear.output().cumulative())) {
                problem(
                        row,
                        3,
                        "H5",
                        Messages.get(
                                "ingest.monthly.lastYearCumulative",
                                output.cumulativeLastYear(),
                                lastYear.output().cumulative()));
            }
            if (problems.size() == before) {
                accepted.add(new MonthlyDetail(code, row.name(), output, sales, export, electricity));
            }
        }
    }

    private static boolean differs(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(TOLERANCE) > 0;
    }

    private static boolean allBlank(@Nullable BigDecimal[] v, int first) {
        for (int i = first; i < first + 4; i++) {
            if (v[i] != null) {
                return false;
            }
        }
        return true;
    }

    private static Figures figures(@Nullable BigDecimal[] v, int first) {
        return new Figures(zero(v[first]), zero(v[first + 1]), zero(v[first + 2]), zero(v[first + 3]));
    }

    private static BigDecimal zero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value;
    }

    static String label(int index) {
        return MonthlySheetParser.INDICATORS[index / 4] + " " + MonthlySheetParser.SLOTS[index % 4];
    }

    private static String reason(CreditCode.Problem problem) {
        return switch (problem) {
            case LENGTH -> Messages.get("ingest.monthly.codeLength");
            case CHARSET -> Messages.get("ingest.monthly.codeCharset");
            case CHECK_CHARACTER -> Messages.get("ingest.monthly.codeCheck");
        };
    }

    private void problem(ParsedRow row, int valueIndex, String rule, String message) {
        problem(row, CellReference.convertNumToColString(parser.valueColumn(valueIndex)), rule, message);
    }

    private void problem(ParsedRow row, String column, String rule, String message) {
        problems.add(new ImportProblem(row.sheet(), row.rowIndex() + 1, column, rule, message));
    }
}
