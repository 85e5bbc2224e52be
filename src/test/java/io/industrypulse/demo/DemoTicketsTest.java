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
}
