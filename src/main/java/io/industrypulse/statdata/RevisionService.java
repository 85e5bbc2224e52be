package io.industrypulse.statdata;

import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.statdata.MonthlyDetail.Figures;
import io.industrypulse.statdata.RevisionChanges.ValueChange;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revisions of imported monthly data (B204-1). Each import of a period is stored as a new revision holding the
 * period's full set of imported rows; earlier revisions stay readable and can be compared. Imports of the same period
 * are serialized by a row lock ({@link #lockPeriod}). Storing updates {@code monthly_report} (what the engine reads)
 * and publishes {@link StatDataChanged}.
 */
@Service
public class RevisionService {

    private final RevisionRepository revisions;
    private final StatDataRepository monthly;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RevisionService(
            RevisionRepository revisions,
            StatDataRepository monthly,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.revisions = revisions;
        this.monthly = monthly;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Locks the period until the caller's transaction ends: a second import of the same period waits here and then
     * sees the first one's result.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockPeriod(YearMonth period) {
        revisions.lock(period);
    }

    /**
     * Stores the import as the period's next revision and makes its rows the period's current data, all in the
     * caller's transaction (or a new one). A county import keeps the other counties' rows of the previous revision.
     */
    @Transactional
    public MonthlyRevision store(MonthlyImport input) {
        YearMonth period = input.period();
        revisions.lock(period);
        List<MonthlyRevision> earlier = revisions.revisions(period);
        Map<String, MonthlyDetail> rows = new LinkedHashMap<>();
        if (input.countyCode() != null && !earlier.isEmpty()) {
            for (MonthlyDetail kept : revisions.detail(earlier.get(0).id())) {
                if (!input.replacedCodes().contains(kept.creditCode())) {
                    rows.put(kept.creditCode(), kept);
                }
            }
        }
        for (MonthlyDetail row : input.rows()) {
            rows.put(row.creditCode(), row);
        }
        int number = earlier.isEmpty() ? 1 : earlier.get(0).revision() + 1;
        MonthlyRevision revision = new MonthlyRevision(
                0,
                period,
                number,
                input.source(),
                input.importedBy(),
                clock.instant(),
                input.countyCode(),
                rows.size());
        long id = revisions.insertRevision(revision);
        List<MonthlyDetail> all = new ArrayList<>(rows.values());
        revisions.insertDetail(id, all);

        Map<String, BigDecimal> revenues = revisions.revenues(period);
        if (input.countyCode() == null) {
            monthly.deleteMonthly(period, period);
        } else {
            Set<String> replaced = new HashSet<>(input.replacedCodes());
            input.rows().forEach(r -> replaced.add(r.creditCode()));
            revisions.deleteMonthlyOf(period, List.copyOf(replaced));
        }
        monthly.insertMonthly(input.rows().stream()
                .map(r -> new MonthlyRow(
                        period,
                        r.creditCode(),
                        r.output().month(),
                        r.output().monthLastYear(),
                        revenues.get(r.creditCode()),
                        r.electricity() == null ? null : r.electricity().month()))
                .toList());
        events.publishEvent(new StatDataChanged(period, period));
        return new MonthlyRevision(
                id,
                period,
                number,
                revision.source(),
                revision.importedBy(),
                revision.importedAt(),
                revision.countyCode(),
                revision.rowCount());
    }

    /** The period's revisions, newest first. */
    @Transactional(readOnly = true)
    public List<MonthlyRevision> revisions(YearMonth period) {
        return revisions.revisions(period);
    }

    /** The latest revisions of all periods, newest first (no scope: for the system's own use). */
    @Transactional(readOnly = true)
    public List<MonthlyRevision> recent(int limit) {
        return revisions.recentRevisions(limit, null);
    }

    /**
     * The latest revisions the caller may open, newest first: every one for the city roles, those of its own
     * county's imports for a county user, none for other roles.
     */
    @Transactional(readOnly = true)
    public List<MonthlyRevision> recent(int limit, UserScope scope) {
        if (scope.isCityWide()) {
            return revisions.recentRevisions(limit, null);
        }
        return scope.role() == Role.COUNTY_USER ? revisions.recentRevisions(limit, scope.regionCode()) : List.of();
    }

    /** Whether the caller may open the revision: see {@link #recent(int, UserScope)}. */
    static boolean visible(MonthlyRevision revision, UserScope scope) {
        return scope.isCityWide()
                || (scope.role() == Role.COUNTY_USER && scope.regionCode().equals(revision.countyCode()));
    }

    @Transactional(readOnly = true)
    public Optional<MonthlyRevision> revision(long id) {
        return revisions.revision(id);
    }

    /** The rows of a revision, ordered by credit code. */
    @Transactional(readOnly = true)
    public List<MonthlyDetail> detail(long revisionId) {
        return revisions.detail(revisionId);
    }

    /** The rows of the period's latest revision by credit code; empty when the period was never imported. */
    @Transactional(readOnly = true)
    public Map<String, MonthlyDetail> latestDetail(YearMonth period) {
        Map<String, MonthlyDetail> rows = new LinkedHashMap<>();
        List<MonthlyRevision> stored = revisions.revisions(period);
        if (!stored.isEmpty()) {
            revisions.detail(stored.get(0).id()).forEach(r -> rows.put(r.creditCode(), r));
        }
        return rows;
    }

    /** What the revision changed against the period's previous revision; empty when unknown or out of scope. */
    @Transactional(readOnly = true)
    public Optional<RevisionChanges> changes(long revisionId, UserScope scope) {
        return changes(revisionId).filter(c -> visible(c.current(), scope));
    }

    /** What the revision changed against the period's previous revision. */
    @Transactional(readOnly = true)
    public Optional<RevisionChanges> changes(long revisionId) {
        return revisions.revision(revisionId).map(current -> {
            MonthlyRevision previous = current.revision() == 1
                    ? null
                    : revisions
                            .revision(current.period(), current.revision() - 1)
                            .orElse(null);
            Map<String, MonthlyDetail> before = new LinkedHashMap<>();
            if (previous != null) {
                revisions.detail(previous.id()).forEach(r -> before.put(r.creditCode(), r));
            }
            List<MonthlyDetail> added = new ArrayList<>();
            List<ValueChange> changed = new ArrayList<>();
            for (MonthlyDetail after : revisions.detail(current.id())) {
                MonthlyDetail old = before.remove(after.creditCode());
                if (old == null) {
                    added.add(after);
                } else {
                    compare(old, after, changed);
                }
            }
            return new RevisionChanges(current, previous, added, List.copyOf(before.values()), changed);
        });
    }

    private static void compare(MonthlyDetail before, MonthlyDetail after, List<ValueChange> changes) {
        compare(after, "output", before.output(), after.output(), changes);
        compare(after, "sales", before.sales(), after.sales(), changes);
        compare(after, "export", before.export(), after.export(), changes);
        compare(after, "electricity", before.electricity(), after.electricity(), changes);
    }

    private static void compare(
            MonthlyDetail after,
            String indicator,
            @Nullable Figures old,
            @Nullable Figures now,
            List<ValueChange> changes) {
        String[] fields = {"month", "cumulative", "monthLastYear", "cumulativeLastYear"};
        for (int i = 0; i < fields.length; i++) {
            BigDecimal a = value(old, i);
            BigDecimal b = value(now, i);
            boolean same = a == null ? b == null : b != null && a.compareTo(b) == 0;
            if (!same) {
                changes.add(new ValueChange(after.creditCode(), after.name(), indicator + "." + fields[i], a, b));
            }
        }
    }

    private static @Nullable BigDecimal value(@Nullable Figures figures, int index) {
        if (figures == null) {
            return null;
        }
        return switch (index) {
            case 0 -> figures.month();
            case 1 -> figures.cumulative();
            case 2 -> figures.monthLastYear();
            default -> figures.cumulativeLastYear();
        };
    }
}
