package io.industrypulse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.investment.InvestmentService;
import io.industrypulse.investment.ProjectForm;
import io.industrypulse.investment.ProjectsChanged;
import java.time.Duration;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The investment ledger's event, as a Modulith scenario (issue 17): the start of a project the warnings call not
 * started, entered on its form, publishes {@link ProjectsChanged}, and the warnings read the ledger again, so the warning is gone on the
 * next read. The demo ledger has projects whose planned start has passed without a start.
 */
@SpringBootTest
@EnableScenarios
abstract class ProjectEventsTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final UserScope ADMIN = new UserScope("admin", Role.CITY_ADMIN, "130100");

    @Autowired
    WarningService warnings;

    @Autowired
    InvestmentService investment;

    private boolean notStarted(String project) {
        return warnings.warnings(OCTOBER, ADMIN).stream()
                .anyMatch(w -> w.rule() == WarningRule.INVESTMENT_NOT_STARTED && project.equals(w.projectCode()));
    }

    @Test
    void aStartEnteredForAProjectNotStartedClearsItsWarning(Scenario scenario) {
        String project = warnings.warnings(OCTOBER, ADMIN).stream()
                .filter(w -> w.rule() == WarningRule.INVESTMENT_NOT_STARTED)
                .map(Warning::projectCode)
                .findFirst()
                .orElseThrow();

        ProjectForm f = investment.form(project, ADMIN).orElseThrow();
        assertThat(f.actualStart()).isNull();
        // started on the day it was planned to
        ProjectForm started = new ProjectForm(
                f.code(),
                f.name(),
                f.countyCode(),
                f.builder(),
                f.creditCode(),
                f.kind(),
                f.divisionCode(),
                f.content(),
                f.totalInvestment(),
                f.planYear(),
                f.plannedStart(),
                f.plannedStart(),
                f.plannedProduction(),
                f.actualProduction(),
                f.plannedCompletion(),
                f.actualCompletion(),
                f.stage(),
                f.statCode(),
                f.statMonth(),
                f.leader(),
                f.responsible(),
                f.responsiblePhone(),
                f.annualOutput(),
                f.annualValueAdded());
        scenario.stimulate(() -> investment.save(started, ADMIN))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForEventOfType(ProjectsChanged.class)
                .matching(e -> e.projects() == 1)
                .toArrive();
        // the warnings are recomputed by a listener of that event, which may still be at work when it has arrived
        await().atMost(Duration.ofSeconds(30)).until(() -> !notStarted(project));
    }
}
