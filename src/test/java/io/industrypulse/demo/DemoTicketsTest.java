package io.industrypulse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.dispatch.LedgerTicket;
import io.industrypulse.dispatch.TicketLevel;
import io.industrypulse.dispatch.TicketState;
import io.industrypulse.ingest.CanonicalPackage;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo ledger shows the whole flow: every state and level, every county, and real stakes. */
class DemoTicketsTest {

    private final CanonicalPackage data = new DemoCityGenerator().generate().data();
    private final List<LedgerTicket> tickets = DemoTickets.generate(data);

    @Test
    void coversEveryStateLevelAndCounty() {
        assertThat(tickets).hasSize(DemoTickets.COUNT);
        assertThat(tickets.stream().map(LedgerTicket::state).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(TicketState.class));
        assertThat(tickets.stream().map(LedgerTicket::level).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(TicketLevel.class));
        long counties =
                data.regions().stream().filter(r -> r.level().equals("county")).count();
        assertThat(tickets.stream()
                        .map(t -> data.enterprises().stream()
                                .filter(e -> e.creditCode().equals(t.creditCode()))
                                .findFirst()
                                .orElseThrow()
                                .countyCode())
                        .distinct()
                        .count())
                .isEqualTo(counties);
        assertThat(tickets)
                .filteredOn(t -> t.level() == TicketLevel.DEPARTMENT)
                .allSatisfy(t -> assertThat(t.departments()).isNotEmpty());
    }

    @Test
    void problemsThatStopProductionAreOnEnterprisesProducingLessThanLastYear() {
        List<String> stopped = tickets.stream()
                .filter(LedgerTicket::stopsProduction)
                .map(LedgerTicket::creditCode)
                .toList();
        assertThat(stopped).isNotEmpty();
        for (String code : stopped) {
            CanonicalPackage.MonthlyRow october = data.monthly().stream()
                    .filter(m -> m.creditCode().equals(code) && m.period().equals(YearMonth.of(2026, 10)))
                    .findFirst()
                    .orElseThrow();
            assertThat(october.output()).as(code).isLessThan(october.outputLy());
        }
    }

    @Test
    void eachEnterpriseStoppedByAnOpenTicketStandsStoppedOrLimitedForTheTicketsReason() {
        java.util.Map<io.industrypulse.dispatch.TicketCategory, io.industrypulse.dispatch.ProductionReason> reasonOf =
                java.util.Map.of(
                        io.industrypulse.dispatch.TicketCategory.ENVIRONMENT,
                        io.industrypulse.dispatch.ProductionReason.ENVIRONMENT,
                        io.industrypulse.dispatch.TicketCategory.ORDERS,
                        io.industrypulse.dispatch.ProductionReason.ORDERS,
                        io.industrypulse.dispatch.TicketCategory.ENERGY,
                        io.industrypulse.dispatch.ProductionReason.ENERGY);
        List<LedgerTicket> open = tickets.stream()
                .filter(LedgerTicket::stopsProduction)
                .filter(t -> EnumSet.of(TicketState.SUBMITTED, TicketState.IN_PROGRESS, TicketState.RETURNED)
                        .contains(t.state()))
                .toList();
        List<io.industrypulse.dispatch.ProductionStatusChange> statuses = DemoTickets.productionStatuses(tickets);
        assertThat(statuses).isNotEmpty();
        assertThat(statuses.stream()
                        .map(io.industrypulse.dispatch.ProductionStatusChange::creditCode)
                        .collect(Collectors.toSet()))
                .isEqualTo(open.stream().map(LedgerTicket::creditCode).collect(Collectors.toSet()));
        for (io.industrypulse.dispatch.ProductionStatusChange status : statuses) {
            assertThat(open).as(status.creditCode()).anySatisfy(t -> {
                assertThat(t.creditCode()).isEqualTo(status.creditCode());
                assertThat(reasonOf.get(t.category())).isEqualTo(status.reason());
                assertThat(t.submittedOn()).isEqualTo(status.since());
            });
        }
    }

    @Test
    void eachTicketWasOpenedOnAVisitToItsEnterpriseOnTheSameDay() {
        List<io.industrypulse.dispatch.NewVisit> visits = DemoTickets.visits(data, tickets);
        assertThat(visits.size()).isGreaterThan(tickets.size());
        for (int i = 0; i < tickets.size(); i++) {
            assertThat(visits.get(i).creditCode()).isEqualTo(tickets.get(i).creditCode());
            assertThat(visits.get(i).visitDate()).isEqualTo(tickets.get(i).submittedOn());
        }
    }
}
