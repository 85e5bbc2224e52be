package io.industrypulse.dispatch;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.Department;
import io.industrypulse.account.Departments;
import io.industrypulse.account.Role;
import io.industrypulse.account.ShownTime;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.Enterprise;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 百日攻坚 campaigns and visits (issue 12). A campaign's figures are aggregates, like the ranking, readable by every
 * role; its list of overdue tickets shows only those the reader may see. The city's analysts and administrators set
 * campaigns up; county users record visits to their county's enterprises, the city to any.
 *
 * <p>Which tickets and visits are the campaign's: those opened (made) in its window, at an enterprise of its counties.
 * The enterprises to visit, without a goal of its own: every enterprise of the registry in its counties (the registry
 * is the directory of above-size enterprises, 走访规上企业全覆盖).
 */
@Service
public class CampaignService {

    static final int DEFAULT_DAYS = 100;
    static final int NAME_MAX = 200;
    static final int FINDINGS_MAX = 2000;

    private final CampaignRepository repository;
    private final TicketRepository tickets;
    private final TicketService ticketService;
    private final EnterpriseService enterprises;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;
    private final int overdueAfter;
    private final Departments departments;

    CampaignService(
            CampaignRepository repository,
            TicketRepository tickets,
            TicketService ticketService,
            EnterpriseService enterprises,
            RegionService regions,
            AuditLog audit,
            Clock clock,
            Departments departments,
            @Value("${industrypulse.tickets.overdue-after:5}") int overdueAfter) {
        this.departments = departments;
        this.repository = repository;
        this.tickets = tickets;
        this.ticketService = ticketService;
        this.enterprises = enterprises;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
        this.overdueAfter = overdueAfter;
    }

    /** Whether the user sets up campaigns: the city's analysts and administrators. */
    public static boolean mayCreate(UserScope scope) {
        return scope.role() == Role.CITY_ADMIN || scope.role() == Role.CITY_ANALYST;
    }

    /** Whether the user records visits: the city's writers and county users. */
    public static boolean mayVisit(UserScope scope) {
        return mayCreate(scope) || scope.role() == Role.COUNTY_USER;
    }

    public List<Campaign> list() {
        return repository.list();
    }

    public Campaign find(long id) {
        return repository
                .find(id)
                .orElseThrow(() -> new TicketNotFoundException(Messages.get("dispatch.campaign.error.notFound", id)));
    }

    /** The working days past their due date beyond which a ticket is 超期 on the bulletin. */
    public int overdueAfter() {
        return overdueAfter;
    }

    @Transactional
    public Campaign create(NewCampaign form, UserScope scope) {
        if (!mayCreate(scope)) {
            throw new AccessDeniedException(Messages.get("dispatch.campaign.error.createDenied"));
        }
        if (form.name() == null || form.name().isBlank()) {
            throw new IllegalArgumentException(
                    Messages.get("dispatch.ticket.error.required", Messages.get("dispatch.campaign.field.name")));
        }
        if (form.name().strip().length() > NAME_MAX) {
            throw new IllegalArgumentException(Messages.get(
                    "dispatch.ticket.error.length", Messages.get("dispatch.campaign.field.name"), NAME_MAX));
        }
        if (form.startDate() == null) {
            throw new IllegalArgumentException(
                    Messages.get("dispatch.ticket.error.required", Messages.get("dispatch.campaign.field.start")));
        }
        LocalDate end = form.endDate() == null ? form.startDate().plusDays(DEFAULT_DAYS - 1) : form.endDate();
        if (end.isBefore(form.startDate())) {
            throw new IllegalArgumentException(Messages.get("dispatch.campaign.error.endBeforeStart"));
        }
        if (form.visitGoal() != null && form.visitGoal() <= 0) {
            throw new IllegalArgumentException(Messages.get("dispatch.campaign.error.visitGoal"));
        }
        Set<String> known = regions.counties().stream().map(Region::code).collect(Collectors.toSet());
        for (String county : form.counties() == null ? List.<String>of() : form.counties()) {
            if (!known.contains(county)) {
                throw new IllegalArgumentException(Messages.get("dispatch.campaign.error.county", county));
            }
        }
        long id = repository.insert(form, end, scope.username(), Instant.now(clock));
        Campaign created = find(id);
        audit.record("campaign.create", "campaign", String.valueOf(id), null, created);
        return created;
    }

    /**
     * Brings an existing campaign and its visit records onto the platform as they stand (a loader's work, the demo
     * city's), in one transaction, audited as one load.
     *
     * @return the ids of the visits, in the order given (tickets of a ledger may name the visit they were opened on)
     */
    @Transactional
    public List<Long> load(NewCampaign campaign, List<NewVisit> visits) {
        Instant now = Instant.now(clock);
        LocalDate end =
                campaign.endDate() == null ? campaign.startDate().plusDays(DEFAULT_DAYS - 1) : campaign.endDate();
        long id = repository.insert(campaign, end, AuditLog.SYSTEM, now);
        Map<String, String> counties = enterprises.countiesByCreditCode();
        List<Long> ids = new ArrayList<>(visits.size());
        for (NewVisit v : visits) {
            ids.add(repository.insertVisit(
                    new Visit(
                            0,
                            v.creditCode(),
                            "",
                            counties.get(v.creditCode()),
                            v.visitDate(),
                            v.cadre(),
                            v.department(),
                            v.findings(),
                            AuditLog.SYSTEM,
                            List.of()),
                    now));
        }
        audit.record("campaign.load", "campaign", String.valueOf(id), null, Map.of("visits", visits.size()));
        return ids;
    }

    /** The enterprise's 包联干部, for a user who may see the enterprise. */
    public java.util.Optional<Cadre> cadre(String creditCode, UserScope scope) {
        return enterprises.find(creditCode, scope).flatMap(d -> repository.cadre(creditCode));
    }

    /** Whether the user may name the enterprise's 包联干部: the city's writers, and its county's users. */
    public static boolean mayAssignCadre(UserScope scope, String countyCode) {
        return mayCreate(scope)
                || (scope.role() == Role.COUNTY_USER && scope.regionCode().equals(countyCode));
    }

    /**
     * Names (or replaces) the enterprise's 包联干部; audited.
     *
     * @throws IllegalArgumentException naming the field when the name is missing or too long, or the enterprise is
     *     unknown or outside the scope
     */
    @Transactional
    public Cadre assignCadre(
            @Nullable String creditCode,
            @Nullable String name,
            @Nullable String phone,
            @Nullable String unit,
            UserScope scope) {
        if (!mayVisit(scope)) {
            throw new AccessDeniedException(Messages.get("dispatch.cadre.error.denied"));
        }
        String code = creditCode == null ? "" : creditCode.strip();
        Enterprise enterprise = enterprises
                .find(code, scope)
                .map(d -> d.enterprise())
                .filter(e -> mayAssignCadre(scope, e.countyCode()))
                .orElseThrow(() ->
                        new IllegalArgumentException(Messages.get("dispatch.ticket.error.enterpriseUnknown", code)));
        Cadre after = new Cadre(
                enterprise.creditCode(),
                text(name, "dispatch.cadre.field.name", 50),
                optional(phone, "dispatch.cadre.field.phone", 30),
                optional(unit, "dispatch.cadre.field.unit", 100),
                scope.username());
        Cadre before = repository.cadre(enterprise.creditCode()).orElse(null);
        repository.saveCadre(after, Instant.now(clock));
        audit.record("cadre.assign", "enterprise_cadre", enterprise.creditCode(), before, after);
        return after;
    }

    private static @Nullable String optional(@Nullable String value, String fieldKey, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new IllegalArgumentException(
                    Messages.get("dispatch.ticket.error.length", Messages.get(fieldKey), max));
        }
        return value.strip();
    }

    /** The visits the user may see: the city roles every one, a county user its county's, an enterprise its own. */
    public List<Visit> visits(UserScope scope) {
        return switch (scope.role()) {
            case CITY_ADMIN, CITY_ANALYST, LEADER -> repository.visits(null, null);
            case COUNTY_USER -> repository.visits(scope.regionCode(), null);
            case ENTERPRISE_USER ->
                scope.enterpriseCreditCode() == null
                        ? List.of()
                        : repository.visits(null, scope.enterpriseCreditCode());
            case DEPARTMENT_USER -> throw new AccessDeniedException(Messages.get("dispatch.visit.error.readDenied"));
        };
    }

    @Transactional
    public Visit recordVisit(NewVisit form, UserScope scope) {
        if (!mayVisit(scope)) {
            throw new AccessDeniedException(Messages.get("dispatch.visit.error.denied"));
        }
        String code = form.creditCode() == null ? "" : form.creditCode().strip();
        Enterprise enterprise = enterprises
                .find(code, scope)
                .map(d -> d.enterprise())
                .filter(e -> scope.coversCounty(e.countyCode()))
                .orElseThrow(() ->
                        new IllegalArgumentException(Messages.get("dispatch.ticket.error.enterpriseUnknown", code)));
        LocalDate today = ShownTime.today(clock);
        if (form.visitDate() == null) {
            throw new IllegalArgumentException(
                    Messages.get("dispatch.ticket.error.required", Messages.get("dispatch.visit.field.date")));
        }
        if (form.visitDate().isAfter(today)) {
            throw new IllegalArgumentException(Messages.get("dispatch.visit.error.future", today));
        }
        String cadre = text(form.cadre(), "dispatch.visit.field.cadre", 100);
        String findings = text(form.findings(), "dispatch.visit.field.findings", FINDINGS_MAX);
        String department = form.department() == null || form.department().isBlank()
                ? null
                : form.department().strip();
        Visit visit = new Visit(
                0,
                enterprise.creditCode(),
                enterprise.name(),
                enterprise.countyCode(),
                form.visitDate(),
                cadre,
                department,
                findings,
                scope.username(),
                List.of());
        long id = repository.insertVisit(visit, Instant.now(clock));
        Visit saved = repository.visits(enterprise.countyCode(), enterprise.creditCode()).stream()
                .filter(v -> v.id() == id)
                .findFirst()
                .orElseThrow();
        audit.record("visit.create", "visit", String.valueOf(id), null, saved);
        return saved;
    }

    /** The campaign's figures today (or at its end, once over): the whole, each county, each department. */
    public Bulletin progress(long id, UserScope scope) {
        Campaign campaign = find(id);
        LocalDate today = ShownTime.today(clock);
        LocalDate day = today.isAfter(campaign.endDate()) ? campaign.endDate() : today;
        long days = day.toEpochDay() - campaign.startDate().toEpochDay();
        int week = (int) Math.max(0, Math.min(days / 7, campaign.weeks() - 1)) + 1;
        return bulletin(campaign, week, day, scope);
    }

    /**
     * The weekly bulletin (周通报) of week {@code week} (1 = the campaign's first seven days): the figures at the week's
     * end (or today, in the running week) and what the week added.
     */
    public Bulletin bulletin(long id, int week, UserScope scope) {
        Campaign campaign = find(id);
        if (week < 1 || week > campaign.weeks()) {
            throw new IllegalArgumentException(Messages.get("dispatch.campaign.error.week", campaign.weeks()));
        }
        LocalDate end = campaign.startDate().plusDays(7L * week - 1);
        LocalDate today = ShownTime.today(clock);
        LocalDate day = end.isAfter(campaign.endDate()) ? campaign.endDate() : end;
        return bulletin(campaign, week, day.isAfter(today) ? today : day, scope);
    }

    private Bulletin bulletin(Campaign campaign, int week, LocalDate day, UserScope scope) {
        WorkingDays days = tickets.workingDays();
        Map<Long, Map<LocalDate, TicketState>> moves = repository.moves();
        Map<Long, LocalDate> ratedOn = repository.ratedOn();
        List<Ticket> theirs = tickets.list(null, null, null).stream()
                .filter(t -> campaign.covers(t.countyCode()) && campaign.during(ShownTime.day(t.submittedAt())))
                .toList();
        List<CampaignFigures.TicketFacts> facts = theirs.stream()
                .map(t -> new CampaignFigures.TicketFacts(
                        t.countyCode(),
                        t.departments(),
                        ShownTime.day(t.submittedAt()),
                        moves.getOrDefault(t.id(), Map.of()),
                        t.rating(),
                        ratedOn.get(t.id()),
                        t.dueDate()))
                .toList();
        List<CampaignFigures.VisitFacts> visits = repository.visits(null, null).stream()
                .filter(v -> campaign.covers(v.countyCode()) && campaign.during(v.visitDate()))
                .map(v -> new CampaignFigures.VisitFacts(v.countyCode(), v.creditCode(), v.visitDate()))
                .toList();
        Map<String, Long> registry = enterprises.countiesByCreditCode().values().stream()
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        List<Region> counties = regions.counties().stream()
                .filter(r -> campaign.covers(r.code()))
                .toList();
        int toVisitAll = campaign.visitGoal() != null
                ? campaign.visitGoal()
                : counties.stream()
                        .mapToInt(r -> registry.getOrDefault(r.code(), 0L).intValue())
                        .sum();
        LocalDate weekStart = campaign.startDate().plusDays(7L * (week - 1));
        CampaignFigures total = CampaignFigures.of(facts, visits, toVisitAll, day, days, overdueAfter, null, null);
        CampaignFigures before =
                CampaignFigures.of(facts, visits, toVisitAll, weekStart.minusDays(1), days, overdueAfter, null, null);
        Map<String, CampaignFigures> byCounty = new LinkedHashMap<>();
        for (Region county : counties) {
            int toVisit = campaign.visitGoal() != null
                    ? 0
                    : registry.getOrDefault(county.code(), 0L).intValue();
            byCounty.put(
                    county.code(),
                    CampaignFigures.of(facts, visits, toVisit, day, days, overdueAfter, county.code(), null));
        }
        Map<Department, CampaignFigures> byDepartment = new LinkedHashMap<>();
        for (Department department : departments.active()) {
            CampaignFigures f = CampaignFigures.of(facts, visits, 0, day, days, overdueAfter, null, department);
            if (f.opened() > 0) {
                byDepartment.put(
                        department,
                        new CampaignFigures(0, 0, f.opened(), f.solved(), f.overdue(), f.rated(), f.satisfied()));
            }
        }
        // the overdue tickets the reader may see, longest overdue first
        Set<Long> ids = theirs.stream().map(Ticket::id).collect(Collectors.toSet());
        List<Ticket> overdue = new ArrayList<>(ticketService.visibleOverdue(scope, overdueAfter).stream()
                .filter(t -> ids.contains(t.id()))
                .toList());
        String region = campaign.counties().isEmpty()
                ? Messages.get("dispatch.campaign.city")
                : counties.stream().map(Region::name).collect(Collectors.joining("、"));
        String text = Messages.get(
                "dispatch.campaign.bulletin.text",
                Messages.get("dispatch.campaign.date", day.getMonthValue(), day.getDayOfMonth()),
                region,
                "" + total.visited(),
                rate(total.visitRate()),
                "" + total.opened(),
                "" + total.solved(),
                rate(total.solvedRate()),
                rate(total.satisfiedRate()),
                "" + (total.visited() - before.visited()),
                "" + (total.opened() - before.opened()),
                "" + (total.solved() - before.solved()),
                "" + total.overdue(),
                "" + overdueAfter);
        return new Bulletin(campaign, week, weekStart, day, total, before, byCounty, byDepartment, overdue, text);
    }

    private static String rate(@Nullable Double value) {
        return value == null ? "—" : io.industrypulse.engine.Published.text(value, 1);
    }

    private static String text(@Nullable String value, String fieldKey, int max) {
        String field = Messages.get(fieldKey);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(Messages.get("dispatch.ticket.error.required", field));
        }
        if (value.strip().length() > max) {
            throw new IllegalArgumentException(Messages.get("dispatch.ticket.error.length", field, max));
        }
        return value.strip();
    }
}
