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
    private final WrittenMonth written;
    private final Clock clock;

    RevisionService(
            RevisionRepository revisions,
            StatDataRepository monthly,
            ApplicationEventPublisher events,
            WrittenMonth written,
            ObjectProvider<Clock> clock) {
        this.revisions = revisions;
        this.monthly = monthly;
        this.events = events;
        this.written = written;
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
        // the workbook detail kept for the other counties is that of the latest workbook revision (a package
        // revision in between records only what it changed)
        Optional<MonthlyRevision> lastWorkbook = earlier.stream()
                .filter(r -> r.kind().equals(MonthlyRevision.B204))
                .findFirst();
        Map<String, MonthlyDetail> rows = new LinkedHashMap<>();
        if (input.countyCode() != null && lastWorkbook.isPresent()) {
            for (MonthlyDetail kept : revisions.detail(lastWorkbook.get().id())) {
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
                rows.size(),
                MonthlyRevision.B204);
        long id = revisions.insertRevision(revision);
        List<MonthlyDetail> all = new ArrayList<>(rows.values());
        revisions.insertDetail(id, all);

        Map<String, BigDecimal> revenues = revisions.revenues(period);
        List<MonthlyRow> current = input.rows().stream()
                .map(r -> new MonthlyRow(
                        period,
                        r.creditCode(),
                        r.output().month(),
                        r.output().monthLastYear(),
                        revenues.get(r.creditCode()),
                        r.electricity() == null ? null : r.electricity().month()))
                .toList();
        if (input.countyCode() == null) {
            // the whole month is these rows: the snapshot recomputed after the commit takes them from here
            written.keepAfterCommit(period, id, current);
            monthly.deleteMonthly(period, period);
        } else {
            Set<String> replaced = new HashSet<>(input.replacedCodes());
            input.rows().forEach(r -> replaced.add(r.creditCode()));
            monthly.deleteMonthlyOf(period, List.copyOf(replaced));
        }
        monthly.insertMonthly(current);
        events.publishEvent(new StatDataChanged(period, period));
        return new MonthlyRevision(
                id,
                period,
                number,
                revision.source(),
                revision.importedBy(),
                revision.importedAt(),
                revision.countyCode(),
                revision.rowCount(),
                revision.kind());
    }

    /**
     * Stores a package's rows of one period as the period's next revision ({@link MonthlyRevision#PACKAGE}), in the
     * caller's transaction: the enterprises in {@code input.rows()} get exactly those rows; the other stored rows of
     * the period are kept, or removed when {@code input.replaceMonth()}. The revision records every row added and
     * removed and every value changed, with before and after, so nothing leaves the period unrecorded.
     *
     * @return the revision and what it did
     */
    @Transactional
    public PackageRevision storeRows(MonthlyRowsImport input) {
        YearMonth period = input.period();
        revisions.lock(period);
        Map<String, MonthlyRow> stored = new LinkedHashMap<>();
        monthly.monthly(period, period).forEach(r -> stored.put(r.creditCode(), r));
        List<RevisionRepository.Change> changes = new ArrayList<>();
        Set<String> incoming = new HashSet<>();
        int added = 0;
        int changed = 0;
        for (MonthlyRow row : input.rows()) {
            if (!incoming.add(row.creditCode())) {
                throw new IllegalArgumentException("monthly.csv: " + period + " " + row.creditCode() + " twice");
            }
            String name = input.names().getOrDefault(row.creditCode(), row.creditCode());
            MonthlyRow old = stored.get(row.creditCode());
            if (old == null) {
                added++;
                for (Map.Entry<String, BigDecimal> value : values(row).entrySet()) {
                    if (value.getValue() != null) {
                        changes.add(new RevisionRepository.Change(
                                row.creditCode(), name, "ADDED", value.getKey(), null, value.getValue()));
                    }
                }
            } else {
                boolean any = false;
                Map<String, BigDecimal> before = values(old);
                for (Map.Entry<String, BigDecimal> value : values(row).entrySet()) {
                    BigDecimal a = before.get(value.getKey());
                    BigDecimal b = value.getValue();
                    if (a == null ? b != null : b == null || a.compareTo(b) != 0) {
                        changes.add(
                                new RevisionRepository.Change(row.creditCode(), name, "CHANGED", value.getKey(), a, b));
                        any = true;
                    }
                }
                changed += any ? 1 : 0;
            }
        }
        List<MonthlyRow> removed = new ArrayList<>();
        if (input.replaceMonth()) {
            for (MonthlyRow old : stored.values()) {
                if (!incoming.contains(old.creditCode())) {
                    removed.add(old);
                    String name = input.names().getOrDefault(old.creditCode(), old.creditCode());
                    for (Map.Entry<String, BigDecimal> value : values(old).entrySet()) {
                        if (value.getValue() != null) {
                            changes.add(new RevisionRepository.Change(
                                    old.creditCode(), name, "REMOVED", value.getKey(), value.getValue(), null));
                        }
                    }
                }
            }
        }
        List<MonthlyRevision> earlier = revisions.revisions(period);
        int number = earlier.isEmpty() ? 1 : earlier.get(0).revision() + 1;
        int rowCount = stored.size() - removed.size() + added;
        MonthlyRevision revision = new MonthlyRevision(
                0,
                period,
                number,
                input.source(),
                input.importedBy(),
                clock.instant(),
                null,
                rowCount,
                MonthlyRevision.PACKAGE);
        long id = revisions.insertRevision(revision);
        revisions.insertChanges(id, changes);
        List<String> replaced = new ArrayList<>(incoming);
        removed.forEach(r -> replaced.add(r.creditCode()));
        monthly.deleteMonthlyOf(period, replaced);
        monthly.insertMonthly(input.rows());
        events.publishEvent(new StatDataChanged(period, period));
        return new PackageRevision(
                new MonthlyRevision(
                        id,
                        period,
                        number,
                        revision.source(),
                        revision.importedBy(),
                        revision.importedAt(),
                        null,
                        rowCount,
                        MonthlyRevision.PACKAGE),
                added,
                changed,
                input.rows().size() - added - changed,
                List.copyOf(removed),
                stored.size() - (input.rows().size() - added) - removed.size());
    }

    /**
     * What a package revision did to its period.
     *
     * @param unchanged rows of the package equal to the stored ones
     * @param removed the stored rows it removed (only when told to replace the month), with their values
     * @param kept stored rows of enterprises absent from the package, kept as they were
     */
    public record PackageRevision(
            MonthlyRevision revision, int added, int changed, int unchanged, List<MonthlyRow> removed, int kept) {}

    /** The stored rows of the period that a package with these enterprises would remove if told to replace it. */
    @Transactional(readOnly = true)
    public List<MonthlyRow> rowsReplacedAway(YearMonth period, Set<String> creditCodes) {
        return monthly.monthly(period, period).stream()
                .filter(r -> !creditCodes.contains(r.creditCode()))
                .toList();
    }

    /** The values of a row by field, as a package revision records them (absent values as {@code null}). */
    private static Map<String, BigDecimal> values(MonthlyRow row) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("output", row.output());
        values.put("output_ly", row.outputLy());
        values.put("revenue", row.revenue());
        values.put("electricity", row.electricity());
        return values;
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

    /**
     * What the revision changed: for a package revision what it recorded; for a workbook revision the difference to
     * the period's previous workbook revision.
     */
    @Transactional(readOnly = true)
    public Optional<RevisionChanges> changes(long revisionId) {
        return revisions.revision(revisionId).map(current -> {
            MonthlyRevision previous = revisions.revisions(current.period()).stream()
                    .filter(r -> r.revision() < current.revision())
                    .filter(r -> current.kind().equals(MonthlyRevision.PACKAGE)
                            || r.kind().equals(current.kind()))
                    .findFirst()
                    .orElse(null);
            if (current.kind().equals(MonthlyRevision.PACKAGE)) {
                return recorded(current, previous);
            }
            Map<String, MonthlyDetail> before = new LinkedHashMap<>();
            if (previous != null) {
                revisions.detail(previous.id()).forEach(r -> before.put(r.creditCode(), r));
            }
            List<RevisionChanges.Row> added = new ArrayList<>();
            List<ValueChange> changed = new ArrayList<>();
            for (MonthlyDetail after : revisions.detail(current.id())) {
                MonthlyDetail old = before.remove(after.creditCode());
                if (old == null) {
                    added.add(row(after));
                } else {
                    compare(old, after, changed);
                }
            }
            List<RevisionChanges.Row> removed =
                    before.values().stream().map(RevisionService::row).toList();
            return new RevisionChanges(current, previous, added, removed, changed);
        });
    }

    /** A package revision's changes as it recorded them. */
    private RevisionChanges recorded(MonthlyRevision current, @Nullable MonthlyRevision previous) {
        Map<String, RevisionChanges.Row> added = new LinkedHashMap<>();
        Map<String, RevisionChanges.Row> removed = new LinkedHashMap<>();
        List<ValueChange> changed = new ArrayList<>();
        for (RevisionRepository.Change c : revisions.changes(current.id())) {
            switch (c.kind()) {
                case "ADDED" ->
                    added.computeIfAbsent(
                                    c.creditCode(), k -> new RevisionChanges.Row(k, c.name(), new LinkedHashMap<>()))
                            .values()
                            .put(c.field(), c.after());
                case "REMOVED" ->
                    removed.computeIfAbsent(
                                    c.creditCode(), k -> new RevisionChanges.Row(k, c.name(), new LinkedHashMap<>()))
                            .values()
                            .put(c.field(), c.before());
                default -> changed.add(new ValueChange(c.creditCode(), c.name(), c.field(), c.before(), c.after()));
            }
        }
        return new RevisionChanges(
                current, previous, List.copyOf(added.values()), List.copyOf(removed.values()), changed);
    }

    private static RevisionChanges.Row row(MonthlyDetail detail) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("output.month", detail.output().month());
        values.put("output.monthLastYear", detail.output().monthLastYear());
        values.put("sales.month", detail.sales().month());
        values.put("export.month", detail.export().month());
        if (detail.electricity() != null) {
            values.put("electricity.month", detail.electricity().month());
        }
        return new RevisionChanges.Row(detail.creditCode(), detail.name(), values);
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
