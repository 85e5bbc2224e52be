package io.industrypulse.demo;

import io.industrypulse.cultivation.Application;
import io.industrypulse.cultivation.ApplicationState;
import io.industrypulse.cultivation.Batch;
import io.industrypulse.cultivation.BatchKind;
import io.industrypulse.cultivation.PoolEnterprise;
import io.industrypulse.cultivation.PoolKind;
import io.industrypulse.cultivation.PoolMonth;
import io.industrypulse.ingest.CanonicalPackage;
import io.industrypulse.target.Target;
import io.industrypulse.target.TargetIndicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo city's 小升规 pool (issue 14): about 400 below-size enterprises across the counties with their monthly
 * output and revenue from January two years back to the latest month (some crossing 2000万元 during the year, some
 * not; a fifth new plants in production since last October), this year's batches and a net-increase task per county.
 * Deterministic.
 */
final class DemoCultivation {

    static final int POOL = 400;

    private static final String[] FIRST = {"鑫达", "华盛", "恒远", "永兴", "金泰", "宏发", "瑞丰", "德隆", "中正", "宝利"};
    private static final String[] TRADE = {"精密机械", "新材料", "塑料制品", "食品", "纺织", "电子科技", "包装", "建材", "五金", "家具"};
    private static final String[] SECOND = {"", "源", "通", "邦"};
    private static final String[] CLASSES = {
        "3311", "2927", "1391", "1713", "3982", "2231", "3021", "3389", "1469", "2110"
    };
    private static final String[] CADRES = {"王建国", "李卫东", "张晓燕", "刘志强", "陈立新", "杨春梅"};

    private DemoCultivation() {}

    /** The pool, its months and the batches, for the counties given, up to {@code latest}. */
    record Pool(
            List<PoolEnterprise> enterprises,
            List<PoolMonth> months,
            List<Batch> batches,
            List<Application> applications) {}

    static Pool generate(List<String> counties, YearMonth latest) {
        SplittableRandom random = new SplittableRandom(2026_14);
        int year = latest.getYear();
        List<PoolEnterprise> enterprises = new ArrayList<>();
        List<PoolMonth> months = new ArrayList<>();
        Instant at = latest.plusMonths(1)
                .atDay(1)
                .atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant();
        for (int i = 0; i < POOL; i++) {
            String county = counties.get(i % counties.size());
            String code = CreditCodes.enterprise(county, "P" + String.format("%07d", i));
            boolean fresh = i % 5 == 4;
            YearMonth start =
                    fresh ? YearMonth.of(year - 1, 10).plusMonths(random.nextInt(0, 8)) : YearMonth.of(year - 2, 1);
            String name = FIRST[i % FIRST.length]
                    + SECOND[(i / (FIRST.length * TRADE.length)) % SECOND.length]
                    + TRADE[(i / FIRST.length) % TRADE.length]
                    + "有限公司";
            enterprises.add(new PoolEnterprise(
                    code,
                    "示例" + name,
                    county,
                    CLASSES[random.nextInt(CLASSES.length)],
                    fresh ? PoolKind.NEW : PoolKind.SMALL,
                    start.minusMonths(random.nextInt(3, 30)).atDay(1),
                    start.atDay(1),
                    "联系人" + (i + 1),
                    "1380000" + String.format("%04d", i),
                    CADRES[i % CADRES.length],
                    "system",
                    at));
            // a monthly level of 40..150 万元 two years back (480..1,800 a year), growing up to a third a year
            double level = Math.exp(random.nextDouble(Math.log(40), Math.log(150)));
            double growth = random.nextDouble(-0.1, 0.35);
            for (YearMonth m = start; !m.isAfter(latest); m = m.plusMonths(1)) {
                double years = (m.getYear() - (year - 2)) + (m.getMonthValue() - 1) / 12.0;
                double seasonal = 1 + 0.12 * Math.sin((m.getMonthValue() - 3) / 12.0 * 2 * Math.PI);
                double revenue = level * Math.pow(1 + growth, years) * seasonal * random.nextDouble(0.92, 1.08);
                months.add(new PoolMonth(code, m, wan(revenue * random.nextDouble(1.0, 1.1)), wan(revenue)));
            }
        }
        return new Pool(enterprises, months, batches(year), applications(enterprises, at));
    }

    /**
     * Applications in every state but 已入库 (an entry is the registry's, which the demo registry has already): the
     * first annual batch (index 0, closed) submitted by some and refused for a few, the second (index 1, open)
     * planned by others, and new plants submitted for next February's monthly batch (index 12).
     */
    private static List<Application> applications(List<PoolEnterprise> pool, Instant at) {
        List<Application> out = new ArrayList<>();
        int february = 12;
        for (int i = 0; i < pool.size(); i++) {
            PoolEnterprise e = pool.get(i);
            if (i % 13 == 0) {
                out.add(new Application(
                        0, e.creditCode(), 0, ApplicationState.REJECTED, "近12个月营业收入未达2000万元", "system", at));
            } else if (i % 11 == 0) {
                out.add(new Application(0, e.creditCode(), 0, ApplicationState.SUBMITTED, null, "system", at));
            } else if (i % 7 == 0) {
                out.add(new Application(0, e.creditCode(), 1, ApplicationState.PLANNED, null, "system", at));
            } else if (e.kind() == PoolKind.NEW && i % 3 == 0) {
                out.add(new Application(0, e.creditCode(), february, ApplicationState.SUBMITTED, null, "system", at));
            }
        }
        return out;
    }

    /** Index in {@link #batches} of last year's first annual batch (its entrants report from this January). */
    static final int LAST_YEARS_BATCH = 13;

    /**
     * This year's two annual batches (0, 1), the monthly batches of March to December (2..11), next February's (12)
     * and last year's first annual batch (13).
     */
    static List<Batch> batches(int year) {
        List<Batch> out = new ArrayList<>();
        out.add(new Batch(
                0, year, BatchKind.ANNUAL, year + "年第一批年度小升规", LocalDate.of(year, 11, 20), YearMonth.of(year + 1, 1)));
        out.add(new Batch(
                0, year, BatchKind.ANNUAL, year + "年第二批年度小升规", LocalDate.of(year, 12, 20), YearMonth.of(year + 1, 1)));
        for (int m = 3; m <= 12; m++) {
            out.add(new Batch(
                    0,
                    year,
                    BatchKind.MONTHLY,
                    year + "年" + m + "月月度入库",
                    LocalDate.of(year, m - 1, 20),
                    YearMonth.of(year, m)));
        }
        out.add(new Batch(
                0,
                year + 1,
                BatchKind.MONTHLY,
                (year + 1) + "年2月月度入库",
                LocalDate.of(year + 1, 1, 5),
                YearMonth.of(year + 1, 2)));
        out.add(new Batch(
                0,
                year - 1,
                BatchKind.ANNUAL,
                (year - 1) + "年第一批年度小升规",
                LocalDate.of(year - 1, 11, 20),
                YearMonth.of(year, 1)));
        return out;
    }

    /**
     * The registry's entrants of the year as the pool records they were, with their applications entered: a 小升规
     * entrant of January through last year's annual batch, its pool months last year's output and revenue as its
     * same-period base in the monthly data has them; a new plant through the monthly batch of its first month.
     */
    static Pool entrants(CanonicalPackage data, List<DemoProfile> profiles, int year, Instant at) {
        java.util.Map<String, DemoProfile> byCode = new java.util.HashMap<>();
        profiles.forEach(p -> byCode.put(p.creditCode(), p));
        List<PoolEnterprise> enterprises = new ArrayList<>();
        List<Application> applications = new ArrayList<>();
        java.util.Set<String> upgrades = new java.util.HashSet<>();
        for (CanonicalPackage.EnterpriseRow e : data.enterprises()) {
            DemoProfile p = byCode.get(e.creditCode());
            YearMonth since = e.aboveSizeSince();
            if (p == null || since == null || since.getYear() != year) {
                continue;
            }
            int batch;
            PoolKind kind;
            if (p.entryKind() == io.industrypulse.enterprise.AboveSizeEntry.UPGRADE && since.getMonthValue() == 1) {
                batch = LAST_YEARS_BATCH;
                kind = PoolKind.SMALL;
                upgrades.add(e.creditCode());
            } else if (p.entryKind() == io.industrypulse.enterprise.AboveSizeEntry.NEW_PRODUCTION
                    && since.getMonthValue() >= 3) {
                batch = 2 + since.getMonthValue() - 3;
                kind = PoolKind.NEW;
            } else {
                continue;
            }
            YearMonth start = p.productionStart() != null ? p.productionStart() : YearMonth.of(year - 3, 1);
            enterprises.add(new PoolEnterprise(
                    e.creditCode(),
                    e.name(),
                    e.countyCode(),
                    p.industryClass(),
                    kind,
                    start.atDay(1),
                    start.atDay(1),
                    p.contactName(),
                    p.contactPhone(),
                    CADRES[enterprises.size() % CADRES.length],
                    "system",
                    at));
            applications.add(new Application(0, e.creditCode(), batch, ApplicationState.ENTERED, null, "system", at));
        }
        List<PoolMonth> months = new ArrayList<>();
        for (CanonicalPackage.MonthlyRow m : data.monthly()) {
            if (m.period().getYear() == year && upgrades.contains(m.creditCode())) {
                BigDecimal base = m.outputLy();
                months.add(new PoolMonth(
                        m.creditCode(),
                        m.period().minusYears(1),
                        base,
                        base.multiply(new BigDecimal("0.96")).setScale(2, RoundingMode.HALF_UP)));
            }
        }
        return new Pool(enterprises, months, List.of(), applications);
    }

    /** A 小升规 net-increase task per county (3 to 6) and the city's, their sum. */
    static List<Target> targets(String city, List<String> counties, int year) {
        List<Target> out = new ArrayList<>();
        int sum = 0;
        for (int k = 0; k < counties.size(); k++) {
            int task = 3 + k % 4;
            sum += task;
            out.add(new Target(
                    year, counties.get(k), TargetIndicator.UPGRADE_NET_INCREASE.name(), BigDecimal.valueOf(task)));
        }
        out.add(new Target(year, city, TargetIndicator.UPGRADE_NET_INCREASE.name(), BigDecimal.valueOf(sum)));
        return out;
    }

    private static BigDecimal wan(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
