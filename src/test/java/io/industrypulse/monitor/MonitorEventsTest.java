package io.industrypulse.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.account.DataChangedElsewhere;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.EnterpriseChanged;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.enterprise.IndustrialChain;
import io.industrypulse.statdata.MonthlyDetail;
import io.industrypulse.statdata.MonthlyImport;
import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.Ppi;
import io.industrypulse.statdata.RevisionService;
import io.industrypulse.statdata.StatDataChanged;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.target.Target;
import io.industrypulse.target.TargetService;
import io.industrypulse.target.TargetsChanged;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The events the growth snapshot follows, one Modulith scenario each (issue 17): a real write of the publishing module
 * publishes the event with what changed; the monitor drops its snapshot as the write commits and computes it again in
 * the background, through the event publication registry, without any reader asking; no publication is left
 * incomplete. The demo city holds data up to 2026-10.
 */
@SpringBootTest
@EnableScenarios
abstract class MonitorEventsTest {

    private static final Year YEAR = Year.of(2026);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final UserScope ADMIN = new UserScope("admin", Role.CITY_ADMIN, "130100");

    @Autowired
    MonitorService monitor;

    @Autowired
    StatDataService statData;

    @Autowired
    TargetService targets;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RevisionService revisions;

    @Autowired
    MeterRegistry meters;

    /**
     * The snapshot once every listener of the registry completed, empty while one is outstanding. It must then be
     * there already: reading it computes nothing (the compute timer does not move).
     */
    private Optional<GrowthSnapshot> keptWhenSettled() {
        long outstanding = jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class)
                .single();
        if (outstanding > 0) {
            return Optional.empty();
        }
        long computed = computations();
        Optional<GrowthSnapshot> snapshot = monitor.snapshot(YEAR);
        assertThat(computations())
                .as("the snapshot was computed in the background, not by this read")
                .isEqualTo(computed);
        return snapshot;
    }

    private long computations() {
        return meters.get("industrypulse.snapshot.compute").timer().count();
    }

    private double reads(String rows) {
        return meters.get("industrypulse.snapshot.read")
                .tag("rows", rows)
                .timer()
                .count();
    }

    private static double countyTarget(GrowthSnapshot snapshot, String county) {
        int index = snapshot.labels().countyCodes().indexOf(county);
        return snapshot.labels().engineInput().targets().counties().get(index).orElseThrow();
    }

    @Test
    void monthlyDataChangedRecomputesTheSnapshotInTheBackground(Scenario scenario) {
        assertThat(monitor.snapshot(YEAR).orElseThrow().result().lastMonth()).isEqualTo(10);
        List<MonthlyRow> october = new ArrayList<>(statData.monthly(OCTOBER, OCTOBER));
        assertThat(october).isNotEmpty();
        try {
            // October withdrawn: the latest month with data is September
            scenario.stimulate(() -> statData.replaceMonthly(OCTOBER, OCTOBER, List.of()))
                    .andWaitAtMost(Duration.ofSeconds(60))
                    .andWaitForEventOfType(StatDataChanged.class)
                    .matching(e -> e.from().equals(OCTOBER) && e.to().equals(OCTOBER))
                    .toArrive();
            assertThat(org.awaitility.Awaitility.await()
                            .atMost(Duration.ofSeconds(60))
                            .until(this::keptWhenSettled, Optional::isPresent)
                            .orElseThrow()
                            .result()
                            .lastMonth())
                    .isEqualTo(9);
        } finally {
            scenario.stimulate(() -> statData.replaceMonthly(OCTOBER, OCTOBER, october))
                    .andWaitAtMost(Duration.ofSeconds(60))
                    .andWaitForStateChange(
                            this::keptWhenSettled,
                            kept -> kept.isPresent() && kept.get().result().lastMonth() == 10)
                    .andVerify(kept -> assertThat(kept).isPresent());
        }
    }

    @Test
    void targetsChangedRecomputesThatYearWithTheNewTarget(Scenario scenario) {
        GrowthSnapshot before = monitor.snapshot(YEAR).orElseThrow();
        assertThat(countyTarget(before, "130102")).isNotEqualTo(9.7);

        scenario.stimulate(() ->
                        targets.setTarget(new Target(2026, "130102", Target.VA_GROWTH, new BigDecimal("9.7")), ADMIN))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForEventOfType(TargetsChanged.class)
                .matching(e -> e.year() == 2026)
                .toArrive();
        GrowthSnapshot after = org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(this::keptWhenSettled, kept -> kept.isPresent() && kept.get() != before)
                .orElseThrow();
        assertThat(countyTarget(after, "130102")).isEqualTo(9.7);
        assertThat(after.region("130102")
                        .orElseThrow()
                        .month(10)
                        .targetStatus()
                        .orElseThrow()
                        .target())
                .as("October's classification and required growth are against the new target")
                .isEqualTo(9.7);
        assertThat(after.labels().engineInput().rows())
                .as("a target changes no row: the rows read for the last snapshot serve the next")
                .isSameAs(before.labels().engineInput().rows());
    }

    @Test
    void enterpriseChangedRecomputesTheSnapshotWithTheNewGroup(Scenario scenario) {
        GrowthSnapshot before = monitor.snapshot(YEAR).orElseThrow();
        assertThat(before.names()).doesNotContainValue("情景测试产业链");

        scenario.stimulate(() -> enterprises.saveChains(List.of(new IndustrialChain("T-SCEN", "情景测试产业链", 99))))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForEventOfType(EnterpriseChanged.class)
                .matching(e -> e.enterprises() == 0)
                .toArrive();
        GrowthSnapshot after = org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(this::keptWhenSettled, kept -> kept.isPresent() && kept.get() != before)
                .orElseThrow();
        assertThat(after.names()).containsValue("情景测试产业链");
    }

    /**
     * A month's import reads that month's rows only (issue 18: a million rows at province size otherwise), and the
     * snapshot is the one reading every row gives, to the last bit: the same rows in the same order.
     */
    @Test
    void aMonthsImportReadsThatMonthOnlyAndGivesTheSnapshotOfReadingAll(Scenario scenario) {
        YearMonth september = YearMonth.of(2026, 9);
        GrowthSnapshot before = monitor.snapshot(YEAR).orElseThrow();
        List<MonthlyRow> rows = statData.monthly(september, september);
        List<MonthlyRow> revised = rows.stream()
                .map(r -> new MonthlyRow(
                        r.period(),
                        r.creditCode(),
                        r.output().multiply(new BigDecimal("1.03")).setScale(2, RoundingMode.HALF_UP),
                        r.outputLy(),
                        r.revenue(),
                        r.electricity()))
                .toList();
        double all = reads("all");
        double changed = reads("changed months");
        try {
            GrowthSnapshot refreshed = replaceAndSettle(scenario, september, revised, before);
            assertThat(reads("changed months")).isEqualTo(changed + 1);
            assertThat(reads("all")).isEqualTo(all);
            String city = before.labels().cityCode();
            assertThat(refreshed.region(city).orElseThrow().month(9).comparableMonth())
                    .as("September's comparable value moved with its rows")
                    .isGreaterThan(before.region(city).orElseThrow().month(9).comparableMonth());

            assertIsTheSnapshotOfReadingAll(refreshed);
            assertThat(reads("all")).isEqualTo(all + 1);
        } finally {
            replaceAndSettle(scenario, september, rows, null);
        }
    }

    /**
     * A month imported in full, as the import page stores it: the snapshot takes the month's rows from what the import
     * wrote ({@code statdata.WrittenMonth}) and is again the one reading every row gives, to the last bit.
     */
    @Test
    void aMonthImportedInFullGivesTheSnapshotOfReadingAll(Scenario scenario) {
        YearMonth september = YearMonth.of(2026, 9);
        GrowthSnapshot before = monitor.snapshot(YEAR).orElseThrow();
        List<MonthlyRow> rows = statData.monthly(september, september);
        List<MonthlyDetail> imported = rows.stream()
                .map(r -> new MonthlyDetail(
                        r.creditCode(),
                        r.creditCode(),
                        figures(
                                r.output().multiply(new BigDecimal("0.97")).setScale(2, RoundingMode.HALF_UP),
                                r.outputLy()),
                        figures(BigDecimal.ZERO, BigDecimal.ZERO),
                        figures(BigDecimal.ZERO, BigDecimal.ZERO),
                        r.electricity() == null ? null : figures(r.electricity(), r.electricity())))
                .toList();
        double changed = reads("changed months");
        long lastBefore = revisions.revisions(september).stream()
                .mapToLong(io.industrypulse.statdata.MonthlyRevision::id)
                .max()
                .orElse(0);
        try {
            scenario.stimulate(() -> revisions.store(
                            new MonthlyImport(september, "b204-1.xlsx", "admin", null, Set.of(), imported)))
                    .andWaitAtMost(Duration.ofSeconds(60))
                    .andWaitForEventOfType(StatDataChanged.class)
                    .matching(e -> e.from().equals(september))
                    .toArrive();
            GrowthSnapshot refreshed = org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .until(this::keptWhenSettled, kept -> kept.isPresent() && kept.get() != before)
                    .orElseThrow();
            assertThat(reads("changed months")).isEqualTo(changed + 1);
            String city = before.labels().cityCode();
            assertThat(refreshed.region(city).orElseThrow().month(9).comparableMonth())
                    .as("September's comparable value moved with the imported rows")
                    .isLessThan(before.region(city).orElseThrow().month(9).comparableMonth());

            assertIsTheSnapshotOfReadingAll(refreshed);
        } finally {
            replaceAndSettle(scenario, september, rows, null);
            jdbc.sql("DELETE FROM monthly_detail_pack WHERE revision_id IN"
                            + " (SELECT id FROM monthly_revision WHERE period = ? AND id > ?)")
                    .params(september.atDay(1), lastBefore)
                    .update();
            jdbc.sql("DELETE FROM monthly_revision WHERE period = ? AND id > ?")
                    .params(september.atDay(1), lastBefore)
                    .update();
        }
    }

    /** The snapshot after everything is dropped and read again in full: the same rows, the same results. */
    private void assertIsTheSnapshotOfReadingAll(GrowthSnapshot refreshed) {
        monitor.onDataChangedElsewhere(new DataChangedElsewhere(-1)); // drops everything: the next read is full
        GrowthSnapshot full = monitor.snapshot(YEAR).orElseThrow();
        io.industrypulse.engine.Rows a = refreshed.labels().engineInput().rows();
        io.industrypulse.engine.Rows b = full.labels().engineInput().rows();
        assertThat(a.period()).isEqualTo(b.period());
        assertThat(a.enterprise()).isEqualTo(b.enterprise());
        assertThat(a.output()).isEqualTo(b.output());
        assertThat(a.outputLy()).isEqualTo(b.outputLy());
        assertThat(refreshed.result()).isEqualTo(full.result());
    }

    private static MonthlyDetail.Figures figures(BigDecimal month, BigDecimal monthLastYear) {
        return new MonthlyDetail.Figures(month, month, monthLastYear, monthLastYear);
    }

    /**
     * A changed month whose PPI is missing is left out, as when every row is read: the months from there on wait for
     * their price (here October's PPI goes, then comes back).
     */
    @Test
    void aChangedMonthWithoutItsPriceIsLeftOutUntilThePriceComes(Scenario scenario) {
        List<Ppi> octoberPpi = statData.ppi(YEAR, YEAR).stream()
                .filter(p -> p.period().equals(OCTOBER))
                .toList();
        assertThat(octoberPpi).isNotEmpty();
        List<MonthlyRow> october = statData.monthly(OCTOBER, OCTOBER);
        GrowthSnapshot before = monitor.snapshot(YEAR).orElseThrow();
        assertThat(before.result().lastMonth()).isEqualTo(10);
        double all = reads("all");
        try {
            jdbc.sql("DELETE FROM ppi WHERE period = ?").param(OCTOBER.atDay(1)).update();
            GrowthSnapshot withoutPrice = replaceAndSettle(scenario, OCTOBER, october, before);
            assertThat(withoutPrice.result().lastMonth()).isEqualTo(9);
            assertThat(reads("all")).as("left out as a full read leaves it").isEqualTo(all + 1);
        } finally {
            GrowthSnapshot before2 = monitor.snapshot(YEAR).orElseThrow();
            scenario.stimulate(() -> statData.storePpi(octoberPpi))
                    .andWaitAtMost(Duration.ofSeconds(60))
                    .andWaitForStateChange(this::keptWhenSettled, kept -> kept.isPresent() && kept.get() != before2)
                    .andVerify(kept ->
                            assertThat(kept.orElseThrow().result().lastMonth()).isEqualTo(10));
        }
    }

    /** Replaces a month's rows and waits until the snapshot after it is computed in the background. */
    private GrowthSnapshot replaceAndSettle(
            Scenario scenario, YearMonth month, List<MonthlyRow> rows, @Nullable GrowthSnapshot before) {
        GrowthSnapshot old = before == null ? monitor.snapshot(YEAR).orElseThrow() : before;
        scenario.stimulate(() -> statData.replaceMonthly(month, month, rows))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForEventOfType(StatDataChanged.class)
                .matching(e -> e.from().equals(month))
                .toArrive();
        return org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(this::keptWhenSettled, kept -> kept.isPresent() && kept.get() != old)
                .orElseThrow();
    }
}
