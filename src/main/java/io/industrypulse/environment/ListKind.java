package io.industrypulse.environment;

import io.industrypulse.account.FieldInputException;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.i18n.Messages;
import io.industrypulse.ingest.TableColumn;
import io.industrypulse.ingest.TableKind;
import io.industrypulse.ingest.TableRow;
import io.industrypulse.ingest.TableSummary;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code environment-list}: the key air-polluting enterprise list (重点涉气企业清单) in the columns the environment
 * bureau keeps, through the shared table import (all or nothing, every problem by sheet, row and column). The
 * export ({@link #COLUMNS} in this order) reads back in unchanged. The ecology department imports it too.
 */
@Component
class ListKind implements TableKind<ListedEnterprise> {

    static final String CODE = "environment-list";
    static final String SHEET = "重点涉气企业清单";

    static final int CREDIT_CODE = 0;
    static final int NAME = 1;
    static final int INDUSTRY = 2;
    static final int GRADE = 3;
    static final int GUARANTEE = 4;
    static final int LOAD = 5;
    static final int SO2 = 6;
    static final int NOX = 7;
    static final int PM = 8;
    static final int VOC = 9;
    static final int BASE = 10;
    static final int FROM = 11;
    static final int TO = 12;
    static final int YELLOW = 13;
    static final int ORANGE = 14;
    static final int RED = 15;

    static final List<TableColumn> COLUMNS = List.of(
            TableColumn.of("统一社会信用代码", "credit_code", TableColumn.Type.CREDIT_CODE, true, "18 位，须已在企业名录中"),
            TableColumn.of("企业名称", "name", TableColumn.Type.TEXT, false, "仅供核对，以名录为准"),
            TableColumn.of("重点行业", "industry", TableColumn.Type.TEXT, true, "重点行业名称或代码，如 水泥熟料 / CEMENT_CLINKER"),
            TableColumn.choice(
                    "绩效分级",
                    "grade",
                    true,
                    "A+、A、B、B-、C、D；不分级行业填 绩效引领性 或 非引领性",
                    List.of("A+", "A", "B", "B-", "C", "D", "绩效引领性", "非引领性")),
            TableColumn.choice("保障类型", "guarantee", false, "民生保障类填 以热定产，军工外贸订单填 以量定产，其余留空", List.of("以热定产", "以量定产")),
            TableColumn.decimal("允许负荷(%)", "allowed_load", false, "保障类企业核定的最大允许负荷，如 70", "0", "100"),
            TableColumn.decimal("二氧化硫(千克/日)", "so2_kg", true, "减排基数：日排放量", "0", null),
            TableColumn.decimal("氮氧化物(千克/日)", "nox_kg", true, "减排基数：日排放量", "0", null),
            TableColumn.decimal("颗粒物(千克/日)", "pm_kg", true, "减排基数：日排放量", "0", null),
            TableColumn.decimal("挥发性有机物(千克/日)", "voc_kg", true, "减排基数：日排放量", "0", null),
            TableColumn.decimal("生产基数(万元/日)", "daily_base", false, "留空即上年同期日均产值", "0", null),
            TableColumn.decimal("上风向扇区起(度)", "upwind_from", false, "风向角 0-359，正北为 0，顺时针；与“止”同填同空", "0", "359"),
            TableColumn.decimal("上风向扇区止(度)", "upwind_to", false, "风向角 0-359", "0", "359"),
            TableColumn.of("黄色预警措施", "measure_yellow", TableColumn.Type.TEXT, false, "一厂一策：黄色预警时的减排措施"),
            TableColumn.of("橙色预警措施", "measure_orange", TableColumn.Type.TEXT, false, "一厂一策：橙色预警时的减排措施"),
            TableColumn.of("红色预警措施", "measure_red", TableColumn.Type.TEXT, false, "一厂一策：红色预警时的减排措施"));

    /** The form field each column's problems are reported under. */
    private static final Map<String, Integer> FIELDS = Map.ofEntries(
            Map.entry("creditCode", CREDIT_CODE),
            Map.entry("industryCode", INDUSTRY),
            Map.entry("grade", GRADE),
            Map.entry("guarantee", GUARANTEE),
            Map.entry("allowedLoad", LOAD),
            Map.entry("so2", SO2),
            Map.entry("nox", NOX),
            Map.entry("pm", PM),
            Map.entry("voc", VOC),
            Map.entry("dailyBase", BASE),
            Map.entry("upwindFrom", FROM),
            Map.entry("upwindTo", TO),
            Map.entry("measureYellow", YELLOW),
            Map.entry("measureOrange", ORANGE),
            Map.entry("measureRed", RED));

    private final EnvironmentService environment;
    private final EnterpriseService enterprises;

    ListKind(EnvironmentService environment, EnterpriseService enterprises) {
        this.environment = environment;
        this.enterprises = enterprises;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String title() {
        return Messages.get("environment.list.kind");
    }

    @Override
    public String sheetName() {
        return SHEET;
    }

    @Override
    public List<TableColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> instructions() {
        return List.of(
                "同一企业再次导入时替换原行，每处修改记入审计日志；任何一行有问题则整个文件不导入。",
                "重点行业：" + String.join("、", environment.industryNames().values()));
    }

    @Override
    public boolean mayImport(UserScope scope) {
        return EnvironmentService.mayEdit(scope);
    }

    @Override
    public RowReader<ListedEnterprise> reader(UserScope scope) {
        Map<String, String> counties = enterprises.countiesByCreditCode();
        Map<String, KeyIndustry> industries = environment.industriesByCode();
        return new RowReader<>() {
            @Override
            public @Nullable ListedEnterprise read(TableRow row) {
                String code = row.creditCode(CREDIT_CODE);
                String industry = row.text(INDUSTRY);
                String grade = row.choice(GRADE);
                String guarantee = row.choice(GUARANTEE);
                String[] numbers = Stream.of(LOAD, SO2, NOX, PM, VOC, BASE, FROM, TO)
                        .map(c -> plain(row.decimal(c)))
                        .toArray(String[]::new);
                String yellow = row.text(YELLOW);
                String orange = row.text(ORANGE);
                String red = row.text(RED);
                if (row.hasProblems()) {
                    return null;
                }
                try {
                    return environment.parse(
                            new ListedForm(
                                    code,
                                    industry,
                                    grade,
                                    guarantee,
                                    numbers[0],
                                    numbers[1],
                                    numbers[2],
                                    numbers[3],
                                    numbers[4],
                                    numbers[5],
                                    numbers[6],
                                    numbers[7],
                                    yellow,
                                    orange,
                                    red),
                            counties,
                            industries,
                            scope.username());
                } catch (FieldInputException e) {
                    row.problems(e, FIELDS, CREDIT_CODE, java.util.Set.of("creditCode"));
                    return null;
                }
            }

            @Override
            public String key(ListedEnterprise value) {
                return value.creditCode();
            }
        };
    }

    @Override
    public String store(List<ListedEnterprise> values, UserScope scope) {
        int[] counts = environment.saveAll(values, scope);
        return TableSummary.of(values.size(), counts[0], counts[1]);
    }

    /** A row of the export, in {@link #COLUMNS}' order, as the import reads it back. */
    static List<Object> row(ListedEnterprise e) {
        return Arrays.asList(
                e.creditCode(),
                e.name(),
                e.industryCode(),
                Messages.get("environment.grade.short." + e.grade().name()),
                e.guarantee() == null
                        ? null
                        : Messages.get("environment.guarantee." + e.guarantee().name()),
                e.allowedLoad() == null
                        ? null
                        : e.allowedLoad().movePointRight(2).stripTrailingZeros(),
                e.emissionBase().so2(),
                e.emissionBase().nox(),
                e.emissionBase().pm(),
                e.emissionBase().voc(),
                e.dailyBase(),
                e.upwindFrom(),
                e.upwindTo(),
                e.measureYellow(),
                e.measureOrange(),
                e.measureRed());
    }

    private static @Nullable String plain(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
