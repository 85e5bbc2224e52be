package io.industrypulse.dispatch;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.Department;
import io.industrypulse.account.Departments;
import io.industrypulse.account.ListPage;
import io.industrypulse.account.Role;
import io.industrypulse.account.ShownTime;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.Enterprise;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.i18n.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problem tickets (诉求, issue 12): who may open, see and move them (DESIGN.md section 1), their state machine
 * ({@link TicketFlow}), time limits on the working-day calendar, history and audit.
 *
 * <p>Who sees a ticket: the city roles every ticket; a county user its county's; an enterprise user its own
 * enterprise's; a department user the tickets assigned to its department. A ticket outside the scope is "not found".
 *
 * <p>Who acts: at the county level the county's users (受理, 退回, 上报, 办结, 销号); at the city level the analysts and
 * administrators (受理, 退回, 交办, 办结, 销号), who also 转办 a department's ticket; at the department level the users
 * of an assigned department (受理, 退回 to the city, 办结). The rating (回访) is the enterprise's, or the county's
 * recording a call-back; a returned ticket is sent again by its submitter or the enterprise.
 */
@Service
public class TicketService {

    static final int DESCRIPTION_MAX = 2000;
    static final int HELP_MAX = 1000;
    static final int NOTE_MAX = 2000;

    private final TicketRepository repository;
    private final EnterpriseService enterprises;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectProvider<EnterpriseStakes> stakes;
    private final Inbox inbox;
    private final Departments departmentTable;
    private final CampaignRepository visits;

    TicketService(
            TicketRepository repository,
            EnterpriseService enterprises,
            AuditLog audit,
            Clock clock,
            ObjectProvider<EnterpriseStakes> stakes,
            Inbox inbox,
            Departments departmentTable,
            CampaignRepository visits) {
        this.visits = visits;
        this.inbox = inbox;
        this.departmentTable = departmentTable;
        this.repository = repository;
        this.enterprises = enterprises;
        this.audit = audit;
        this.clock = clock;
        this.stakes = stakes;
    }

    /** Whether the user may open a ticket at all (not leaders, not departments). */
    public static boolean mayOpen(UserScope scope) {
        return scope.role() == Role.CITY_ADMIN
                || scope.role() == Role.CITY_ANALYST
                || scope.role() == Role.COUNTY_USER
                || scope.role() == Role.ENTERPRISE_USER;
    }

    /** The tickets the user may see, filtered and paged, each with its overdue days and stake. */
    public ListPage<Ticket> list(TicketQuery query, UserScope scope) {
        return ListPage.of(all(query, scope), query.page());
    }

    /** Every ticket of the filters the user may see (the ledger's export), in the list's order. */
    public List<Ticket> all(TicketQuery query, UserScope scope) {
        LocalDate today = ShownTime.today(clock);
        WorkingDays days = repository.workingDays();
        List<Ticket> visible = visible(scope).stream()
                .filter(t -> query.county() == null || t.countyCode().equals(query.county()))
                .filter(t -> query.department() == null || t.departments().contains(query.department()))
                .filter(t -> query.category() == null || t.category() == query.category())
                .filter(t -> query.state() == null || t.state() == query.state())
                .map(t -> t.with(overdueDays(t, days, today), null))
                .filter(t -> !query.overdueOnly() || t.overdue())
                .toList();
        List<Ticket> withStakes = withStakes(visible);
        if (query.byStake()) {
            withStakes = withStakes.stream()
                    .sorted(Comparator.comparing(
                            (Ticket t) -> t.stake() == null || t.stake().countyPoints() == null
                                    ? Double.NEGATIVE_INFINITY
                                    : t.stake().countyPoints(),
                            Comparator.reverseOrder()))
                    .toList();
        }
        return withStakes;
    }

    /** Every open ticket past its due date on {@code day}, whoever sees it (the morning 督办). */
    public List<Ticket> overdueOn(LocalDate day) {
        WorkingDays days = repository.workingDays();
        return repository.list(null, null, null).stream()
                .map(t -> t.with(overdueDays(t, days, day), null))
                .filter(Ticket::overdue)
                .toList();
    }

    /** The tickets the user may see that are more than {@code after} working days overdue, longest first. */
    public List<Ticket> visibleOverdue(UserScope scope, int after) {
        LocalDate today = ShownTime.today(clock);
        WorkingDays days = repository.workingDays();
        return visible(scope).stream()
                .map(t -> t.with(overdueDays(t, days, today), null))
                .filter(t -> t.overdueDays() > after)
                .sorted(Comparator.comparingInt(Ticket::overdueDays).reversed())
                .toList();
    }

    /**
     * The tickets of these ids the user may see (another module's links to tickets, e.g. a project's blockers), with
     * their working days overdue, in the order of the ids; the others left out.
     */
    public List<Ticket> some(java.util.Collection<Long> ids, UserScope scope) {
        LocalDate today = ShownTime.today(clock);
        WorkingDays days = repository.workingDays();
        List<Ticket> out = new java.util.ArrayList<>();
        for (long id : ids) {
            repository
                    .find(id)
                    .filter(t -> sees(scope, t))
                    .ifPresent(t -> out.add(t.with(overdueDays(t, days, today), null)));
        }
        return out;
    }

    /** One ticket the user may see, with its stake. */
    public Ticket find(long id, UserScope scope) {
        Ticket ticket = repository
                .find(id)
                .filter(t -> sees(scope, t))
                .orElseThrow(() -> new TicketNotFoundException(Messages.get("dispatch.ticket.error.notFound", id)));
        Ticket dated = ticket.with(overdueDays(ticket, repository.workingDays(), ShownTime.today(clock)), null);
        return withStakes(List.of(dated)).get(0);
    }

    public List<TicketHistoryEntry> history(long id, UserScope scope) {
        find(id, scope);
        return repository.history(id);
    }

    /** Whether the user may add files to the ticket: who sees it and may write, until it is closed. */
    public boolean mayAttach(Ticket ticket, UserScope scope) {
        return scope.role().mayWrite() && ticket.state() != TicketState.CLOSED && sees(scope, ticket);
    }

    public List<TicketAttachment> attachments(long id, UserScope scope) {
        find(id, scope);
        return repository.attachments(id);
    }

    /** An attachment's bytes, with what they are (their sniffed type), for someone who sees the ticket. */
    public Map.Entry<TicketAttachment, byte[]> attachment(long id, long attachment, UserScope scope) {
        find(id, scope);
        TicketAttachment meta = repository.attachments(id).stream()
                .filter(a -> a.id() == attachment)
                .findFirst()
                .orElseThrow(() -> new TicketNotFoundException(Messages.get("dispatch.ticket.error.noAttachment")));
        return Map.entry(meta, repository.attachmentContent(id, attachment).orElseThrow());
    }

    /**
     * Adds a file to the ticket: an image, a PDF or an Office file by its bytes, at most 10 MB and 5 per ticket.
     *
     * @throws IllegalArgumentException naming the attachment when it is empty, too large, one too many, or its bytes
     *     are not what its name says; nothing is written
     */
    @Transactional
    public TicketAttachment attach(long id, @Nullable String fileName, byte[] content, UserScope scope) {
        Ticket ticket = find(id, scope);
        if (!mayAttach(ticket, scope)) {
            throw new AccessDeniedException(Messages.get("dispatch.ticket.error.attachDenied"));
        }
        Attachments.Checked checked =
                Attachments.check(fileName, content, repository.attachments(id).size());
        String name = checked.name();
        FileKind kind = FileKind.of(name, content).orElseThrow();
        long attachment = repository.insertAttachment(id, name, kind, content, scope.username(), Instant.now(clock));
        TicketAttachment saved = repository.attachments(id).stream()
                .filter(a -> a.id() == attachment)
                .findFirst()
                .orElseThrow();
        audit.record("ticket.attach", "ticket", String.valueOf(id), null, saved);
        return saved;
    }

    /** Whether the ticket's extension request allows the action: one request, one decision on a pending one. */
    private boolean extensionAllows(Ticket ticket, TicketAction action) {
        return switch (action) {
            case EXTEND -> repository.extension(ticket.id()).isEmpty();
            case APPROVE_EXTENSION, REFUSE_EXTENSION ->
                repository
                        .extension(ticket.id())
                        .filter(e -> e.state().equals("REQUESTED"))
                        .isPresent();
            default -> true;
        };
    }

    /** The ticket's extension request, if its handler asked for one. */
    public java.util.Optional<TicketExtension> extension(long id) {
        return repository.extension(id);
    }

    /** The actions the user may take on the ticket now: what its page offers. */
    public Set<TicketAction> actions(Ticket ticket, UserScope scope) {
        TicketFlow.Position at = new TicketFlow.Position(ticket.state(), ticket.level());
        return java.util.Arrays.stream(TicketAction.values())
                .filter(a -> TicketFlow.next(at, a, true).isPresent() && mayAct(scope, ticket, a))
                .filter(a -> extensionAllows(ticket, a))
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(TicketAction.class)));
    }

    /**
     * Opens a ticket at its enterprise's county, due for 受理 after the category's time limit.
     *
     * @throws IllegalArgumentException naming the field when the input is incomplete or the enterprise unknown or
     *     outside the user's scope; nothing is written
     * @throws AccessDeniedException for users who open no tickets
     */
    @Transactional
    public Ticket open(NewTicket form, UserScope scope) {
        if (!mayOpen(scope)) {
            throw new AccessDeniedException(Messages.get("dispatch.ticket.error.openDenied"));
        }
        String code = form.creditCode() == null ? "" : form.creditCode().strip();
        if (code.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("dispatch.ticket.error.enterpriseRequired"));
        }
        Enterprise enterprise = enterprises
                .find(code, scope)
                .map(d -> d.enterprise())
                .filter(e -> scope.isCityWide() || scope.coversEnterprise(e.creditCode(), e.countyCode()))
                .orElseThrow(() ->
                        new IllegalArgumentException(Messages.get("dispatch.ticket.error.enterpriseUnknown", code)));
        if (form.category() == null) {
            throw new IllegalArgumentException(Messages.get("dispatch.ticket.error.categoryRequired"));
        }
        String description = required(form.description(), "dispatch.ticket.field.description", DESCRIPTION_MAX);
        String help = required(form.helpAsked(), "dispatch.ticket.field.helpAsked", HELP_MAX);
        // the visit it comes from must be a visit to this enterprise
        Long visitId = form.visitId();
        if (visitId != null
                && visit(visitId, scope)
                        .filter(v -> v.creditCode().equals(enterprise.creditCode()))
                        .isEmpty()) {
            throw new IllegalArgumentException(Messages.get("dispatch.ticket.error.visit", visitId));
        }
        Instant now = Instant.now(clock);
        LocalDate today = ShownTime.today(clock);
        LocalDate due = repository
                .workingDays()
                .plusWorkingDays(today, repository.timeLimit(form.category(), TicketLevel.COUNTY)[0]);
        long id = repository.insert(new TicketRepository.NewTicketRow(
                enterprise.creditCode(),
                enterprise.countyCode(),
                form.category(),
                description,
                help,
                form.stops(),
                form.urgentFlag(),
                scope.username(),
                now,
                visitId,
                due));
        repository.addHistory(
                id,
                new TicketHistoryEntry(
                        now,
                        scope.username(),
                        TicketAction.OPEN,
                        null,
                        TicketState.SUBMITTED,
                        null,
                        TicketLevel.COUNTY,
                        null));
        Ticket created = repository.find(id).orElseThrow();
        audit.record("ticket.open", "ticket", String.valueOf(id), null, created);
        inbox.stepTaken(created, TicketAction.OPEN, scope.username());
        return created;
    }

    /**
     * The visit a ticket was opened on (or a form names), when the user may see it: the city roles any, a county user
     * its county's, an enterprise user its own enterprise's; department users see no visits.
     */
    public java.util.Optional<Visit> visit(@Nullable Long id, UserScope scope) {
        if (id == null || scope.role() == Role.DEPARTMENT_USER) {
            return java.util.Optional.empty();
        }
        return visits.visit(id)
                .filter(v -> scope.isCityWide() || scope.coversEnterprise(v.creditCode(), v.countyCode()));
    }

    /**
     * Takes {@code action} on the ticket: checks scope, the state machine and what the action needs, writes the new
     * state, the history row and the audit entry in one transaction.
     *
     * @throws TicketNotFoundException when the user may not see the ticket
     * @throws AccessDeniedException when the user sees it but may not take this action
     * @throws TicketConflictException when the state does not allow the action, or someone changed it meanwhile
     * @throws IllegalArgumentException naming the field when a reason, result, rating or department is missing
     */
    @Transactional
    public Ticket act(long id, TicketAction action, TicketStep step, UserScope scope) {
        Ticket before = find(id, scope);
        if (!scope.role().mayWrite()) {
            throw new AccessDeniedException(Messages.get(
                    "dispatch.ticket.error.actionDenied", Messages.get("dispatch.ticket.action." + action.name())));
        }
        boolean satisfied = action == TicketAction.RATE && rating(step) >= 3 && !Boolean.FALSE.equals(step.solved());
        TicketFlow.Position to = TicketFlow.next(
                        new TicketFlow.Position(before.state(), before.level()), action, satisfied)
                .orElseThrow(() -> new TicketConflictException(Messages.get(
                        "dispatch.ticket.error.notNow",
                        Messages.get("dispatch.ticket.action." + action.name()),
                        Messages.get("dispatch.ticket.state." + before.state().name()))));
        if (!mayAct(scope, before, action)) {
            throw new AccessDeniedException(Messages.get(
                    "dispatch.ticket.error.actionDenied", Messages.get("dispatch.ticket.action." + action.name())));
        }
        String note = note(step.note());
        List<Department> departments = before.departments();
        String handler = before.handler();
        String result = before.result();
        Integer rating = before.rating();
        String ratingComment = before.ratingComment();
        switch (action) {
            case RETURN, ESCALATE -> requireNote(note, "dispatch.ticket.field.reason");
            case SOLVE -> {
                requireNote(note, "dispatch.ticket.field.result");
                result = note;
            }
            case RATE -> {
                rating = rating(step);
                ratingComment = note;
            }
            case ASSIGN, REASSIGN -> {
                if (step.departments().isEmpty()) {
                    throw new IllegalArgumentException(Messages.get("dispatch.ticket.error.departmentsRequired"));
                }
                List<Department> assignable = departmentTable.assignable();
                for (Department d : step.departments()) {
                    if (!assignable.contains(d)) {
                        throw new IllegalArgumentException(
                                Messages.get("dispatch.ticket.error.departmentUnknown", d.code()));
                    }
                }
                departments = step.departments().stream()
                        .distinct()
                        .sorted(Comparator.comparingInt(assignable::indexOf))
                        .toList();
            }
            case EXTEND -> {
                requireNote(note, "dispatch.ticket.field.reason");
                if (step.days() == null || step.days() < 1 || step.days() > 30) {
                    throw new IllegalArgumentException(Messages.get("dispatch.ticket.error.extensionDays", 30));
                }
                if (repository.extension(id).isPresent()) {
                    throw new TicketConflictException(Messages.get("dispatch.ticket.error.extensionOnce"));
                }
            }
            case APPROVE_EXTENSION, REFUSE_EXTENSION -> {
                if (repository
                        .extension(id)
                        .filter(e -> e.state().equals("REQUESTED"))
                        .isEmpty()) {
                    throw new TicketConflictException(Messages.get("dispatch.ticket.error.noExtension"));
                }
            }
            default -> {}
        }
        if (action == TicketAction.ACCEPT) {
            handler = scope.username();
        } else if (to.state() == TicketState.SUBMITTED || to.state() == TicketState.RETURNED) {
            handler = null;
        }
        LocalDate today = ShownTime.today(clock);
        WorkingDays days = repository.workingDays();
        LocalDate due = before.dueDate();
        boolean moved = to.state() != before.state() || to.level() != before.level() || action == TicketAction.REASSIGN;
        if (moved && to.state() == TicketState.SUBMITTED) {
            due = days.plusWorkingDays(today, repository.timeLimit(before.category(), to.level())[0]);
        } else if (moved && to.state() == TicketState.IN_PROGRESS) {
            due = days.plusWorkingDays(today, repository.timeLimit(before.category(), to.level())[1]);
        } else if (action == TicketAction.APPROVE_EXTENSION) {
            due = days.plusWorkingDays(
                    before.dueDate(), repository.extension(id).orElseThrow().days());
        }
        Ticket after = new Ticket(
                before.id(),
                before.creditCode(),
                before.enterpriseName(),
                before.countyCode(),
                before.category(),
                before.description(),
                before.helpAsked(),
                before.stopsProduction(),
                before.urgent(),
                to.state(),
                to.level(),
                departments,
                handler,
                result,
                rating,
                ratingComment,
                before.submittedBy(),
                before.submittedAt(),
                before.visitId(),
                due,
                0,
                null,
                before.version());
        Instant now = Instant.now(clock);
        if (!repository.update(after, now)) {
            throw new TicketConflictException(Messages.get("dispatch.ticket.error.changedMeanwhile"));
        }
        if (!departments.equals(before.departments())) {
            repository.replaceDepartments(id, departments);
        }
        switch (action) {
            case EXTEND -> repository.requestExtension(id, step.days(), note, scope.username());
            case APPROVE_EXTENSION -> repository.decideExtension(id, "APPROVED", scope.username());
            case REFUSE_EXTENSION -> repository.decideExtension(id, "REFUSED", scope.username());
            default -> {}
        }
        String historyNote = action == TicketAction.ASSIGN || action == TicketAction.REASSIGN
                ? departments.stream().map(departmentTable::label).collect(Collectors.joining("、"))
                        + (note == null ? "" : "：" + note)
                : action == TicketAction.RATE
                        ? Messages.get("dispatch.ticket.rated", rating) + (note == null ? "" : "：" + note)
                        : action == TicketAction.EXTEND
                                ? Messages.get("dispatch.ticket.extension.asked", step.days()) + "：" + note
                                : action == TicketAction.APPROVE_EXTENSION
                                        ? Messages.get("dispatch.ticket.extension.granted", due)
                                        : note;
        repository.addHistory(
                id,
                new TicketHistoryEntry(
                        now,
                        scope.username(),
                        action,
                        before.state(),
                        to.state(),
                        before.level(),
                        to.level(),
                        historyNote));
        Ticket written = repository.find(id).orElseThrow();
        audit.record("ticket." + action.path(), "ticket", String.valueOf(id), strip(before), written);
        inbox.stepTaken(written, action, scope.username());
        return find(id, scope);
    }

    /**
     * Loads tickets of an existing ledger as they stand (one transaction, audited as one load): each gets its due
     * date from the calendar and the time limits as if its last step had been taken on {@code lastStepOn}.
     *
     * @return the loaded tickets' ids, in the ledger's order
     */
    @Transactional
    public List<Long> loadLedger(List<LedgerTicket> ledger) {
        List<Long> ids = new java.util.ArrayList<>(ledger.size());
        WorkingDays days = repository.workingDays();
        Map<String, String> counties = enterprises.countiesByCreditCode();
        for (LedgerTicket t : ledger) {
            String county = counties.get(t.creditCode());
            if (county == null) {
                throw new IllegalArgumentException(
                        Messages.get("dispatch.ticket.error.enterpriseUnknown", t.creditCode()));
            }
            int[] limit = repository.timeLimit(t.category(), t.level());
            LocalDate due =
                    days.plusWorkingDays(t.lastStepOn(), t.state() == TicketState.SUBMITTED ? limit[0] : limit[1]);
            Instant opened = t.submittedOn().atTime(9, 0).atZone(ShownTime.ZONE).toInstant();
            Instant stepped =
                    t.lastStepOn().atTime(15, 0).atZone(ShownTime.ZONE).toInstant();
            long id = repository.insert(new TicketRepository.NewTicketRow(
                    t.creditCode(),
                    county,
                    t.category(),
                    t.description(),
                    t.helpAsked(),
                    t.stopsProduction(),
                    t.urgent(),
                    t.submittedBy(),
                    opened,
                    t.visitId(),
                    due));
            ids.add(id);
            repository.addHistory(
                    id,
                    new TicketHistoryEntry(
                            opened,
                            t.submittedBy(),
                            TicketAction.OPEN,
                            null,
                            TicketState.SUBMITTED,
                            null,
                            TicketLevel.COUNTY,
                            null));
            if (t.state() != TicketState.SUBMITTED || t.level() != TicketLevel.COUNTY) {
                Ticket loaded = repository.find(id).orElseThrow();
                Ticket after = new Ticket(
                        id,
                        loaded.creditCode(),
                        loaded.enterpriseName(),
                        county,
                        t.category(),
                        t.description(),
                        t.helpAsked(),
                        t.stopsProduction(),
                        t.urgent(),
                        t.state(),
                        t.level(),
                        t.departments(),
                        t.handler(),
                        t.result(),
                        t.rating(),
                        null,
                        t.submittedBy(),
                        opened,
                        t.visitId(),
                        due,
                        0,
                        null,
                        loaded.version());
                repository.update(after, stepped);
                repository.replaceDepartments(id, t.departments());
                if (t.state() == TicketState.CLOSED && t.rating() != null) {
                    // a closed ticket was rated first: the campaign's 满意率 counts the rating
                    repository.addHistory(
                            id,
                            new TicketHistoryEntry(
                                    stepped.minusSeconds(3600),
                                    t.submittedBy(),
                                    TicketAction.RATE,
                                    TicketState.SOLVED,
                                    TicketState.RATED,
                                    t.level(),
                                    t.level(),
                                    Messages.get("dispatch.ticket.rated", t.rating())));
                }
                repository.addHistory(
                        id,
                        new TicketHistoryEntry(
                                stepped,
                                t.handler() == null ? t.submittedBy() : t.handler(),
                                lastAction(t),
                                TicketState.SUBMITTED,
                                t.state(),
                                TicketLevel.COUNTY,
                                t.level(),
                                t.result()));
            }
        }
        audit.record("ticket.load", "ticket", "ledger", null, Map.of("tickets", ledger.size()));
        return ids;
    }

    /** The step that brings a freshly opened ticket where a ledger row says it is. */
    private static TicketAction lastAction(LedgerTicket t) {
        return switch (t.state()) {
            case SUBMITTED -> t.level() == TicketLevel.DEPARTMENT ? TicketAction.ASSIGN : TicketAction.ESCALATE;
            case IN_PROGRESS -> TicketAction.ACCEPT;
            case SOLVED -> TicketAction.SOLVE;
            case RATED -> TicketAction.RATE;
            case CLOSED -> TicketAction.CLOSE;
            case RETURNED -> TicketAction.RETURN;
        };
    }

    private static Ticket strip(Ticket t) {
        return t.with(0, null);
    }

    private boolean sees(UserScope scope, Ticket t) {
        return switch (scope.role()) {
            case CITY_ADMIN, CITY_ANALYST, LEADER -> true;
            case COUNTY_USER -> scope.regionCode().equals(t.countyCode());
            case ENTERPRISE_USER -> scope.isOwnEnterprise(t.creditCode());
            case DEPARTMENT_USER ->
                scope.department() != null && t.departments().contains(scope.department());
        };
    }

    private List<Ticket> visible(UserScope scope) {
        return switch (scope.role()) {
            case CITY_ADMIN, CITY_ANALYST, LEADER -> repository.list(null, null, null);
            case COUNTY_USER -> repository.list(scope.regionCode(), null, null);
            case ENTERPRISE_USER ->
                scope.enterpriseCreditCode() == null
                        ? List.of()
                        : repository.list(null, scope.enterpriseCreditCode(), null);
            case DEPARTMENT_USER ->
                scope.department() == null ? List.of() : repository.list(null, null, scope.department());
        };
    }

    private boolean mayAct(UserScope scope, Ticket t, TicketAction action) {
        if (!sees(scope, t)) {
            return false;
        }
        boolean city = scope.role() == Role.CITY_ADMIN || scope.role() == Role.CITY_ANALYST;
        boolean county = scope.role() == Role.COUNTY_USER;
        boolean department = scope.role() == Role.DEPARTMENT_USER;
        boolean handlerOfLevel = switch (t.level()) {
            case COUNTY -> county;
            case CITY -> city;
            case DEPARTMENT -> department;
        };
        return switch (action) {
            case ACCEPT, SOLVE -> handlerOfLevel;
            case RETURN -> handlerOfLevel;
            case ESCALATE -> county;
            case ASSIGN, REASSIGN -> city;
            case RATE -> scope.role() == Role.ENTERPRISE_USER || county;
            case CLOSE -> t.level() == TicketLevel.COUNTY ? county : city;
            case OPEN -> false;
            case EXTEND -> handlerOfLevel;
            case APPROVE_EXTENSION, REFUSE_EXTENSION ->
                t.level() == TicketLevel.CITY ? scope.role() == Role.CITY_ADMIN : city;
            case RESUBMIT -> scope.username().equals(t.submittedBy()) || scope.role() == Role.ENTERPRISE_USER;
        };
    }

    private static int overdueDays(Ticket t, WorkingDays days, LocalDate today) {
        return t.state().open() ? days.workingDaysAfter(t.dueDate(), today) : 0;
    }

    /** The stakes of the open tickets' enterprises that are not producing normally (the submitter says so). */
    private List<Ticket> withStakes(List<Ticket> tickets) {
        EnterpriseStakes source = stakes.getIfAvailable();
        Set<String> codes = tickets.stream()
                .filter(t -> t.stopsProduction() && t.state() != TicketState.CLOSED && t.state() != TicketState.RATED)
                .map(Ticket::creditCode)
                .collect(Collectors.toSet());
        if (source == null || codes.isEmpty()) {
            return tickets;
        }
        Map<String, EnterpriseStake> byCode = source.of(codes);
        return tickets.stream()
                .map(t -> codes.contains(t.creditCode()) ? t.with(t.overdueDays(), byCode.get(t.creditCode())) : t)
                .toList();
    }

    private static int rating(TicketStep step) {
        if (step.rating() == null || step.rating() < 1 || step.rating() > 5) {
            throw new IllegalArgumentException(Messages.get("dispatch.ticket.error.rating"));
        }
        return step.rating();
    }

    private static @Nullable String note(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String stripped = note.strip();
        if (stripped.length() > NOTE_MAX) {
            throw new IllegalArgumentException(Messages.get("dispatch.ticket.error.noteLength", NOTE_MAX));
        }
        return stripped;
    }

    private static void requireNote(@Nullable String note, String fieldKey) {
        if (note == null) {
            throw new IllegalArgumentException(Messages.get("dispatch.ticket.error.required", Messages.get(fieldKey)));
        }
    }

    private static String required(@Nullable String value, String fieldKey, int max) {
        String field = Messages.get(fieldKey);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(Messages.get("dispatch.ticket.error.required", field));
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(Messages.get("dispatch.ticket.error.length", field, max));
        }
        return stripped;
    }
}
