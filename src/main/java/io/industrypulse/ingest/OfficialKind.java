package io.industrypulse.ingest;

import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.RegionService;
import io.industrypulse.target.OfficialGrowth;
import io.industrypulse.target.TargetService;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code official}: 统计局反馈数, the statistics bureau's official growth of the city or a county per month. Stored
 * apart from the platform's estimate (which it never overwrites) and shown beside it.
 */
@Component
class OfficialKind implements TableKind<OfficialGrowth> {

    private static final int PERIOD = 0;
    private static final int REGION = 1;
    private static final int MONTH = 2;
    private static final int CUMULATIVE = 3;

    private static final List<TableColumn> COLUMNS = List.of(
            TableColumn.of("月份", "period", TableColumn.Type.PERIOD, true, "年月 YYYY-MM，如 2026-10"),
            TableColumn.of("地区代码", "region_code", TableColumn.Type.CODE, true, "本市或所辖县 (市、区) 的 6 位行政区划代码"),
            TableColumn.decimal("当月增速(%)", "growth_month", false, "统计局反馈的当月增速，百分数，如 5.3；最多一位小数", "-100", "1000"),
            TableColumn.decimal("累计增速(%)", "growth_cum", false, "统计局反馈的累计增速，百分数，如 6.1；最多一位小数", "-100", "1000"));

    private final TargetService targets;
    private final RegionService regions;

    OfficialKind(TargetService targets, RegionService regions) {
        this.targets = targets;
        this.regions = regions;
    }

    @Override
    public String code() {
        return "official";
    }

    @Override
    public String title() {
        return Messages.get("ingest.kind.official");
    }

    @Override
    public String sheetName() {
        return "统计局反馈数";
    }

    @Override
    public List<TableColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> instructions() {
        return List.of(
                "当月增速和累计增速至少填一项。", "反馈数单独保存，与平台测算的增速并列显示 (标注“统计局反馈”)，不会覆盖平台测算值。", "同一月份、同一地区再次导入时替换原反馈数，每处修改记入审计日志。");
    }

    @Override
    public RowReader<OfficialGrowth> reader(UserScope scope) {
        RegionCodes known = RegionCodes.of(regions);
        return new RowReader<>() {
            @Override
            public OfficialGrowth read(TableRow row) {
                YearMonth period = row.period(PERIOD);
                String region = row.code(REGION, 6);
                BigDecimal month = row.decimal(MONTH, 1);
                BigDecimal cumulative = row.decimal(CUMULATIVE, 1);
                boolean regionKnown = known.check(row, REGION, region);
                if (!row.filled(MONTH) && !row.filled(CUMULATIVE)) {
                    row.problem(ImportProblem.REQUIRED, Messages.get("ingest.official.oneRequired"));
                    return null;
                }
                if (!regionKnown || period == null || row.hasProblems()) {
                    return null;
                }
                return new OfficialGrowth(period, region, month, cumulative);
            }

            @Override
            public String key(OfficialGrowth value) {
                return Messages.get("ingest.official.key", value.period(), value.regionCode());
            }
        };
    }

    @Override
    public String store(List<OfficialGrowth> values, UserScope scope) {
        YearMonth first = values.stream()
                .map(OfficialGrowth::period)
                .min(YearMonth::compareTo)
                .orElseThrow();
        YearMonth last = values.stream()
                .map(OfficialGrowth::period)
                .max(YearMonth::compareTo)
                .orElseThrow();
        Map<String, OfficialGrowth> before = new HashMap<>();
        targets.official(first, last).forEach(o -> before.put(o.period() + "/" + o.regionCode(), o));
        int created = 0;
        int updated = 0;
        for (OfficialGrowth value : values) {
            OfficialGrowth old = before.get(value.period() + "/" + value.regionCode());
            if (old == null) {
                created++;
            } else if (!TargetService.sameFigures(old, value)) {
                updated++;
            }
        }
        targets.storeOfficial(values);
        return TableSummary.of(values.size(), created, updated);
    }
}
