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

    /**
     * The enterprise problem tickets (企业诉求) in the caller's scope, 50 a page, newest first.
     *
     * @param county only this county's (GB/T 2260 code)
     * @param department only those assigned to this department
     * @param category only this category
     * @param state only tickets in this state
     * @param overdue only those past their deadline
     * @param byStake most at stake first: the enterprise's weight in its county's growth
     * @param page the page, from 1
     */
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

    /**
     * Opens an enterprise problem ticket (企业诉求) in the caller's scope; 201 with the ticket.
     *
     * @param ticket the enterprise, the category, the problem and what is asked for
     */
    @PostMapping("/api/v1/tickets")
    @ResponseStatus(HttpStatus.CREATED)
    Ticket open(@RequestBody NewTicket ticket) {
        return tickets.open(ticket, currentUser.scope());
    }

    /**
     * A ticket with its history and what the caller may do next.
     *
     * @param ticket the ticket
     * @param history its transitions, oldest first
     * @param actions what the caller may do next (TicketAction names)
     */
    record TicketDetail(Ticket ticket, List<TicketHistoryEntry> history, Set<TicketAction> actions) {}

    /**
     * One ticket with its steps, if the caller may see it.
     *
     * @param id the ticket's number
     */
    @GetMapping("/api/v1/tickets/{id}")
    TicketDetail find(@PathVariable long id) {
        Ticket ticket = tickets.find(id, currentUser.scope());
        return new TicketDetail(
                ticket, tickets.history(id, currentUser.scope()), tickets.actions(ticket, currentUser.scope()));
    }

    /**
     * A step of a ticket: {@code accept}, {@code assign}, {@code escalate}, {@code return}, {@code solve},
     * {@code close}, {@code reopen}, {@code rate} and the like, as the caller's role allows at the ticket's state.
     *
     * @param id the ticket's number
     * @param action the step
     * @param step the step's comment, department or rating, as the step needs
     */
    @PostMapping("/api/v1/tickets/{id}/{action}")
    Ticket act(@PathVariable long id, @PathVariable String action, @RequestBody(required = false) TicketStep step) {
        TicketAction chosen = TicketAction.ofPath(action)
                .filter(a -> a != TicketAction.OPEN)
                .orElseThrow(() -> new IllegalArgumentException(Messages.get("dispatch.ticket.error.action", action)));
        return tickets.act(id, chosen, step == null ? TicketStep.none() : step, currentUser.scope());
    }
}
