package io.industrypulse.dispatch;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.Department;
import io.industrypulse.account.Departments;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.RegionService;
import io.industrypulse.report.ExcelExport;
import io.industrypulse.report.ExcelTable;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
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
    private final java.time.Clock clock;
    private final Inbox inbox;
    private final Departments departments;
    private final ProductionStatusService production;

    TicketController(
            Inbox inbox,
            Departments departments,
            ProductionStatusService production,
            TicketService tickets,
            EnterpriseService enterprises,
            RegionService regions,
            CurrentUser currentUser,
            java.time.Clock clock) {
        this.clock = clock;
        this.inbox = inbox;
        this.departments = departments;
        this.production = production;
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
        model.addAttribute("departments", departments.active());
        model.addAttribute("categories", TicketCategory.values());
        model.addAttribute("states", TicketState.values());
        model.addAttribute("countyNames", regions.countyNames());
        model.addAttribute("mayOpen", TicketService.mayOpen(scope));
        return "dispatch/tickets";
    }

    /**
     * The ledger (问题台账) as officials keep it, every ticket of the filters (not only the page shown): 序号, 县区, 企业,
     * 问题类别, 问题描述, 责任单位, 办理时限, 办理进度, 是否办结, 满意度.
     */
    @GetMapping("/dispatch/tickets.xlsx")
    ResponseEntity<byte[]> ledger(
            @RequestParam(required = false) @Nullable String county,
            @RequestParam(required = false) @Nullable Department department,
            @RequestParam(required = false) @Nullable TicketCategory category,
            @RequestParam(required = false) @Nullable TicketState state,
            @RequestParam(defaultValue = "false") boolean overdue) {
        String shownCounty = county == null || county.isBlank() ? null : county;
        List<Ticket> all = tickets.all(
                new TicketQuery(shownCounty, department, category, state, overdue, false, 1), currentUser.scope());
        Map<String, String> names = regions.countyNames();
        List<String> headers = new ArrayList<>();
        for (String key : List.of(
                "no", "county", "enterprise", "category", "description", "unit", "due", "state", "done", "rating")) {
            headers.add(Messages.get("dispatch.ticket.ledger." + key));
        }
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (Ticket t : all) {
            String unit = t.departments().isEmpty()
                    ? names.getOrDefault(t.countyCode(), t.countyCode())
                            + (t.level() == TicketLevel.CITY ? "→" + Messages.get("dispatch.ticket.level.CITY") : "")
                    : t.departments().stream().map(departments::label).collect(Collectors.joining("、"));
            boolean done = t.state() == TicketState.SOLVED
                    || t.state() == TicketState.RATED
                    || t.state() == TicketState.CLOSED;
            rows.add(java.util.Arrays.asList(
                    n++,
                    names.getOrDefault(t.countyCode(), t.countyCode()),
                    t.enterpriseName(),
                    Messages.get("dispatch.ticket.category." + t.category().name()),
                    t.description(),
                    unit,
                    t.dueDate().toString(),
                    Messages.get("dispatch.ticket.state." + t.state().name())
                            + (t.overdue() ? Messages.get("dispatch.ticket.ledger.overdue", t.overdueDays()) : ""),
                    Messages.get(done ? "audit.value.true" : "audit.value.false"),
                    t.rating() == null ? "" : String.valueOf(t.rating())));
        }
        String title = Messages.get("dispatch.ticket.ledger.title", io.industrypulse.account.ShownTime.today(clock));
        byte[] file =
                ExcelExport.xlsx(new ExcelTable(Messages.get("dispatch.ticket.ledger.sheet"), title, headers, rows, 0));
        return ExcelExport.download(file, Messages.get("dispatch.ticket.ledger.sheet") + ".xlsx");
    }

    /** The form; from a visit's row it comes with the visit, and the ticket is recorded as opened on it. */
    @GetMapping("/dispatch/tickets/new")
    String form(@RequestParam(required = false) @Nullable Long visit, Model model) {
        requireOpener();
        NewTicket form = tickets.visit(visit, currentUser.scope())
                .map(v -> new NewTicket(v.creditCode(), null, null, null, null, null, v.id()))
                .orElse(null);
        return form(model, form, null);
    }

    @PostMapping("/dispatch/tickets")
    String open(
            @RequestParam(required = false) @Nullable String creditCode,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String helpAsked,
            @RequestParam(defaultValue = "false") boolean stopsProduction,
            @RequestParam(defaultValue = "false") boolean urgent,
            @RequestParam(required = false) @Nullable Long visitId,
            Model model,
            HttpServletResponse response) {
        requireOpener();
        NewTicket form =
                new NewTicket(creditCode, category(category), description, helpAsked, stopsProduction, urgent, visitId);
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
            @RequestParam(required = false) @Nullable Integer days,
            Model model,
            HttpServletResponse response) {
        TicketAction chosen = TicketAction.ofPath(action)
                .filter(a -> a != TicketAction.OPEN)
                .orElseThrow(() -> new IllegalArgumentException(Messages.get("dispatch.ticket.error.action", action)));
        try {
            tickets.act(id, chosen, new TicketStep(note, rating, solved, departments, days), currentUser.scope());
            return "redirect:/dispatch/tickets/" + id;
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(id, model, e.getMessage());
        } catch (TicketConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(id, model, e.getMessage());
        }
    }

    @PostMapping("/dispatch/tickets/{id}/attachments")
    String attach(
            @PathVariable long id,
            @RequestParam(name = "file", required = false)
                    org.springframework.web.multipart.@Nullable MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws java.io.IOException {
        try {
            tickets.attach(
                    id,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes(),
                    currentUser.scope());
            return "redirect:/dispatch/tickets/" + id;
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(id, model, e.getMessage());
        }
    }

    /**
     * An attachment, as what its bytes are (never the type the upload claimed), always as a download so that no
     * uploaded file is rendered in the platform's origin.
     */
    @GetMapping("/dispatch/tickets/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachment) {
        Map.Entry<TicketAttachment, byte[]> file = tickets.attachment(id, attachment, currentUser.scope());
        return Attachments.download(file.getKey().fileName(), file.getKey().contentType(), file.getValue());
    }

    private String page(long id, Model model, @Nullable String error) {
        UserScope scope = currentUser.scope();
        Ticket ticket = tickets.find(id, scope);
        // opening the ticket reads its messages
        inbox.markRead(scope.username(), id);
        model.addAttribute("inboxCount", inbox.unread(scope.username()));
        model.addAttribute("ticket", ticket);
        model.addAttribute("history", tickets.history(id, scope));
        model.addAttribute("attachments", tickets.attachments(id, scope));
        model.addAttribute("extension", tickets.extension(id).orElse(null));
        model.addAttribute("visit", tickets.visit(ticket.visitId(), scope).orElse(null));
        model.addAttribute(
                "production", production.find(ticket.creditCode(), scope).orElse(null));
        model.addAttribute("mayAttach", tickets.mayAttach(ticket, scope));
        model.addAttribute("actions", new ArrayList<>(tickets.actions(ticket, scope)));
        model.addAttribute("departments", departments.assignable());
        model.addAttribute("countyNames", regions.countyNames());
        model.addAttribute("error", error);
        return "dispatch/ticket";
    }

    private String form(Model model, @Nullable NewTicket form, @Nullable String error) {
        UserScope scope = currentUser.scope();
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("categories", TicketCategory.values());
        model.addAttribute("ownEnterprise", scope.enterpriseCreditCode());
        model.addAttribute(
                "visit",
                form == null ? null : tickets.visit(form.visitId(), scope).orElse(null));
        return "dispatch/ticket-new";
    }

    private void requireOpener() {
        if (!TicketService.mayOpen(currentUser.scope())) {
            throw new AccessDeniedException(Messages.get("dispatch.ticket.error.openDenied"));
        }
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
