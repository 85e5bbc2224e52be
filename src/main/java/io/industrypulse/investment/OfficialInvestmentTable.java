package io.industrypulse.investment;

import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.ingest.ImportProblem;
import io.industrypulse.ingest.TableColumn;
import io.industrypulse.ingest.TableKind;
import io.industrypulse.ingest.TableRow;
import io.industrypulse.ingest.TableSummary;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionService;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code official-investment}: the statistics bureau's cumulative growth of industrial and technical-renovation
 * investment of the city or a county per month, shown beside the ledger's own; all or nothing, a known month and
 * region replaced.
 */
@Component
class OfficialInvestmentTable implements TableKind<OfficialInvestment> {

    static final String CODE = "official-investment";

    private static final int PERIOD = 0;
    private static final int REGION = 1;
    private static final int INDUSTRIAL = 2;
    private static final int RENOVATION = 3;

    private static final List<TableColumn> COLUMNS = List.of(
            TableColumn.of("月份", "period", TableColumn.Type.PERIOD, true, "年月 YYYY-MM，如 2026-10"),
            TableColumn.of("地区代码", "region_code", TableColumn.Type.CODE, true, "本市或所辖县 (市、区) 的 6 位行政区划代码"),
            TableColumn.decimal(
                    "工业投资累计增速(%)", "industrial_growth", false, "统计局反馈的 1 月至本月工业投资增速，如 8.5；最多一位小数", "-100", "1000"),
            TableColumn.decimal(
                    "技改投资累计增速(%)", "renovation_growth", false, "统计局反馈的 1 月至本月技改投资增速；最多一位小数", "-100", "1000"));

    private final InvestmentService service;
    private final RegionService regions;

    OfficialInvestmentTable(InvestmentService service, RegionService regions) {
        this.service = service;
        this.regions = regions;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String title() {
        return Messages.get("investment.official.title");
    }

    @Override
    public String sheetName() {
        return "投资统计反馈数";
    }

    @Override
    public List<TableColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> instructions() {
        return List.of("两项增速至少填一项；统计局数据含全部固定资产投资项目，与项目台账的口径不同，并列显示，不覆盖台账测算。", "同一月份、同一地区再次导入时替换原反馈数，每处修改记入审计日志。");
    }

    @Override
    public RowReader<OfficialInvestment> reader(UserScope scope) {
        Set<String> known = new HashSet<>();
        regions.city().ifPresent(c -> known.add(c.code()));
        regions.counties().stream().map(Region::code).forEach(known::add);
        return new RowReader<>() {
            @Override
            public @Nullable OfficialInvestment read(TableRow row) {
                YearMonth period = row.period(PERIOD);
                String region = row.code(REGION, 6);
                BigDecimal industrial = row.decimal(INDUSTRIAL, 1);
                BigDecimal renovation = row.decimal(RENOVATION, 1);
                if (region != null && !known.contains(region)) {
                    row.problem(REGION, ImportProblem.REFERENCE, Messages.get("investment.official.region", region));
                }
                if (!row.filled(INDUSTRIAL) && !row.filled(RENOVATION)) {
                    row.problem(ImportProblem.REQUIRED, Messages.get("investment.official.oneRequired"));
                }
                if (row.hasProblems() || period == null || region == null) {
                    return null;
                }
                return new OfficialInvestment(period, region, industrial, renovation);
            }

            @Override
            public String key(OfficialInvestment value) {
                return value.period() + " " + value.regionCode();
            }
        };
    }

    @Override
    public String store(List<OfficialInvestment> values, UserScope scope) {
        int[] counts = service.storeOfficial(values, scope);
        return TableSummary.of(values.size(), counts[0], counts[1]);
    }
}
