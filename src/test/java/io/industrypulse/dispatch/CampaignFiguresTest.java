package io.industrypulse.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.account.Department;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A campaign's figures on a small ledger worked out by hand. */
class CampaignFiguresTest {

    private static final LocalDate D1 = LocalDate.of(2026, 11, 2); // Monday
    private final WorkingDays days = new WorkingDays(Map.of());

    private final List<CampaignFigures.TicketFacts> tickets = List.of(
            // A: opened 2 Nov, solved 5 Nov, rated 5 on 6 Nov
            new CampaignFigures.TicketFacts(
                    "A",
                    List.of(),
                    D1,
                    Map.of(
                            D1,
                            TicketState.SUBMITTED,
                            D1.plusDays(3),
                            TicketState.SOLVED,
                            D1.plusDays(4),
                            TicketState.RATED),
                    5,
                    D1.plusDays(4),
                    D1.plusDays(1)),
            // A: opened 2 Nov, solved 3 Nov, reopened 4 Nov (rated 2 that day), still in progress; due 4 Nov
            new CampaignFigures.TicketFacts(
                    "A",
                    List.of(Department.ECOLOGY),
                    D1,
                    Map.of(
                            D1,
                            TicketState.SUBMITTED,
                            D1.plusDays(1),
                            TicketState.SOLVED,
                            D1.plusDays(2),
                            TicketState.IN_PROGRESS),
                    2,
                    D1.plusDays(2),
                    D1.plusDays(2)),
            // B: opened 9 Nov, waiting
            new CampaignFigures.TicketFacts(
                    "B",
                    List.of(),
                    D1.plusDays(7),
                    Map.of(D1.plusDays(7), TicketState.SUBMITTED),
                    null,
                    null,
                    D1.plusDays(8)));

    private final List<CampaignFigures.VisitFacts> visits = List.of(
            new CampaignFigures.VisitFacts("A", "e1", D1),
            new CampaignFigures.VisitFacts("A", "e1", D1.plusDays(1)), // the same enterprise again
            new CampaignFigures.VisitFacts("A", "e2", D1.plusDays(2)),
            new CampaignFigures.VisitFacts("B", "e3", D1.plusDays(7)));

    @Test
    void atTheEndOfTheFirstWeek() {
        LocalDate sunday = D1.plusDays(6);
        CampaignFigures f = CampaignFigures.of(tickets, visits, 10, sunday, days, 5, null, null);
        // visited e1, e2; opened A1, A2; solved A1 only (A2 reopened); rated both, satisfied 1
        assertThat(f).isEqualTo(new CampaignFigures(2, 10, 2, 1, 0, 2, 1));
        assertThat(f.solvedRate()).isEqualTo(50.0);
        assertThat(f.satisfiedRate()).isEqualTo(50.0);
        assertThat(f.visitRate()).isEqualTo(20.0);
    }

    @Test
    void aReopenedTicketIsOverdueOnceMoreThanFiveWorkingDaysPastItsDueDate() {
        // A2 due Wed 4 Nov: 5, 6, 9, 10, 11 Nov are five working days after; overdue beyond five from Thu 12 Nov
        assertThat(CampaignFigures.of(tickets, visits, 0, D1.plusDays(9), days, 5, null, null)
                        .overdue())
                .isZero();
        assertThat(CampaignFigures.of(tickets, visits, 0, D1.plusDays(10), days, 5, null, null)
                        .overdue())
                .isEqualTo(1);
    }

    @Test
    void oneCountyAndOneDepartment() {
        LocalDate day = D1.plusDays(7);
        assertThat(CampaignFigures.of(tickets, visits, 4, day, days, 5, "B", null))
                .isEqualTo(new CampaignFigures(1, 4, 1, 0, 0, 0, 0));
        assertThat(CampaignFigures.of(tickets, visits, 0, day, days, 5, null, Department.ECOLOGY)
                        .opened())
                .isEqualTo(1);
        assertThat(CampaignFigures.of(tickets, visits, 0, D1.minusDays(1), days, 5, null, null))
                .isEqualTo(new CampaignFigures(0, 0, 0, 0, 0, 0, 0));
    }
}
