package io.industrypulse.cultivation;

import io.industrypulse.account.FieldInputException;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.ingest.TableColumn;
import io.industrypulse.ingest.TableKind;
import io.industrypulse.ingest.TableRow;
import io.industrypulse.ingest.TableSummary;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code cultivation-months}: pool enterprises' monthly output value and main-business revenue, all or nothing; a
 * month in the future, a negative amount, an enterprise not in the pool (or not the user's) and the same
 * enterprise-month twice are named by sheet, row and column.
 */
@Component
class PoolMonthsTable implements TableKind<PoolMonth> {

    static final String CODE = "cultivation-months";

    private static final List<TableColumn> COLUMNS = List.of(
            TableColumn.of("统一社会信用代码", "credit_code", TableColumn.Type.CREDIT_CODE, true, "培育库中的企业"),
            TableColumn.of("年月", "period", TableColumn.Type.PERIOD, true, "YYYY-MM，不晚于本月"),
            TableColumn.decimal("产值(万元)", "output", true, "当月工业总产值，最多两位小数", "0", null),
            TableColumn.decimal("营业收入(万元)", "revenue", true, "当月主营业务收入，最多两位小数", "0", null));

    private static final Map<String, Integer> FIELDS = Map.of("creditCode", 0, "period", 1, "output", 2, "revenue", 3);

    private final CultivationService service;

    PoolMonthsTable(CultivationService service) {
        this.service = service;
    }

    /** Puts the service's problems on the row's cells. */
    static void report(TableRow row, FieldInputException e, Map<String, Integer> fields) {
        row.problems(e, fields, 0, java.util.Set.of("creditCode"));
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String title() {
        return Messages.get("cultivation.import.months");
    }

    @Override
    public String sheetName() {
        return "月度数据";
    }

    @Override
    public List<TableColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> instructions() {
        return List.of("同一企业同一月份再次导入时替换原值；任何一行有问题则整个文件不导入。");
    }

    @Override
    public boolean mayImport(UserScope scope) {
        return CultivationService.mayKeepPool(scope);
    }

    @Override
    public RowReader<PoolMonth> reader(UserScope scope) {
        return new RowReader<>() {
            @Override
            public @Nullable PoolMonth read(TableRow row) {
                String code = row.creditCode(0);
                YearMonth period = row.period(1);
                BigDecimal output = row.decimal(2, 2);
                BigDecimal revenue = row.decimal(3, 2);
                if (row.hasProblems()) {
                    return null;
                }
                try {
                    return service.parseMonth(
                            new MonthForm(code, period.toString(), output.toPlainString(), revenue.toPlainString()),
                            scope);
                } catch (FieldInputException e) {
                    report(row, e, FIELDS);
                    return null;
                }
            }

            @Override
            public String key(PoolMonth value) {
                return value.creditCode() + " " + value.period();
            }
        };
    }

    @Override
    public String store(List<PoolMonth> values, UserScope scope) {
        int[] counts = service.saveMonths(values, scope);
        return TableSummary.of(values.size(), counts[0], counts[1]);
    }
}
