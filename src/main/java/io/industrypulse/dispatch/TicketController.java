package io.industrypulse.dispatch;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.Department;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ticket ledger (问题台账) of the user's scope with its filters, the form to report a problem, and a ticket's page
 * with its history and one form per action open to the user. A refused action shows the ticket again with the message
 * and the status (400, 403, 409); nothing is written.
 */
@Controller
class TicketController {

    private final TicketService tickets;
    private final EnterpriseService enterprises;
    private final RegionService regions;
    private final CurrentUser currentUser;

    TicketController(
            TicketService tickets, EnterpriseService enterprises, RegionService regions, CurrentUser currentUser) {
        this.tickets = tickets;
        this.enterprises = enterprises;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    @GetMapping("/dispatch/tickets")
    String list(
            @RequestParam(required = false) @Nullable String county,
            @RequestParam(required = false) @Nullable Department department,
            @RequestParam(required = false) @Nullable TicketCategory category,
            @RequestParam(required = false) @Nullable TicketState state,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(name = "by_stake", defaultValue = "false") boolean byStake,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        UserScope scope = currentUser.scope();
        String shownCounty = county == null || county.isBlank() ? null : county;
        model.addAttribute(
                "tickets",
                tickets.list(new TicketQuery(shownCounty, department, category, state, overdue, byStake, page), scope));
        model.addAttribute("county", shownCounty);
        model.addAttribute("department", department);
        model.addAttribute("category", category);
        model.addAttribute("state", state);
        model.addAttribute("overdue", overdue);
        model.addAttribute("byStake", byStake);
        model.addAttribute("counties", scope.isCityWide() ? regions.counties() : List.of());
        model.addAttribute("departments", Department.values());
        model.addAttribute("categories", TicketCategory.values());
        model.addAttribute("states", TicketState.values());
        model.addAttribute("countyNames", countyNames());
        model.addAttribute("mayOpen", TicketService.mayOpen(scope));
        return "dispatch/tickets";
    }

    @GetMapping("/dispatch/tickets/new")
    String form(Model model) {
        requireOpener();
        return form(model, null, null);
    }

    @PostMapping("/dispatch/tickets")
    String open(
            @RequestParam(required = false) @Nullable String creditCode,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String helpAsked,
            @RequestParam(defaultValue = "false") boolean stopsProduction,
            @RequestParam(defaultValue = "false") boolean urgent,
            Model model,
            HttpServletResponse response) {
        requireOpener();
        NewTicket form = new NewTicket(creditCode, category(category), description, helpAsked, stopsProduction, urgent);
        try {
            Ticket ticket = tickets.open(form, currentUser.scope());
            return "redirect:/dispatch/tickets/" + ticket.id();
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, e.getMessage());
        }
    }

    @GetMapping("/dispatch/tickets/{id}")
    String ticket(@PathVariable long id, Model model) {
        return page(id, model, null);
    }

    @PostMapping("/dispatch/tickets/{id}/{action}")
    String act(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable Integer rating,
            @RequestParam(required = false) @Nullable Boolean solved,
            @RequestParam(required = false) @Nullable List<Department> departments,
            Model model,
            HttpServletResponse response) {
        TicketAction chosen = TicketAction.ofPath(action)
                .filter(a -> a != TicketAction.OPEN)
                .orElseThrow(() -> new IllegalArgumentException(Messages.get("dispatch.ticket.error.action", action)));
        try {
            tickets.act(id, chosen, new TicketStep(note, rating, solved, departments), currentUser.scope());
            return "redirect:/dispatch/tickets/" + id;
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(id, model, e.getMessage());
        } catch (TicketConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(id, model, e.getMessage());
        }
    }

    private String page(long id, Model model, @Nullable String error) {
        UserScope scope = currentUser.scope();
        Ticket ticket = tickets.find(id, scope);
        model.addAttribute("ticket", ticket);
        model.addAttribute("history", tickets.history(id, scope));
        model.addAttribute("actions", new ArrayList<>(tickets.actions(ticket, scope)));
        model.addAttribute("departments", Department.values());
        model.addAttribute("countyNames", countyNames());
        model.addAttribute("error", error);
        return "dispatch/ticket";
    }

    private String form(Model model, @Nullable NewTicket form, @Nullable String error) {
        UserScope scope = currentUser.scope();
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("categories", TicketCategory.values());
        model.addAttribute("ownEnterprise", scope.enterpriseCreditCode());
        return "dispatch/ticket-new";
    }

    private void requireOpener() {
        if (!TicketService.mayOpen(currentUser.scope())) {
            throw new AccessDeniedException(Messages.get("dispatch.ticket.error.openDenied"));
        }
    }

    private Map<String, String> countyNames() {
        return regions.counties().stream().collect(Collectors.toMap(Region::code, Region::name));
    }

    private static @Nullable TicketCategory category(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TicketCategory.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.get("dispatch.ticket.error.categoryRequired"));
        }
    }
}
