package io.industrypulse.demo;

import io.industrypulse.account.Department;
import io.industrypulse.dispatch.LedgerTicket;
import io.industrypulse.dispatch.NewCampaign;
import io.industrypulse.dispatch.NewVisit;
import io.industrypulse.dispatch.ProductionReason;
import io.industrypulse.dispatch.ProductionStatus;
import io.industrypulse.dispatch.ProductionStatusChange;
import io.industrypulse.dispatch.TicketCategory;
import io.industrypulse.dispatch.TicketLevel;
import io.industrypulse.dispatch.TicketState;
import io.industrypulse.ingest.CanonicalPackage;
import io.industrypulse.ingest.CanonicalPackage.MonthlyRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The demo city's 问题台账: about 200 tickets opened from September to November 2026 over every county, category, state
 * and level, so a newcomer sees the whole flow at once. The enterprises whose problem stops or limits production are
 * those whose October output fell furthest below last year's, so their stake is real. Deterministic (seeded).
 */
final class DemoTickets {

    static final int COUNT = 200;

    private static final YearMonth LATEST = YearMonth.of(2026, 10);
    private static final LocalDate FIRST = LocalDate.of(2026, 9, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 11, 30);

    /** Per category: what the enterprise says, and what it asks for. */
    private static final Map<TicketCategory, String[]> TEXTS = Map.ofEntries(
            Map.entry(TicketCategory.ORDERS, new String[] {"四季度订单不足，部分产线停开", "协调对接本地配套企业和产销对接会"}),
            Map.entry(TicketCategory.LOGISTICS, new String[] {"原料运输车辆通行受限，到货延迟", "协调货车通行证和物流保障"}),
            Map.entry(TicketCategory.LABOUR, new String[] {"技术工人缺口约30人，旺季招工难", "协助组织专场招聘和技能培训"}),
            Map.entry(TicketCategory.FUNDING, new String[] {"流动资金紧张，一笔贷款12月到期", "协调银行续贷、政银企对接"}),
            Map.entry(TicketCategory.ENERGY, new String[] {"冬季用气指标不足，窑炉不能满负荷", "协调增加用气指标、保障用电"}),
            Map.entry(TicketCategory.MATERIALS, new String[] {"主要原材料价格上涨、供应不稳", "协调原料供应渠道"}),
            Map.entry(TicketCategory.LOCKDOWN, new String[] {"上游供应商所在地临时管控，零部件断供", "协调物流通道和替代供应"}),
            Map.entry(TicketCategory.ENVIRONMENT, new String[] {"重污染天气应急期间限产50%，订单交付困难", "按绩效分级实施差异化管控，不搞一刀切"}),
            Map.entry(TicketCategory.POLICY, new String[] {"产业政策调整后部分产品暂停生产", "协调政策过渡期和技术改造支持"}),
            Map.entry(TicketCategory.APPROVAL, new String[] {"扩产项目环评、能评审批时间长", "协调加快审批、容缺受理"}),
            Map.entry(TicketCategory.OTHER, new String[] {"厂区周边道路施工影响进出", "协调施工时间和临时通道"}));

    private static final Map<TicketCategory, Department> DEPARTMENT_OF = Map.ofEntries(
            Map.entry(TicketCategory.ORDERS, Department.valueOf("COMMERCE")),
            Map.entry(TicketCategory.LOGISTICS, Department.valueOf("TRANSPORT")),
            Map.entry(TicketCategory.LABOUR, Department.valueOf("HUMAN_RESOURCES")),
            Map.entry(TicketCategory.FUNDING, Department.valueOf("FINANCE")),
            Map.entry(TicketCategory.ENERGY, Department.valueOf("POWER_SUPPLY")),
            Map.entry(TicketCategory.MATERIALS, Department.valueOf("DEVELOPMENT")),
            Map.entry(TicketCategory.LOCKDOWN, Department.valueOf("HEALTH")),
            Map.entry(TicketCategory.ENVIRONMENT, Department.ECOLOGY),
            Map.entry(TicketCategory.POLICY, Department.valueOf("DEVELOPMENT")),
            Map.entry(TicketCategory.APPROVAL, Department.valueOf("NATURAL_RESOURCES")),
            Map.entry(TicketCategory.OTHER, Department.valueOf("HOUSING")));

    private DemoTickets() {}

    static List<LedgerTicket> generate(CanonicalPackage data) {
        SplittableRandom random = new SplittableRandom(20261203);
        // the enterprises furthest below last year's October: their problems stop or limit production
        List<String> down = data.monthly().stream()
                .filter(m -> m.period().equals(LATEST) && m.outputLy().signum() > 0)
                .sorted(Comparator.comparing(DemoTickets::ratio))
                .map(MonthlyRow::creditCode)
                .limit(COUNT / 4)
                .toList();
        List<String> all = data.enterprises().stream()
                .map(CanonicalPackage.EnterpriseRow::creditCode)
                .toList();
        Map<String, String> countyOf = data.enterprises().stream()
                .collect(Collectors.toMap(
                        CanonicalPackage.EnterpriseRow::creditCode, CanonicalPackage.EnterpriseRow::countyCode));
        // the categories of enterprises' own problems (用地 is a project's blocker, issue 15)
        TicketCategory[] categories = java.util.Arrays.stream(TicketCategory.values())
                .filter(c -> c != TicketCategory.LAND)
                .toArray(TicketCategory[]::new);
        List<LedgerTicket> tickets = new ArrayList<>(COUNT);
        int span = (int) (LAST.toEpochDay() - FIRST.toEpochDay());
        for (int i = 0; i < COUNT; i++) {
            boolean stops = i < down.size();
            String code = stops ? down.get(i) : all.get(random.nextInt(all.size()));
            TicketCategory category = stops
                    ? (i % 3 == 0
                            ? TicketCategory.ENVIRONMENT
                            : i % 3 == 1 ? TicketCategory.ORDERS : TicketCategory.ENERGY)
                    : categories[random.nextInt(categories.length)];
            LocalDate opened = FIRST.plusDays(random.nextInt(span));
            LocalDate stepped = opened.plusDays(random.nextInt((int) (LAST.toEpochDay() - opened.toEpochDay()) + 1));
            int roll = random.nextInt(100);
            TicketState state = roll < 15
                    ? TicketState.SUBMITTED
                    : roll < 45
                            ? TicketState.IN_PROGRESS
                            : roll < 60
                                    ? TicketState.SOLVED
                                    : roll < 75
                                            ? TicketState.RATED
                                            : roll < 95 ? TicketState.CLOSED : TicketState.RETURNED;
            int levelRoll = random.nextInt(100);
            TicketLevel level = state == TicketState.RETURNED || levelRoll < 60
                    ? TicketLevel.COUNTY
                    : levelRoll < 75 ? TicketLevel.CITY : TicketLevel.DEPARTMENT;
            List<Department> departments =
                    level == TicketLevel.DEPARTMENT ? List.of(DEPARTMENT_OF.get(category)) : List.of();
            String county = countyOf.get(code);
            String handler = state == TicketState.SUBMITTED || state == TicketState.RETURNED
                    ? null
                    : switch (level) {
                        case COUNTY -> "county" + county;
                        case CITY -> "analyst";
                        case DEPARTMENT -> departments.get(0).equals(Department.ECOLOGY) ? "ecology" : "analyst";
                    };
            boolean done = state == TicketState.SOLVED || state == TicketState.RATED || state == TicketState.CLOSED;
            String[] text = TEXTS.get(category);
            tickets.add(new LedgerTicket(
                    code,
                    category,
                    text[0],
                    text[1],
                    stops,
                    stops && random.nextInt(3) == 0,
                    state,
                    level,
                    departments,
                    handler,
                    done ? "已协调解决：" + text[1] : state == TicketState.RETURNED ? "材料不全，请补充后重新提交" : null,
                    state == TicketState.RATED || state == TicketState.CLOSED ? 3 + random.nextInt(3) : null,
                    "county" + county,
                    opened,
                    stepped,
                    null));
        }
        return tickets;
    }

    /**
     * The production status of each enterprise whose open ticket says the problem stops or limits its production, for
     * the reason the ticket names, since the day it was opened (its first such ticket).
     */
    static List<ProductionStatusChange> productionStatuses(List<LedgerTicket> tickets) {
        Map<String, ProductionStatusChange> byEnterprise = new java.util.LinkedHashMap<>();
        for (LedgerTicket t : tickets) {
            boolean open = t.state() == TicketState.SUBMITTED
                    || t.state() == TicketState.IN_PROGRESS
                    || t.state() == TicketState.RETURNED;
            if (!t.stopsProduction() || !open) {
                continue;
            }
            ProductionReason reason = switch (t.category()) {
                case ORDERS -> ProductionReason.ORDERS;
                case ENVIRONMENT -> ProductionReason.ENVIRONMENT;
                case ENERGY -> ProductionReason.ENERGY;
                case MATERIALS -> ProductionReason.MATERIALS;
                case FUNDING -> ProductionReason.FUNDS;
                default -> ProductionReason.OTHER;
            };
            byEnterprise.putIfAbsent(
                    t.creditCode(),
                    new ProductionStatusChange(
                            t.creditCode(),
                            t.urgent() ? ProductionStatus.STOPPED : ProductionStatus.LIMITED,
                            reason,
                            t.submittedOn(),
                            null,
                            t.description()));
        }
        return List.copyOf(byEnterprise.values());
    }

    /** The running campaign: 100 days from 1 September 2026, the whole city. */
    static NewCampaign campaign() {
        return new NewCampaign("2026年工业经济百日攻坚行动", FIRST, null, List.of(), null, "走访规上企业全覆盖；收集的问题按时限办结，化解率不低于90%");
    }

    /**
     * One visit per ticket, on the day it was opened (the first {@code tickets.size()} visits, in the tickets' order),
     * and one to each of a sample of the other enterprises.
     */
    static List<NewVisit> visits(CanonicalPackage data, List<LedgerTicket> tickets) {
        SplittableRandom random = new SplittableRandom(20260901);
        List<NewVisit> visits = new ArrayList<>();
        int span = (int) (LAST.toEpochDay() - FIRST.toEpochDay());
        for (LedgerTicket t : tickets) {
            visits.add(new NewVisit(t.creditCode(), t.submittedOn(), cadre(random), "县工信局", "企业反映：" + t.description()));
        }
        for (CanonicalPackage.EnterpriseRow e : data.enterprises()) {
            if (random.nextInt(100) < 55) {
                visits.add(new NewVisit(
                        e.creditCode(), FIRST.plusDays(random.nextInt(span)), cadre(random), "县工信局", "生产经营正常，无诉求"));
            }
        }
        return visits;
    }

    private static String cadre(SplittableRandom random) {
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};
        String[] names = {"伟", "敏", "静", "磊", "洋", "军", "芳", "勇"};
        return surnames[random.nextInt(surnames.length)] + names[random.nextInt(names.length)];
    }

    private static BigDecimal ratio(MonthlyRow row) {
        return row.output().divide(row.outputLy(), 6, java.math.RoundingMode.HALF_UP);
    }
}
