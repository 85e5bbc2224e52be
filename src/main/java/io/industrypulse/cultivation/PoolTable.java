package io.industrypulse.cultivation;

import io.industrypulse.account.FieldInputException;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.ingest.TableColumn;
import io.industrypulse.ingest.TableKind;
import io.industrypulse.ingest.TableRow;
import io.industrypulse.ingest.TableSummary;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code cultivation-pool}: the pool's enterprises (培育库) through the shared table import, all or nothing; a county
 * user imports its own county's. A known credit code updates the enterprise.
 */
@Component
class PoolTable implements TableKind<PoolEnterprise> {

    static final String CODE = "cultivation-pool";

    private static final List<TableColumn> COLUMNS = List.of(
            TableColumn.of(
                    "统一社会信用代码", "credit_code", TableColumn.Type.CREDIT_CODE, true, "18 位，校验位按 GB 32100 检查；不得是规上企业"),
            TableColumn.of("企业名称", "name", TableColumn.Type.TEXT, true, "不超过 200 字"),
            TableColumn.of("县(市、区)代码", "county_code", TableColumn.Type.CODE, true, "企业所在县 (市、区) 的 6 位行政区划代码"),
            TableColumn.of("行业小类代码", "industry_class", TableColumn.Type.CODE, true, "GB/T 4754-2017 四位行业小类，工业大类 06-46"),
            TableColumn.choice("类型", "kind", true, "小升规 或 新建新投产（上年 10 月以来新设立或投产）", List.of("小升规", "新建新投产")),
            TableColumn.of("成立日期", "founded", TableColumn.Type.TEXT, false, "YYYY-MM-DD"),
            TableColumn.of("投产日期", "production_start", TableColumn.Type.TEXT, false, "YYYY-MM-DD"),
            TableColumn.of("联系人", "contact_person", TableColumn.Type.TEXT, false, "不超过 50 字"),
            TableColumn.of("联系电话", "contact_phone", TableColumn.Type.TEXT, false, "数字、+、-、括号，3 到 30 位"),
            TableColumn.of("包联干部", "cadre", TableColumn.Type.TEXT, false, "不超过 50 字"));

    private static final Map<String, Integer> FIELDS = Map.of(
            "creditCode", 0,
            "name", 1,
            "countyCode", 2,
            "industryClass", 3,
            "kind", 4,
            "founded", 5,
            "productionStart", 6,
            "contactPerson", 7,
            "contactPhone", 8,
            "cadre", 9);

    private final CultivationService service;

    PoolTable(CultivationService service) {
        this.service = service;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String title() {
        return Messages.get("cultivation.import.pool");
    }

    @Override
    public String sheetName() {
        return "培育库";
    }

    @Override
    public List<TableColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> instructions() {
        return List.of("同一企业再次导入时替换原行，每处修改记入审计日志；任何一行有问题则整个文件不导入。");
    }

    @Override
    public boolean mayImport(UserScope scope) {
        return CultivationService.mayKeepPool(scope);
    }

    @Override
    public RowReader<PoolEnterprise> reader(UserScope scope) {
        Set<String> aboveSize = service.aboveSizeNow();
        return new RowReader<>() {
            @Override
            public @Nullable PoolEnterprise read(TableRow row) {
                String[] cells = new String[COLUMNS.size()];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = c == 0 ? row.creditCode(0) : c == 4 ? row.choice(4) : row.text(c);
                }
                if (row.hasProblems()) {
                    return null;
                }
                try {
                    return service.parsePool(
                            new PoolForm(
                                    cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7],
                                    cells[8], cells[9]),
                            aboveSize,
                            scope);
                } catch (FieldInputException e) {
                    PoolMonthsTable.report(row, e, FIELDS);
                    return null;
                }
            }

            @Override
            public String key(PoolEnterprise value) {
                return value.creditCode();
            }
        };
    }

    @Override
    public String store(List<PoolEnterprise> values, UserScope scope) {
        int[] counts = service.savePoolAll(values, scope);
        return TableSummary.of(values.size(), counts[0], counts[1]);
    }
}
