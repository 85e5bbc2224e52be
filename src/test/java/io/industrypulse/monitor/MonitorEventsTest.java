package io.industrypulse.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.EnterpriseChanged;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.enterprise.IndustrialChain;
import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.StatDataChanged;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.target.Target;
import io.industrypulse.target.TargetService;
import io.industrypulse.target.TargetsChanged;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
}
