package io.industrypulse.dispatch;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.Role;
import io.industrypulse.account.ShownTime;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.Enterprise;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.RegionService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The production status list (停产 / 限产 / 闭环生产). City roles, leaders and department users read every county's
 * list, a county user its own; city admin and analyst change any enterprise, a county user its own county's. An
 * enterprise outside the caller's scope is not found. Every change is audited with the entry before and after.
 */
@Service
public class ProductionStatusService {

    static final int NOTE_MAX = 500;

    private final ProductionStatusRepository repository;
    private final EnterpriseService enterprises;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;

    ProductionStatusService(
            ProductionStatusRepository repository,
            EnterpriseService enterprises,
            RegionService regions,
            AuditLog audit,
            Clock clock) {
        this.regions = regions;
        this.repository = repository;
        this.enterprises = enterprises;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Whether the user may read the list at all: the city roles and county users, an enterprise user (its own entry),
     * the ecology department (the 涉气 enterprises); other departments not.
     */
    public static boolean mayRead(UserScope scope) {
        return scope.role() != Role.DEPARTMENT_USER || scope.seesAirPollutingEnterprises();
    }

    /**
     * The entries of a county, or of every county in the caller's scope ({@code county == null}): a county user's
     * county, an enterprise user's own enterprise, the ecology department's 涉气 enterprises.
     *
     * @throws AccessDeniedException when the user may not read the list, or asks for another county
     */
    @Transactional(readOnly = true)
    public List<ProductionStatusEntry> list(@Nullable String county, UserScope scope) {
        if (!mayRead(scope)) {
            throw new AccessDeniedException(Messages.get("dispatch.error.readDenied"));
        }
        if (county != null && !regions.isCounty(county)) {
            throw new IllegalArgumentException(Messages.get("dispatch.error.unknownCounty", county));
        }
        return switch (scope.role()) {
            case ENTERPRISE_USER ->
                scope.enterpriseCreditCode() == null
                        ? List.of()
                        : repository.list(county, scope.enterpriseCreditCode(), false);
            case DEPARTMENT_USER -> repository.list(county, null, true);
            default -> {
                if (county != null && !scope.coversCounty(county)) {
                    throw new AccessDeniedException(Messages.get("dispatch.error.otherCounty"));
                }
                yield repository.list(county != null ? county : scope.countyOrNull(), null, false);
            }
        };
    }

    /** The enterprise's entry, when it has one and the user may read it in the list. */
    @Transactional(readOnly = true)
    public java.util.Optional<ProductionStatusEntry> find(String creditCode, UserScope scope) {
        if (!mayRead(scope)) {
            return java.util.Optional.empty();
        }
        return list(null, scope).stream()
                .filter(e -> e.creditCode().equals(creditCode))
                .findFirst();
    }

    /**
     * Records that an enterprise is stopped, limited or in closed-loop production, replacing what was recorded.
     *
     * @throws IllegalArgumentException naming the field when the change is invalid or the enterprise unknown to the
     *     caller; nothing is written
     * @throws AccessDeniedException when the caller may not change that enterprise
     */
    @Transactional
    public ProductionStatusEntry set(ProductionStatusChange change, UserScope scope) {
        Enterprise enterprise = writable(change.creditCode(), scope);
        LocalDate today = ShownTime.today(clock);
        if (change.since().isAfter(today)) {
            throw new IllegalArgumentException(Messages.get("dispatch.error.sinceFuture", today));
        }
        if (change.expectedResume() != null && change.expectedResume().isBefore(change.since())) {
            throw new IllegalArgumentException(Messages.get("dispatch.error.resumeBeforeSince"));
        }
        String note = change.note() == null || change.note().isBlank()
                ? null
                : change.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            throw new IllegalArgumentException(Messages.get("dispatch.error.noteLength", NOTE_MAX));
        }
        if (change.reason() == ProductionReason.OTHER && note == null) {
            throw new IllegalArgumentException(Messages.get("dispatch.error.noteRequired"));
        }
        ProductionStatusEntry before = repository.find(enterprise.creditCode()).orElse(null);
        ProductionStatusEntry after = new ProductionStatusEntry(
                enterprise.creditCode(),
                enterprise.name(),
                enterprise.countyCode(),
                change.status(),
                change.reason(),
                change.since(),
                change.expectedResume(),
                note,
                scope.username(),
                Instant.now(clock));
        repository.save(after);
        audit.record("production.status", "production_status", enterprise.creditCode(), before, after);
        return after;
    }

    /**
     * Brings production statuses onto the platform as they stand (a loader's work, the demo city's): no caller is
     * checked, so never call it from a request handler. One transaction, audited per enterprise as the system's.
     */
    @Transactional
    public void load(List<ProductionStatusChange> changes) {
        store(changes, AuditLog.SYSTEM, null);
    }

    /**
     * Records the statuses a source decided (an adopted environmental control plan, {@code source} naming it),
     * replacing the source's earlier entries; an enterprise with an entry a user recorded keeps it (the county knows
     * better why it is stopped). The caller has checked the user may do this; audited as the user's.
     *
     * @return how many entries were recorded
     */
    @Transactional
    public int replaceFromSource(String source, List<ProductionStatusChange> changes, String username) {
        endSource(source);
        return store(changes, username, source);
    }

    /** Stores the changes as {@code username}'s; with a source, marked as its and leaving users' entries alone. */
    private int store(List<ProductionStatusChange> changes, String username, @Nullable String source) {
        java.util.Map<String, String> counties = enterprises.countiesByCreditCode();
        Instant now = Instant.now(clock);
        int recorded = 0;
        for (ProductionStatusChange change : changes) {
            String county = counties.get(change.creditCode());
            if (county == null) {
                throw new IllegalArgumentException(
                        Messages.get("dispatch.error.unknownEnterprise", change.creditCode()));
            }
            if (source != null && repository.hasUserEntry(change.creditCode())) {
                continue;
            }
            ProductionStatusEntry entry = new ProductionStatusEntry(
                    change.creditCode(),
                    "",
                    county,
                    change.status(),
                    change.reason(),
                    change.since(),
                    change.expectedResume(),
                    change.note(),
                    username,
                    now);
            repository.save(entry);
            if (source != null) {
                repository.markSource(change.creditCode(), source);
            }
            audit.record("production.status", "production_status", change.creditCode(), null, entry);
            recorded++;
        }
        return recorded;
    }

    /** Ends the entries a source recorded (the episode ended), audited. */
    @Transactional
    public void endSource(String source) {
        for (String code : repository.ofSource(source)) {
            ProductionStatusEntry before = repository.find(code).orElseThrow();
            repository.delete(code);
            audit.record("production.resume", "production_status", code, before, null);
        }
    }

    /** The enterprise produces normally again: its entry is removed (the audit log keeps it). */
    @Transactional
    public void resume(String creditCode, UserScope scope) {
        Enterprise enterprise = writable(creditCode, scope);
        ProductionStatusEntry before = repository
                .find(enterprise.creditCode())
                .orElseThrow(() -> new IllegalArgumentException(
                        Messages.get("dispatch.error.nothingToResume", enterprise.name())));
        repository.delete(enterprise.creditCode());
        audit.record("production.resume", "production_status", enterprise.creditCode(), before, null);
    }

    /**
     * Refuses a user who may change no enterprise's production status (leaders, departments, enterprise users),
     * before any input is looked at.
     *
     * @throws AccessDeniedException for such a user
     */
    public void requireWriter(UserScope scope) {
        if (!enterprises.mayRegister(scope)) {
            throw new AccessDeniedException(Messages.get("dispatch.error.writeDenied"));
        }
    }

    private Enterprise writable(String creditCode, UserScope scope) {
        requireWriter(scope);
        Enterprise enterprise = enterprises
                .find(creditCode == null ? null : creditCode.strip(), scope)
                .orElseThrow(() ->
                        new IllegalArgumentException(Messages.get("dispatch.error.unknownEnterprise", creditCode)))
                .enterprise();
        if (!enterprises.mayWrite(scope, enterprise.countyCode())) {
            throw new AccessDeniedException(Messages.get("dispatch.error.enterpriseDenied"));
        }
        return enterprise;
    }
}
