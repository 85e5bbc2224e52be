package io.industrypulse.ingest;

import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.RegionService;
import io.industrypulse.target.Target;
import io.industrypulse.target.TargetIndicator;
import io.industrypulse.target.TargetService;
import java.math.BigDecimal;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code targets}: 人代会目标, the annual growth target of the city or a county (audited by {@link TargetService}). */
@Component
class TargetsKind implements TableKind<Target> {

    static final String VA_GROWTH_NAME = "规上工业增加值增速";

    private static final int YEAR = 0;
    private static final int REGION = 1;
    private static final int INDICATOR = 2;
    private static final int VALUE = 3;

    private static final List<TableColumn> COLUMNS = List.of(
            TableColumn.of("年度", "year", TableColumn.Type.YEAR, true, "四位年份，如 2026"),
            TableColumn.of("地区代码", "region_code", TableColumn.Type.CODE, true, "本市或所辖县 (市、区) 的 6 位行政区划代码"),
            TableColumn.choice(
                    "指标",
                    "indicator",
                    false,
                    "留空即 " + VA_GROWTH_NAME + "；另有 规上工业总产值增速、工业投资增速、技改投资增速、小升规净增",
                    java.util.Arrays.stream(TargetIndicator.values())
                            .flatMap(i -> java.util.stream.Stream.of(i.chineseName(), i.name()))
                            .toList()),
            TableColumn.decimal(
                    "目标增速(%)",
                    "target_growth", true, "增速指标为百分数，如 6.5 表示增长 6.5%，最多一位小数；小升规净增为家数（整数）", "-10000", "10000"));

    private final TargetService targets;
    private final RegionService regions;

    TargetsKind(TargetService targets, RegionService regions) {
        this.targets = targets;
        this.regions = regions;
    }

    @Override
    public String code() {
        return "targets";
    }

    @Override
    public String title() {
        return Messages.get("ingest.kind.targets");
    }

    @Override
    public String sheetName() {
        return "目标";
    }

    @Override
    public List<TableColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> instructions() {
        return List.of("同一年度、同一地区、同一指标再次导入时替换原值，每处修改记入审计日志。");
    }

    @Override
    public RowReader<Target> reader(UserScope scope) {
        RegionCodes known = RegionCodes.of(regions);
        return new RowReader<>() {
            @Override
            public Target read(TableRow row) {
                Integer year = row.year(YEAR);
                String region = row.code(REGION, 6);
                String chosen = row.choice(INDICATOR);
                TargetIndicator indicator = chosen == null || chosen.isBlank()
                        ? TargetIndicator.VA_GROWTH
                        : TargetIndicator.of(chosen).orElse(TargetIndicator.VA_GROWTH);
                BigDecimal value = row.decimal(VALUE, 1);
                if (!known.check(row, REGION, region) || year == null || value == null) {
                    return null;
                }
                try {
                    targets.checkTarget(indicator, value, Messages.get("target.field.value"));
                } catch (IllegalArgumentException e) {
                    row.problem(VALUE, ImportProblem.RANGE, e.getMessage());
                    return null;
                }
                return new Target(year, region, indicator.name(), value);
            }

            @Override
            public String key(Target value) {
                return Messages.get(
                        "ingest.targets.key",
                        value.year(),
                        value.regionCode(),
                        TargetIndicator.of(value.indicator())
                                .map(i -> Messages.get("target.indicator." + i.name()))
                                .orElse(value.indicator()));
            }
        };
    }

    @Override
    public String store(List<Target> values, UserScope scope) {
        Map<String, BigDecimal> before = new HashMap<>();
        values.stream()
                .map(Target::year)
                .distinct()
                .forEach(year -> targets.targets(Year.of(year))
                        .forEach(t -> before.put(t.year() + "/" + t.regionCode() + "/" + t.indicator(), t.value())));
        int created = 0;
        int updated = 0;
        for (Target value : values) {
            BigDecimal old = before.get(value.year() + "/" + value.regionCode() + "/" + value.indicator());
            if (old == null) {
                created++;
            } else if (old.compareTo(value.value()) != 0) {
                updated++;
            }
        }
        targets.storeTargets(values);
        return TableSummary.of(values.size(), created, updated);
    }
}
