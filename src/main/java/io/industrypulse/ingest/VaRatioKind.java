package io.industrypulse.ingest;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.enterprise.IndustryDivision;
import io.industrypulse.i18n.Messages;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.statdata.VaRatio;
import java.math.BigDecimal;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** {@code va-ratio}: 增加值率 by year and division (0..1); turns output into value added. */
@Component
class VaRatioKind implements TableKind<VaRatio> {

    private static final int YEAR = 0;
    private static final int DIVISION = 1;
    private static final int RATIO = 2;

    private static final List<TableColumn> COLUMNS = List.of(
            TableColumn.of("年度", "year", TableColumn.Type.YEAR, true, "四位年份，如 2026"),
            TableColumn.of("行业大类代码", "industry_code", TableColumn.Type.CODE, true, "GB/T 4754-2017 两位大类代码 06-46，如 26"),
            TableColumn.decimal("增加值率", "va_ratio", true, "0 到 1 之间的小数，如 0.2650；最多四位小数", "0.0001", "1"));

    private final StatDataService statData;
    private final EnterpriseService enterprises;
    private final AuditLog audit;

    VaRatioKind(StatDataService statData, EnterpriseService enterprises, AuditLog audit) {
        this.statData = statData;
        this.enterprises = enterprises;
        this.audit = audit;
    }

    @Override
    public String code() {
        return "va-ratio";
    }

    @Override
    public String title() {
        return Messages.get("ingest.kind.va-ratio");
    }

    @Override
    public String sheetName() {
        return "增加值率";
    }

    @Override
    public List<TableColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> instructions() {
        return List.of("同一年度、同一行业再次导入时替换原值；导入后重新计算该年度及下一年度的增速。");
    }

    @Override
    public RowReader<VaRatio> reader(UserScope scope) {
        Set<String> divisions =
                enterprises.divisions().stream().map(IndustryDivision::code).collect(Collectors.toSet());
        return new RowReader<>() {
            @Override
            public VaRatio read(TableRow row) {
                Integer year = row.year(YEAR);
                String division = row.code(DIVISION, 2);
                BigDecimal ratio = row.decimal(RATIO, 4);
                if (division != null && !divisions.contains(division)) {
                    row.problem(
                            DIVISION, ImportProblem.REFERENCE, Messages.get("ingest.package.notIndustrial", division));
                    return null;
                }
                return year == null || division == null || ratio == null ? null : new VaRatio(year, division, ratio);
            }

            @Override
            public String key(VaRatio value) {
                return Messages.get("ingest.package.ratioKey", value.year(), value.divisionCode());
            }
        };
    }

    @Override
    public String store(List<VaRatio> values, UserScope scope) {
        int first = values.stream().mapToInt(VaRatio::year).min().orElseThrow();
        int last = values.stream().mapToInt(VaRatio::year).max().orElseThrow();
        Map<String, VaRatio> before = new HashMap<>();
        statData.vaRatios(Year.of(first), Year.of(last)).forEach(v -> before.put(v.year() + "/" + v.divisionCode(), v));
        int created = 0;
        int updated = 0;
        for (VaRatio value : values) {
            String key = value.year() + "/" + value.divisionCode();
            VaRatio old = before.get(key);
            if (old == null) {
                created++;
                audit.record("va_ratio.create", "va_ratio", key, null, value);
            } else if (old.ratio().compareTo(value.ratio()) != 0) {
                updated++;
                audit.record("va_ratio.update", "va_ratio", key, old, value);
            }
        }
        statData.storeVaRatios(values);
        return TableSummary.of(values.size(), created, updated);
    }
}
