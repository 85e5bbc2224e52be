package io.industrypulse.investment;

import io.industrypulse.account.FieldInputException;
import io.industrypulse.account.ShownTime;
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
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code investment-ledger}: the project ledger in the layout counties keep (序号, 县区, 项目名称, 建设单位, 项目类型,
 * 建设内容, 总投资, 年度计划投资, 本月完成, 累计完成, 占年度计划%, 开工时间, 投产时间, 形象进度, 存在问题, 包联领导, 责任人),
 * followed by the columns the platform needs (项目编号 as the key, 填报月份, 行业大类, 项目阶段, the other dates, 入统, phone,
 * credit code, expected output). All or nothing: new projects are added, known ones updated by 项目编号, a month's
 * progress stored; 累计完成 must be the months reported before plus 本月完成 and may not exceed the total investment. The
 * export of the ledger writes the same layout, so that it reads back unchanged.
 */
@Component
class LedgerTable implements TableKind<InvestmentService.LedgerRow> {

    static final String CODE = "investment-ledger";

    static final int SEQ = 0;
    static final int COUNTY = 1;
    static final int NAME = 2;
    static final int BUILDER = 3;
    static final int KIND = 4;
    static final int CONTENT = 5;
    static final int TOTAL = 6;
    static final int PLAN = 7;
    static final int MONTH_DONE = 8;
    static final int CUMULATIVE = 9;
    static final int SHARE = 10;
    static final int ACTUAL_START = 11;
    static final int PLANNED_PRODUCTION = 12;
    static final int IMAGE = 13;
    static final int PROBLEMS = 14;
    static final int LEADER = 15;
    static final int RESPONSIBLE = 16;
    static final int PROJECT_CODE = 17;
    static final int PERIOD = 18;
    static final int DIVISION = 19;
    static final int STAGE = 20;
    static final int PLANNED_START = 21;
    static final int ACTUAL_PRODUCTION = 22;
    static final int PLANNED_COMPLETION = 23;
    static final int ACTUAL_COMPLETION = 24;
    static final int STAT_CODE = 25;
    static final int STAT_MONTH = 26;
    static final int PHONE = 27;
    static final int CREDIT_CODE = 28;
    static final int OUTPUT = 29;
    static final int VALUE_ADDED = 30;

    static final List<TableColumn> COLUMNS = List.of(
            TableColumn.of("序号", "seq", TableColumn.Type.TEXT, false, "可留空，导入时不使用"),
            TableColumn.of("县区", "county", TableColumn.Type.TEXT, true, "县（市、区）名称或 6 位行政区划代码"),
            TableColumn.of("项目名称", "name", TableColumn.Type.TEXT, true, "不超过 200 字"),
            TableColumn.of("建设单位", "builder", TableColumn.Type.TEXT, true, "不超过 200 字"),
            TableColumn.choice("项目类型", "kind", true, "工业投资 或 技术改造", List.of("工业投资", "技术改造")),
            TableColumn.of("建设内容", "content", TableColumn.Type.TEXT, true, "不超过 1000 字"),
            TableColumn.decimal("总投资(万元)", "total_investment", true, "万元，大于 0，最多两位小数", "0", null),
            TableColumn.decimal("年度计划投资(万元)", "plan_year", false, "填报月份所在年度的计划投资，万元", "0", null),
            TableColumn.decimal("本月完成(万元)", "month_done", false, "填报月份完成投资，万元；填写时须填填报月份", "0", null),
            TableColumn.decimal("累计完成(万元)", "cumulative_done", false, "本年 1 月至填报月份累计完成，万元；须等于此前各月之和加本月", "0", null),
            TableColumn.decimal("占年度计划%", "share", false, "导出时计算，导入时不使用", null, null),
            TableColumn.of("开工时间", "actual_start", TableColumn.Type.TEXT, false, "实际开工日期 YYYY-MM-DD；在建、竣工、投产项目必填"),
            TableColumn.of("投产时间", "planned_production", TableColumn.Type.TEXT, false, "计划投产日期 YYYY-MM-DD"),
            TableColumn.of("形象进度", "image", TableColumn.Type.TEXT, false, "不超过 500 字"),
            TableColumn.of("存在问题", "problems", TableColumn.Type.TEXT, false, "不超过 500 字；需协调解决的堵点请在项目页登记为诉求"),
            TableColumn.of("包联领导", "leader", TableColumn.Type.TEXT, false, "不超过 50 字"),
            TableColumn.of("责任人", "responsible", TableColumn.Type.TEXT, false, "不超过 50 字"),
            TableColumn.of("项目编号", "code", TableColumn.Type.TEXT, true, "台账编号，字母、数字、- 和 _，不超过 32 位；已有编号的项目被更新"),
            TableColumn.of("填报月份", "period", TableColumn.Type.PERIOD, false, "YYYY-MM，不晚于本月"),
            TableColumn.of("行业大类代码", "division_code", TableColumn.Type.CODE, true, "GB/T 4754-2017 两位大类代码 06-46"),
            TableColumn.choice(
                    "项目阶段",
                    "stage",
                    true,
                    "谋划、招引、签约、在建、竣工、投产 或 停缓建",
                    List.of("谋划", "招引", "签约", "在建", "竣工", "投产", "停缓建")),
            TableColumn.of("计划开工时间", "planned_start", TableColumn.Type.TEXT, false, "YYYY-MM-DD"),
            TableColumn.of("实际投产时间", "actual_production", TableColumn.Type.TEXT, false, "YYYY-MM-DD；投产项目必填"),
            TableColumn.of("计划竣工时间", "planned_completion", TableColumn.Type.TEXT, false, "YYYY-MM-DD"),
            TableColumn.of("实际竣工时间", "actual_completion", TableColumn.Type.TEXT, false, "YYYY-MM-DD"),
            TableColumn.of("入统项目编码", "stat_code", TableColumn.Type.TEXT, false, "总投资 500 万元及以上、主体工程开工后入统"),
            TableColumn.of("入统月份", "stat_month", TableColumn.Type.PERIOD, false, "YYYY-MM，与入统项目编码同时填写"),
            TableColumn.of("责任人电话", "responsible_phone", TableColumn.Type.TEXT, false, "数字、+、-、括号，3 到 30 位"),
            TableColumn.of("统一社会信用代码", "credit_code", TableColumn.Type.TEXT, false, "建设单位已在企业名录中时填写"),
            TableColumn.decimal("达产后年产值(万元)", "annual_output", false, "万元", "0", null),
            TableColumn.decimal("达产后年增加值(万元)", "annual_value_added", false, "万元，不大于年产值", "0", null));

    /** The form's fields at their columns. */
    private static final Map<String, Integer> FIELDS = Map.ofEntries(
            Map.entry("code", PROJECT_CODE),
            Map.entry("name", NAME),
            Map.entry("countyCode", COUNTY),
            Map.entry("builder", BUILDER),
            Map.entry("creditCode", CREDIT_CODE),
            Map.entry("kind", KIND),
            Map.entry("divisionCode", DIVISION),
            Map.entry("content", CONTENT),
            Map.entry("totalInvestment", TOTAL),
            Map.entry("planYear", PLAN),
            Map.entry("plannedStart", PLANNED_START),
            Map.entry("actualStart", ACTUAL_START),
            Map.entry("plannedProduction", PLANNED_PRODUCTION),
            Map.entry("actualProduction", ACTUAL_PRODUCTION),
            Map.entry("plannedCompletion", PLANNED_COMPLETION),
            Map.entry("actualCompletion", ACTUAL_COMPLETION),
            Map.entry("stage", STAGE),
            Map.entry("statCode", STAT_CODE),
            Map.entry("statMonth", STAT_MONTH),
            Map.entry("leader", LEADER),
            Map.entry("responsible", RESPONSIBLE),
            Map.entry("responsiblePhone", PHONE),
            Map.entry("annualOutput", OUTPUT),
            Map.entry("annualValueAdded", VALUE_ADDED));

    /** Rounding of amounts typed with two decimals may leave a cent; larger differences are errors. */
    private static final BigDecimal TOLERANCE = new BigDecimal("0.02");

    private final InvestmentService service;
    private final RegionService regions;
    private final Clock clock;

    LedgerTable(InvestmentService service, RegionService regions, Clock clock) {
        this.service = service;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String title() {
        return Messages.get("investment.import.title");
    }

    @Override
    public String sheetName() {
        return "项目台账";
    }

    @Override
    public List<TableColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> instructions() {
        return List.of(
                "一行一个项目，以“项目编号”区分：新编号新增项目，已有编号更新项目；任何一行有问题则整个文件不导入。",
                "填写“本月完成”或“累计完成”时须填“填报月份”，同一项目同一月份再次导入时替换原值；“年度计划投资”记入填报月份所在年度（未填月份时记入本年）。",
                "“累计完成”须等于本年此前各月已报完成之和加本月完成，且不超过总投资。");
    }

    @Override
    public boolean mayImport(UserScope scope) {
        return InvestmentService.mayKeep(scope);
    }

    @Override
    public RowReader<InvestmentService.LedgerRow> reader(UserScope scope) {
        Map<String, String> counties = new HashMap<>();
        for (Region county : regions.counties()) {
            counties.put(county.name(), county.code());
        }
        YearMonth current = YearMonth.from(ShownTime.today(clock));
        return new RowReader<>() {
            @Override
            public InvestmentService.@Nullable LedgerRow read(TableRow row) {
                String county = row.text(COUNTY);
                BigDecimal total = row.decimal(TOTAL);
                BigDecimal plan = row.decimal(PLAN);
                BigDecimal monthDone = row.decimal(MONTH_DONE);
                BigDecimal cumulative = row.decimal(CUMULATIVE);
                row.decimal(SHARE);
                YearMonth period = row.period(PERIOD);
                YearMonth statMonth = row.period(STAT_MONTH);
                String kind = row.choice(KIND);
                String stage = row.choice(STAGE);
                String division = row.code(DIVISION, 2);
                if (row.hasProblems()) {
                    return null;
                }
                InvestmentService.Parsed parsed;
                try {
                    parsed = service.parse(
                            new ProjectForm(
                                    row.text(PROJECT_CODE),
                                    row.plainText(NAME, 1000),
                                    county == null ? null : counties.getOrDefault(county, county),
                                    row.plainText(BUILDER, 1000),
                                    row.text(CREDIT_CODE),
                                    kind,
                                    division,
                                    row.plainText(CONTENT, 1000),
                                    plain(total),
                                    plain(plan),
                                    row.text(PLANNED_START),
                                    row.text(ACTUAL_START),
                                    row.text(PLANNED_PRODUCTION),
                                    row.text(ACTUAL_PRODUCTION),
                                    row.text(PLANNED_COMPLETION),
                                    row.text(ACTUAL_COMPLETION),
                                    stage,
                                    row.text(STAT_CODE),
                                    statMonth == null ? null : statMonth.toString(),
                                    row.plainText(LEADER, 1000),
                                    row.plainText(RESPONSIBLE, 1000),
                                    row.text(PHONE),
                                    plain(row.decimal(OUTPUT)),
                                    plain(row.decimal(VALUE_ADDED))),
                            scope);
                } catch (FieldInputException e) {
                    row.problems(e, FIELDS, PROJECT_CODE, Set.of("countyCode", "creditCode"));
                    return null;
                }
                String image = row.plainText(IMAGE, 500);
                String problems = row.plainText(PROBLEMS, 500);
                if (row.hasProblems()) {
                    return null;
                }
                if (monthDone == null && cumulative == null) {
                    return new InvestmentService.LedgerRow(parsed, null);
                }
                String code = parsed.project().code();
                if (period == null) {
                    row.problem(PERIOD, ImportProblem.REQUIRED, Messages.get("investment.import.periodRequired"));
                    return null;
                }
                if (period.isAfter(current)) {
                    row.problem(PERIOD, ImportProblem.RANGE, Messages.get("investment.import.futurePeriod", current));
                    return null;
                }
                BigDecimal[] before = service.doneAround(code, period);
                BigDecimal month = monthDone != null ? monthDone : cumulative.subtract(before[0]);
                if (month.signum() < 0) {
                    row.problem(
                            CUMULATIVE,
                            ImportProblem.RANGE,
                            Messages.get("investment.import.cumulativeBelow", cumulative, before[0]));
                    return null;
                }
                if (cumulative != null
                        && cumulative.subtract(before[0].add(month)).abs().compareTo(TOLERANCE) > 0) {
                    row.problem(
                            CUMULATIVE,
                            ImportProblem.RANGE,
                            Messages.get(
                                    "investment.import.cumulative",
                                    cumulative,
                                    before[0],
                                    month,
                                    period.getMonthValue() - 1));
                    return null;
                }
                BigDecimal ever = before[1].add(month);
                BigDecimal totalInvestment = parsed.project().totalInvestment();
                if (ever.compareTo(totalInvestment) > 0) {
                    row.problem(
                            cumulative != null ? CUMULATIVE : MONTH_DONE,
                            ImportProblem.RANGE,
                            Messages.get("investment.import.overTotal", ever, totalInvestment));
                    return null;
                }
                return new InvestmentService.LedgerRow(
                        parsed, new ProjectMonth(code, period, month, image, null, problems));
            }

            @Override
            public String key(InvestmentService.LedgerRow value) {
                return value.parsed().project().code();
            }
        };
    }

    private static @Nullable String plain(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    @Override
    public String store(List<InvestmentService.LedgerRow> values, UserScope scope) {
        int[] counts = service.saveLedger(values, scope);
        return TableSummary.of(values.size(), counts[0], counts[1]);
    }
}
