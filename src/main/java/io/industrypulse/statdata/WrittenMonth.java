package io.industrypulse.statdata;

import java.lang.ref.SoftReference;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rows of the month an import has just written in full, so that the growth snapshot recomputed right after it
 * need not read them back: at province size reading a month's 50,000 rows back from H2 took 0.2-0.4 s of the 0.7 s
 * the first page waited after an import (issue 18 item 2).
 *
 * <p>They serve a read only while the month's latest revision is the one that wrote them: an import on another
 * instance makes a newer revision, and every write of {@code monthly_report} on this instance forgets them
 * ({@link StatDataRepository} holds all of them, those without a revision included). They are kept from
 * the commit on, never for a write that rolled back, and softly: under memory pressure the read goes to the database.
 */
@Component
class WrittenMonth {

    private record Kept(YearMonth period, long revisionId, List<MonthlyRow> rows) {}

    private volatile SoftReference<@Nullable Kept> kept = new SoftReference<>(null);

    /** At every write of {@code monthly_report} (the kept rows of a write still committing are set at its commit). */
    void forget() {
        kept = new SoftReference<>(null);
    }

    /**
     * Keeps {@code rows}, the whole of {@code period} as revision {@code revisionId} wrote it, once the caller's
     * transaction commits.
     */
    void keepAfterCommit(YearMonth period, long revisionId, List<MonthlyRow> rows) {
        // as the database returns them: two decimals, ordered by credit code
        List<MonthlyRow> stored = rows.stream()
                .map(r -> new MonthlyRow(
                        r.period(),
                        r.creditCode(),
                        twoDecimals(r.output()),
                        twoDecimals(r.outputLy()),
                        twoDecimals(r.revenue()),
                        twoDecimals(r.electricity())))
                .sorted(Comparator.comparing(MonthlyRow::creditCode))
                .toList();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            // before the commit's event listeners, one of which starts the snapshot's recomputation
            @Override
            public int getOrder() {
                return Ordered.HIGHEST_PRECEDENCE;
            }

            @Override
            public void afterCommit() {
                kept = new SoftReference<>(new Kept(period, revisionId, stored));
            }
        });
    }

    /** The rows of {@code period} when they are kept and {@code latestRevisionId} is still the revision that wrote them. */
    Optional<List<MonthlyRow>> rows(YearMonth period, @Nullable Long latestRevisionId) {
        Kept now = kept.get();
        if (now == null
                || !now.period().equals(period)
                || latestRevisionId == null
                || now.revisionId() != latestRevisionId) {
            return Optional.empty();
        }
        return Optional.of(now.rows());
    }

    private static @Nullable BigDecimal twoDecimals(@Nullable BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
