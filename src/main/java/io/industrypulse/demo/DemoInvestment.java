package io.industrypulse.demo;

import io.industrypulse.ingest.CanonicalPackage;
import io.industrypulse.investment.Project;
import io.industrypulse.investment.ProjectKind;
import io.industrypulse.investment.ProjectMonth;
import io.industrypulse.investment.ProjectStage;
import io.industrypulse.target.Target;
import io.industrypulse.target.TargetIndicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The demo city's project ledger (issue 15): about 250 industrial and technical-renovation projects across the counties
 * and every stage, with their plans of last year and this year and their monthly progress from January of last year
 * to the latest month, some behind the time progress, some not started by their planned start; the builders are the
 * registry's enterprises (all renovations, most new projects) or new companies not registered yet. The first
 * enterprise of the registry (the demo enterprise user's) renovates. Investment growth targets per county. Deterministic.
 */
final class DemoInvestment {

    static final int PROJECTS = 250;

    private static final String[] WHAT = {
        "年产5万吨新材料", "智能化生产线改造", "新能源电池材料", "高端装备制造基地", "数字化车间", "绿色低碳技术改造", "精密零部件", "食品精深加工", "生物医药产业园", "光伏组件"
    };
    private static final String[] LEADERS = {"赵副县长", "钱副县长", "孙副局长", "李副区长", "周副市长", "吴副主任"};
    private static final String[] PEOPLE = {"王磊", "刘洋", "陈静", "杨帆", "黄伟", "周敏", "吴强", "郑丽"};
    private static final String[] PROBLEMS = {"用地指标未落实", "环评审批进度慢", "配套资金缺口较大", "电力增容未完成"};
    private static final String[] DIVISIONS = {"26", "30", "33", "34", "38", "39", "13", "27", "29", "31"};

    private DemoInvestment() {}

    /** The ledger: projects, plans by code and year, months of progress. */
    record Ledger(List<Project> projects, Map<String, Map<Integer, BigDecimal>> plans, List<ProjectMonth> months) {}

    static Ledger generate(CanonicalPackage data, List<String> counties, YearMonth latest) {
        SplittableRandom random = new SplittableRandom(2026_15);
        int year = latest.getYear();
        Instant at = latest.plusMonths(1)
                .atDay(1)
                .atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant();
        Map<String, String> names = new HashMap<>();
        data.regions().forEach(r -> names.put(r.code(), r.name()));
        Map<String, List<CanonicalPackage.EnterpriseRow>> byCounty = new HashMap<>();
        data.enterprises()
                .forEach(e -> byCounty.computeIfAbsent(e.countyCode(), c -> new ArrayList<>())
                        .add(e));
        List<Project> projects = new ArrayList<>();
        Map<String, Map<Integer, BigDecimal>> plans = new HashMap<>();
        List<ProjectMonth> months = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            // the first project is the demo enterprise user's renovation, in its county
            String county = i == 0 ? data.enterprises().get(0).countyCode() : counties.get(i % counties.size());
            List<CanonicalPackage.EnterpriseRow> local = byCounty.get(county);
            ProjectKind kind = i % 5 < 2 ? ProjectKind.RENOVATION : ProjectKind.INDUSTRIAL;
            boolean registered = kind == ProjectKind.RENOVATION || i % 4 != 3;
            CanonicalPackage.EnterpriseRow builder =
                    i == 0 ? data.enterprises().get(0) : local.get(random.nextInt(local.size()));
            String code = "XM" + county + "-" + String.format("%03d", i + 1);
            String builderName = registered ? builder.name() : "示例新建" + WHAT[i % WHAT.length].substring(0, 2) + "有限公司";
            double total = Math.round(Math.exp(random.nextDouble(Math.log(1_500), Math.log(60_000))));
            ProjectStage stage = stage(random.nextDouble(), i);
            // started projects began over the last two and a half years, so that both years have work under way; the
            // pipeline starts from two months ago (not started as planned) to the coming months
            YearMonth plannedStart = stage.pipeline()
                    ? latest.minusMonths(random.nextInt(-8, 3))
                    : min(YearMonth.of(year - 2, 6).plusMonths(random.nextInt(0, 22)), latest);
            YearMonth actualStart = stage.started() || (stage == ProjectStage.SUSPENDED && i % 2 == 0)
                    ? min(plannedStart.plusMonths(random.nextInt(-1, 3)), latest)
                    : null;
            int buildMonths = 14 + random.nextInt(16);
            YearMonth plannedProduction = plannedStart.plusMonths(buildMonths);
            YearMonth actualProduction = stage == ProjectStage.PRODUCTION
                    ? min(actualStart.plusMonths(Math.max(1, buildMonths - 2)), latest)
                    : null;
            YearMonth actualCompletion = stage == ProjectStage.COMPLETED || stage == ProjectStage.PRODUCTION
                    ? (actualProduction != null ? actualProduction : min(actualStart.plusMonths(buildMonths), latest))
                    : null;
            boolean inStatistics = actualStart != null && total >= 500;
            double output = total * random.nextDouble(0.6, 1.5);
            projects.add(new Project(
                    code,
                    names.get(county) + WHAT[i % WHAT.length] + (kind == ProjectKind.RENOVATION ? "技改项目" : "项目"),
                    county,
                    builderName,
                    registered ? builder.creditCode() : null,
                    kind,
                    registered ? builder.industryCode() : DIVISIONS[i % DIVISIONS.length],
                    WHAT[i % WHAT.length] + "，新建厂房及配套设施，购置生产设备" + (10 + random.nextInt(90)) + "台（套）",
                    wan(total),
                    plannedStart.atDay(1),
                    actualStart == null ? null : actualStart.atDay(10),
                    plannedProduction.atDay(1),
                    actualProduction == null ? null : actualProduction.atDay(15),
                    plannedProduction.plusMonths(1).atDay(1),
                    actualCompletion == null ? null : actualCompletion.atDay(20),
                    stage,
                    inStatistics ? "T" + county + actualStart.getYear() + String.format("%04d", i) : null,
                    inStatistics ? actualStart.plusMonths(1) : null,
                    LEADERS[i % LEADERS.length],
                    PEOPLE[i % PEOPLE.length],
                    "1390311" + String.format("%04d", i),
                    wan(output),
                    wan(output * random.nextDouble(0.18, 0.32)),
                    "system",
                    at));
            // plans and progress: the total spread over the building months, a year's plan its months of building that
            // year; the work goes at 0.4..0.7 of that pace for some projects (behind the calendar), 0.9..1.2 for others
            double monthly = total / buildMonths;
            double pace = i % 6 == 5 ? random.nextDouble(0.4, 0.7) : random.nextDouble(0.9, 1.2);
            YearMonth building = actualStart != null ? actualStart : plannedStart;
            Map<Integer, BigDecimal> yearPlans = new HashMap<>();
            double spent = 0;
            for (int y = year - 1; y <= year; y++) {
                int planned = 0;
                for (int m = 1; m <= 12; m++) {
                    YearMonth month = YearMonth.of(y, m);
                    if (!month.isBefore(building) && month.isBefore(building.plusMonths(buildMonths))) {
                        planned++;
                    }
                }
                double plan = monthly * Math.max(planned, 1) * random.nextDouble(0.95, 1.05);
                // a plan for each year the project works in, and for the year the pipeline is due to start
                YearMonth from = actualStart != null ? actualStart : plannedStart;
                YearMonth until = actualCompletion != null ? actualCompletion : YearMonth.of(y, 12);
                if (from.getYear() <= y && until.getYear() >= y) {
                    yearPlans.put(y, wan(plan));
                }
                if (actualStart == null) {
                    continue;
                }
                for (int m = 1; m <= 12; m++) {
                    YearMonth month = YearMonth.of(y, m);
                    if (month.isBefore(actualStart)
                            || month.isAfter(latest)
                            || (actualCompletion != null && month.isAfter(actualCompletion))) {
                        continue;
                    }
                    double seasonal = 1 + 0.25 * Math.sin((m - 4) / 12.0 * 2 * Math.PI);
                    // never more than the total investment, which the ledger refuses
                    double done =
                            Math.min(monthly * pace * seasonal * random.nextDouble(0.85, 1.15), total * 0.98 - spent);
                    done = Math.max(0, Math.floor(done * 100) / 100);
                    spent += done;
                    months.add(new ProjectMonth(
                            code,
                            month,
                            wan(stage == ProjectStage.SUSPENDED && month.isAfter(latest.minusMonths(4)) ? 0 : done),
                            image(stage, month, actualStart),
                            m % 3 == 0
                                    ? "完成钢结构" + (5 + random.nextInt(20)) + "吨，设备进场" + random.nextInt(10) + "台"
                                    : null,
                            pace < 0.7 && month.equals(latest) ? PROBLEMS[i % PROBLEMS.length] : null));
                }
            }
            plans.put(code, yearPlans);
        }
        return new Ledger(projects, plans, months);
    }

    /**
     * The blockers of the projects behind that report a problem in the latest month and whose builder is registered
     * (a ticket is on an enterprise): one each, of the category the problem is about, reported by the county in the
     * latest month's third week and accepted two days later.
     */
    static List<Map.Entry<String, io.industrypulse.dispatch.LedgerTicket>> blockers(Ledger ledger, YearMonth latest) {
        Map<String, Project> projects = new HashMap<>();
        ledger.projects().forEach(p -> projects.put(p.code(), p));
        io.industrypulse.dispatch.TicketCategory[] categories = {
            io.industrypulse.dispatch.TicketCategory.LAND,
            io.industrypulse.dispatch.TicketCategory.APPROVAL,
            io.industrypulse.dispatch.TicketCategory.FUNDING,
            io.industrypulse.dispatch.TicketCategory.ENERGY
        };
        String[] help = {"协调自然资源部门调剂用地指标", "请求生态环境部门加快环评审批", "协调金融机构提供项目贷款", "协调供电公司加快增容工程"};
        List<Map.Entry<String, io.industrypulse.dispatch.LedgerTicket>> out = new ArrayList<>();
        for (ProjectMonth m : ledger.months()) {
            Project p = projects.get(m.code());
            if (m.problems() != null && m.period().equals(latest) && p.creditCode() != null) {
                int kind = java.util.Arrays.asList(PROBLEMS).indexOf(m.problems());
                String county = "county" + p.countyCode();
                out.add(Map.entry(
                        p.code(),
                        new io.industrypulse.dispatch.LedgerTicket(
                                p.creditCode(),
                                categories[kind],
                                p.name() + "：" + m.problems(),
                                help[kind],
                                false,
                                false,
                                io.industrypulse.dispatch.TicketState.IN_PROGRESS,
                                io.industrypulse.dispatch.TicketLevel.COUNTY,
                                List.of(),
                                county,
                                null,
                                null,
                                county,
                                latest.atDay(18),
                                latest.atDay(20),
                                null)));
            }
        }
        return out;
    }

    /** The 工业投资 and 技改投资 growth targets of the year: 8-12% and 10-15% per county, the city's in between. */
    static List<Target> targets(String city, List<String> counties, int year) {
        List<Target> out = new ArrayList<>();
        for (int k = 0; k < counties.size(); k++) {
            out.add(new Target(
                    year, counties.get(k), TargetIndicator.INVESTMENT_GROWTH.name(), BigDecimal.valueOf(8 + k % 5)));
            out.add(new Target(
                    year,
                    counties.get(k),
                    TargetIndicator.RENOVATION_INVESTMENT_GROWTH.name(),
                    BigDecimal.valueOf(10 + k % 6)));
        }
        out.add(new Target(year, city, TargetIndicator.INVESTMENT_GROWTH.name(), BigDecimal.valueOf(10)));
        out.add(new Target(year, city, TargetIndicator.RENOVATION_INVESTMENT_GROWTH.name(), BigDecimal.valueOf(12)));
        return out;
    }

    private static ProjectStage stage(double draw, int i) {
        if (i == 0) {
            return ProjectStage.CONSTRUCTION;
        }
        double[] cumulative = {0.10, 0.18, 0.26, 0.71, 0.80, 0.95, 1.0};
        ProjectStage[] stages = ProjectStage.values();
        for (int s = 0; s < stages.length; s++) {
            if (draw < cumulative[s]) {
                return stages[s];
            }
        }
        return ProjectStage.SUSPENDED;
    }

    private static @Nullable String image(ProjectStage stage, YearMonth month, YearMonth start) {
        long since = start.until(month, java.time.temporal.ChronoUnit.MONTHS);
        if (stage == ProjectStage.SUSPENDED) {
            return "资金未到位，暂缓施工";
        }
        return since < 3 ? "场地平整、基础施工" : since < 8 ? "主体结构施工" : "设备安装调试";
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    private static BigDecimal wan(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
