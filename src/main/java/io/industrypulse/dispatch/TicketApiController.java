package io.industrypulse.dispatch;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.Department;
import io.industrypulse.account.ListPage;
import io.industrypulse.i18n.Messages;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Problem tickets over the API (issue 12), in the user's scope: {@code GET /api/v1/tickets} (filters as the ledger
 * page), {@code POST /api/v1/tickets}, {@code GET /api/v1/tickets/{id}} with its history and the actions open to the
 * caller, {@code POST /api/v1/tickets/{id}/{action}} ({@code accept}, {@code escalate}, {@code assign}, {@code solve},
 * {@code rate}, {@code close} …). An action out of order answers 409, a missing reason 400, a ticket outside the scope
 * 404.
 */
@RestController
class TicketApiController {

    private final TicketService tickets;
    private final CurrentUser currentUser;

    TicketApiController(TicketService tickets, CurrentUser currentUser) {
        this.tickets = tickets;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/tickets")
    ListPage<Ticket> list(
            @RequestParam(required = false) @Nullable String county,
            @RequestParam(required = false) @Nullable Department department,
            @RequestParam(required = false) @Nullable TicketCategory category,
            @RequestParam(required = false) @Nullable TicketState state,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(name = "by_stake", defaultValue = "false") boolean byStake,
            @RequestParam(defaultValue = "1") int page) {
        return tickets.list(
                new TicketQuery(county, department, category, state, overdue, byStake, page), currentUser.scope());
    }

    @PostMapping("/api/v1/tickets")
    @ResponseStatus(HttpStatus.CREATED)
    Ticket open(@RequestBody NewTicket ticket) {
        return tickets.open(ticket, currentUser.scope());
    }

    /** A ticket with its history and what the caller may do next. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TicketDetail(Ticket ticket, List<TicketHistoryEntry> history, Set<TicketAction> actions) {}

    @GetMapping("/api/v1/tickets/{id}")
    TicketDetail find(@PathVariable long id) {
        Ticket ticket = tickets.find(id, currentUser.scope());
        return new TicketDetail(
                ticket, tickets.history(id, currentUser.scope()), tickets.actions(ticket, currentUser.scope()));
    }

    @PostMapping("/api/v1/tickets/{id}/{action}")
    Ticket act(@PathVariable long id, @PathVariable String action, @RequestBody(required = false) TicketStep step) {
        TicketAction chosen = TicketAction.ofPath(action)
                .filter(a -> a != TicketAction.OPEN)
                .orElseThrow(() -> new IllegalArgumentException(Messages.get("dispatch.ticket.error.action", action)));
        return tickets.act(id, chosen, step == null ? TicketStep.none() : step, currentUser.scope());
    }
}
