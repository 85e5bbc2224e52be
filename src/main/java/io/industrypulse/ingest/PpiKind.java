package io.industrypulse.ingest;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.enterprise.IndustryDivision;
import io.industrypulse.i18n.Messages;
import io.industrypulse.statdata.Ppi;
import io.industrypulse.statdata.StatDataService;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** {@code ppi}: 工业生产者出厂价格指数 by month and division (same month last year = 100); deflates the growth. */
@Component
class PpiKind implements TableKind<Ppi> {

    private static final int PERIOD = 0;
    private static final int DIVISION = 1;
    private static final int INDEX = 2;

    private static final List<TableColumn> COLUMNS = List.of(
            TableColumn.of("月份", "period", TableColumn.Type.PERIOD, true, "年月 YYYY-MM，如 2026-10"),
            TableColumn.of("行业大类代码", "industry_code", TableColumn.Type.CODE, true, "GB/T 4754-2017 两位大类代码 06-46，如 26"),
            TableColumn.decimal("PPI(上年同月=100)", "ppi_yoy", true, "上年同月为 100 的价格指数，如 98.7；最多两位小数", "50", "200"));

    private final StatDataService statData;
    private final EnterpriseService enterprises;
    private final AuditLog audit;

    PpiKind(StatDataService statData, EnterpriseService enterprises, AuditLog audit) {
        this.statData = statData;
        this.enterprises = enterprises;
        this.audit = audit;
    }

    @Override
    public String code() {
        return "ppi";
    }

    @Override
    public String title() {
        return Messages.get("ingest.kind.ppi");
    }

    @Override
    public String sheetName() {
        return "PPI";
    }

    @Override
    public List<TableColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> instructions() {
        return List.of("同一月份、同一行业再次导入时替换原值；导入后按新的 PPI 重新计算可比价增速。", "某月缺少任一有数据行业的 PPI 时，该月及以后月份暂不计算增速，直至补齐。");
    }

    @Override
    public RowReader<Ppi> reader(UserScope scope) {
        Set<String> divisions =
                enterprises.divisions().stream().map(IndustryDivision::code).collect(Collectors.toSet());
        return new RowReader<>() {
            @Override
            public Ppi read(TableRow row) {
                YearMonth period = row.period(PERIOD);
                String division = row.code(DIVISION, 2);
                BigDecimal index = row.decimal(INDEX, 2);
                if (division != null && !divisions.contains(division)) {
                    row.problem(
                            DIVISION, ImportProblem.REFERENCE, Messages.get("ingest.package.notIndustrial", division));
                    return null;
                }
                return period == null || division == null || index == null ? null : new Ppi(period, division, index);
            }

            @Override
            public String key(Ppi value) {
                return Messages.get("ingest.package.ppiKey", value.period(), value.divisionCode());
            }
        };
    }

    @Override
    public String store(List<Ppi> values, UserScope scope) {
        int first = values.stream().mapToInt(p -> p.period().getYear()).min().orElseThrow();
        int last = values.stream().mapToInt(p -> p.period().getYear()).max().orElseThrow();
        Map<String, Ppi> before = new HashMap<>();
        statData.ppi(Year.of(first), Year.of(last)).forEach(p -> before.put(p.period() + "/" + p.divisionCode(), p));
        int created = 0;
        int updated = 0;
        for (Ppi value : values) {
            String key = value.period() + "/" + value.divisionCode();
            Ppi old = before.get(key);
            if (old == null) {
                created++;
                audit.record("ppi.create", "ppi", key, null, value);
            } else if (old.ppiYoy().compareTo(value.ppiYoy()) != 0) {
                updated++;
                audit.record("ppi.update", "ppi", key, old, value);
            }
        }
        statData.storePpi(values);
        return TableSummary.of(values.size(), created, updated);
    }
}
