package io.industrypulse.ingest;

import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.target.Benchmark;
import io.industrypulse.target.BenchmarkScope;
import io.industrypulse.target.TargetService;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code benchmarks}: the province's and the city's published cumulative growth per month (两个不低于). */
@Component
class BenchmarksKind implements TableKind<Benchmark> {

    private static final int PERIOD = 0;
    private static final int SCOPE = 1;
    private static final int GROWTH = 2;

    private static final List<TableColumn> COLUMNS = List.of(
            TableColumn.of("月份", "period", TableColumn.Type.PERIOD, true, "年月 YYYY-MM，如 2026-10 (累计即 1 月至该月)"),
            TableColumn.choice("范围", "scope", true, "全省 或 全市", List.of("全省", "全市", "province", "city")),
            TableColumn.decimal("累计增速(%)", "growth_cum", true, "公布的累计增速，百分数，如 6.1；最多一位小数", "-50", "100"));

    private final TargetService targets;

    BenchmarksKind(TargetService targets) {
        this.targets = targets;
    }

    @Override
    public String code() {
        return "benchmarks";
    }

    @Override
    public String title() {
        return Messages.get("ingest.kind.benchmarks");
    }

    @Override
    public String sheetName() {
        return "对标值";
    }

    @Override
    public List<TableColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> instructions() {
        return List.of("同一月份、同一范围再次导入时替换原值，每处修改记入审计日志；“两个不低于”按新值重新判断。");
    }

    @Override
    public RowReader<Benchmark> reader(UserScope scope) {
        return new RowReader<>() {
            @Override
            public Benchmark read(TableRow row) {
                YearMonth period = row.period(PERIOD);
                String scope = row.choice(SCOPE);
                BigDecimal growth = row.decimal(GROWTH, 1);
                if (period == null || scope == null || growth == null) {
                    return null;
                }
                BenchmarkScope which =
                        scope.equals("全省") || scope.equals("province") ? BenchmarkScope.PROVINCE : BenchmarkScope.CITY;
                return new Benchmark(period, which, growth);
            }

            @Override
            public String key(Benchmark value) {
                return Messages.get(
                        "ingest.benchmarks.key",
                        value.period(),
                        Messages.get("target.benchmarks.scope."
                                + value.scope().name().toLowerCase(java.util.Locale.ROOT)));
            }
        };
    }

    @Override
    public String store(List<Benchmark> values, UserScope scope) {
        YearMonth first =
                values.stream().map(Benchmark::period).min(YearMonth::compareTo).orElseThrow();
        YearMonth last =
                values.stream().map(Benchmark::period).max(YearMonth::compareTo).orElseThrow();
        Map<String, BigDecimal> before = new HashMap<>();
        targets.benchmarks(first, last).forEach(b -> before.put(b.period() + "/" + b.scope(), b.growthCum()));
        int created = 0;
        int updated = 0;
        for (Benchmark value : values) {
            BigDecimal old = before.get(value.period() + "/" + value.scope());
            if (old == null) {
                created++;
            } else if (old.compareTo(value.growthCum()) != 0) {
                updated++;
            }
        }
        targets.storeBenchmarks(values);
        return TableSummary.of(values.size(), created, updated);
    }
}
