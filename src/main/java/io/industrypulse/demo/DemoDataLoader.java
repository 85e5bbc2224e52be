package io.industrypulse.demo;

import io.industrypulse.account.AccountService;
import io.industrypulse.account.Department;
import io.industrypulse.account.NewUser;
import io.industrypulse.account.Role;
import io.industrypulse.enterprise.EnterpriseRegistration;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.enterprise.PollutionGrade;
import io.industrypulse.ingest.CanonicalPackage;
import io.industrypulse.ingest.CanonicalPackage.EnterpriseRow;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionLevel;
import io.industrypulse.region.RegionService;
import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.Ppi;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.statdata.VaRatio;
import io.industrypulse.target.Benchmark;
import io.industrypulse.target.BenchmarkScope;
import io.industrypulse.target.Target;
import io.industrypulse.target.TargetService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the generated demo city on the first start of an embedded database ({@code industrypulse.demo.enabled}, off
 * under the {@code postgres} profile), in one transaction, and creates the demo accounts: one per role and one county
 * user per county, printed to the log with their passwords.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoDataLoader implements ApplicationRunner {

    /** Password of every demo account except {@code admin}; the demo city is public sample data. */
    static final String DEMO_PASSWORD = "Demo-City-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final boolean enabled;
    private final RegionService regions;
    private final EnterpriseService enterprises;
    private final StatDataService statData;
    private final TargetService targets;
    private final AccountService accounts;
    private final io.industrypulse.dispatch.TicketService tickets;
    private final io.industrypulse.dispatch.CampaignService campaigns;
    private final io.industrypulse.dispatch.ProductionStatusService production;
    private final io.industrypulse.environment.EnvironmentService environment;
    private final io.industrypulse.cultivation.CultivationService cultivation;
    private final io.industrypulse.investment.InvestmentService investment;
    private final TransactionTemplate transaction;

    DemoDataLoader(
            @Value("${industrypulse.demo.enabled:false}") boolean enabled,
            RegionService regions,
            EnterpriseService enterprises,
            StatDataService statData,
            TargetService targets,
            AccountService accounts,
            io.industrypulse.dispatch.TicketService tickets,
            io.industrypulse.dispatch.CampaignService campaigns,
            io.industrypulse.dispatch.ProductionStatusService production,
            io.industrypulse.environment.EnvironmentService environment,
            io.industrypulse.cultivation.CultivationService cultivation,
            io.industrypulse.investment.InvestmentService investment,
            TransactionTemplate transaction) {
        this.production = production;
        this.environment = environment;
        this.cultivation = cultivation;
        this.investment = investment;
        this.tickets = tickets;
        this.campaigns = campaigns;
        this.enabled = enabled;
        this.regions = regions;
        this.enterprises = enterprises;
        this.statData = statData;
        this.targets = targets;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        DemoCity city = new DemoCityGenerator().generate();
        if (regions.city().isEmpty()) {
            long start = System.nanoTime();
            transaction.executeWithoutResult(status -> load(city));
            log.info(
                    "示例数据已载入：{} 个区县，{} 家规上企业，{} 条月度数据（{} ms）",
                    counties(city.data()).size(),
                    city.data().enterprises().size(),
                    city.data().monthly().size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        printAccounts(ensureAccounts(city.data()));
    }

    private void load(DemoCity city) {
        CanonicalPackage data = city.data();
        regions.saveAll(data.regions().stream()
                .map(r -> new Region(r.code(), r.name(), RegionLevel.fromCode(r.level()), blankToNull(r.parentCode())))
                .toList());
        enterprises.saveChains(city.chains());
        Map<String, DemoProfile> profiles =
                city.profiles().stream().collect(Collectors.toMap(DemoProfile::creditCode, Function.identity()));
        enterprises.registerAll(data.enterprises().stream()
                .map(e -> registration(e, profiles.get(e.creditCode())))
                .toList());
        statData.storeVaRatios(data.vaRatios().stream()
                .map(v -> new VaRatio(v.year(), v.industryCode(), v.vaRatio()))
                .toList());
        statData.storePpi(data.ppi().stream()
                .map(p -> new Ppi(p.period(), p.industryCode(), p.ppiYoy()))
                .toList());
        statData.storeMonthly(data.monthly().stream()
                .map(m -> new MonthlyRow(
                        m.period(), m.creditCode(), m.output(), m.outputLy(), m.revenue(), m.electricity()))
                .toList());
        targets.storeTargets(data.targets().stream()
                .map(t -> new Target(t.year(), t.regionCode(), t.targetGrowth()))
                .toList());
        targets.storeBenchmarks(data.benchmarks().stream()
                .map(b -> new Benchmark(
                        b.period(), BenchmarkScope.valueOf(b.scope().toUpperCase()), b.growthCum()))
                .toList());
        java.util.List<io.industrypulse.dispatch.LedgerTicket> ledger = DemoTickets.generate(data);
        // the first visits are those on which the tickets were opened, one per ticket
        java.util.List<Long> visits = campaigns.load(DemoTickets.campaign(), DemoTickets.visits(data, ledger));
        tickets.loadLedger(java.util.stream.IntStream.range(0, ledger.size())
                .mapToObj(i -> ledger.get(i).onVisit(visits.get(i)))
                .toList());
        production.load(DemoTickets.productionStatuses(ledger));
        environment.loadList(DemoEnvironment.listed(data, city.profiles()));
        environment.loadGroup(
                DemoEnvironment.EAST,
                "东部区域",
                DemoEnvironment.east(counties(data).stream()
                        .map(CanonicalPackage.RegionRow::code)
                        .toList()));
        java.time.YearMonth latest = data.monthly().stream()
                .map(CanonicalPackage.MonthlyRow::period)
                .max(java.util.Comparator.naturalOrder())
                .orElseThrow();
        DemoEnvironment.episodes(latest).forEach(environment::load);
        List<String> countyCodes =
                counties(data).stream().map(CanonicalPackage.RegionRow::code).toList();
        DemoCultivation.Pool pool = DemoCultivation.generate(countyCodes, latest);
        DemoCultivation.Pool entrants = DemoCultivation.entrants(
                data,
                city.profiles(),
                latest.getYear(),
                pool.enterprises().get(0).updatedAt());
        cultivation.load(
                concat(pool.enterprises(), entrants.enterprises()),
                concat(pool.months(), entrants.months()),
                pool.batches(),
                concat(pool.applications(), entrants.applications()));
        String cityCode = data.regions().stream()
                .filter(r -> RegionLevel.fromCode(r.level()) == RegionLevel.CITY)
                .findFirst()
                .orElseThrow()
                .code();
        targets.storeTargets(DemoCultivation.targets(cityCode, countyCodes, latest.getYear()));
        DemoInvestment.Ledger projects = DemoInvestment.generate(data, countyCodes, latest);
        investment.load(projects.projects(), projects.plans(), projects.months());
        targets.storeTargets(DemoInvestment.targets(cityCode, countyCodes, latest.getYear()));
        investment.loadBlockers(DemoInvestment.blockers(projects, latest));
    }

    private static EnterpriseRegistration registration(EnterpriseRow row, DemoProfile profile) {
        return new EnterpriseRegistration(
                row.creditCode(),
                row.name(),
                row.countyCode(),
                profile.industryClass(),
                row.aboveSizeSince(),
                profile.entryKind(),
                profile.exitPeriod(),
                profile.exitReason(),
                profile.keyEnterprise(),
                profile.pollutionGrade() == null ? null : PollutionGrade.valueOf(profile.pollutionGrade()),
                profile.airPolluting(),
                profile.chainCodes(),
                profile.contactName(),
                profile.contactPhone(),
                null);
    }

    /** One account per role at city level, one county user per county; idempotent. */
    private List<NewUser> ensureAccounts(CanonicalPackage data) {
        String city = accounts.cityCode();
        String firstEnterprise = data.enterprises().get(0).creditCode();
        List<NewUser> users = new ArrayList<>(List.of(
                new NewUser("analyst", "市工信局运行科", Role.CITY_ANALYST, city, null, null, DEMO_PASSWORD),
                new NewUser("leader", "市领导", Role.LEADER, city, null, null, DEMO_PASSWORD),
                new NewUser("ecology", "市生态环境局", Role.DEPARTMENT_USER, city, null, Department.ECOLOGY, DEMO_PASSWORD),
                new NewUser(
                        "enterprise",
                        "企业联系人",
                        Role.ENTERPRISE_USER,
                        countyOf(data, firstEnterprise),
                        firstEnterprise,
                        null,
                        DEMO_PASSWORD)));
        for (var county : counties(data)) {
            users.add(new NewUser(
                    "county" + county.code(),
                    county.name() + "工信局",
                    Role.COUNTY_USER,
                    county.code(),
                    null,
                    null,
                    DEMO_PASSWORD));
        }
        accounts.createMissingWithSharedPasswords(users);
        return users;
    }

    private static void printAccounts(List<NewUser> users) {
        StringBuilder text = new StringBuilder("示例账户（示例数据，仅供演示）：\n  admin / 密码见启动日志中的管理员一行（或 ADMIN_PASSWORD）  市级管理员\n");
        for (NewUser user : users) {
            text.append("  ")
                    .append(user.username())
                    .append(" / ")
                    .append(user.rawPassword())
                    .append("  ")
                    .append(user.displayName())
                    .append(" (")
                    .append(user.role())
                    .append(", ")
                    .append(user.regionCode())
                    .append(")\n");
        }
        log.info(text.toString());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<CanonicalPackage.RegionRow> counties(CanonicalPackage data) {
        return data.regions().stream().filter(r -> "county".equals(r.level())).toList();
    }

    private static String countyOf(CanonicalPackage data, String creditCode) {
        return data.enterprises().stream()
                .filter(e -> e.creditCode().equals(creditCode))
                .findFirst()
                .orElseThrow()
                .countyCode();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
