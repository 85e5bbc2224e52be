package io.industrypulse.account;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the pages show may have changed: a local counter that caches of rendered answers key on, and the data version
 * all instances share (the row of {@code data_version}, V90).
 *
 * <p>Local: the counter moves after every committed audited write (every write is audited, see {@link AuditLog}) and
 * whenever a cache of derived figures (the growth snapshots) is dropped, so a kept page is never older than the data.
 *
 * <p>Shared: every transaction that writes the audit log also moves the shared version, just before it commits (the
 * row is locked for the commit only, and the versions are in commit order). Every instance reads the row every
 * {@code industrypulse.data-version.poll} (half a second by default), and on PostgreSQL also as soon as the commit's
 * {@code NOTIFY} arrives ({@link DataVersionListener}): a version it has not seen, and did not write itself, means
 * another instance changed the data, and it publishes {@link DataChangedElsewhere}. A doubt (a version
 * skipped) counts as a change: a cache dropped once too often costs a recomputation, one kept too long a wrong figure.
 */
@Component
public class DataVersion {

    private final AtomicLong version = new AtomicLong();
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    /** The shared version this instance's caches reflect: read at start, before any cache is filled. */
    private long seen;
    /**
     * Versions this instance's transactions wrote and committed, or are committing, beyond {@link #seen}. The poll may
     * read such a version after its commit and before the transaction's own callback: it is not another instance's.
     */
    private final java.util.SortedSet<Long> ownVersions = new java.util.TreeSet<>();
    /** PostgreSQL: each writing transaction also notifies the listeners of the other instances. */
    private final boolean postgres;

    DataVersion(JdbcClient jdbc, ApplicationEventPublisher events, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.events = events;
        // JdbcClient waits for Flyway, so the row is there
        this.seen = shared();
        boolean pg;
        try (java.sql.Connection connection = dataSource.getConnection()) {
            pg = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The database cannot be read at start", e);
        }
        this.postgres = pg;
    }

    boolean postgres() {
        return postgres;
    }

    /** The current version; read it before computing an answer and again before keeping it. */
    public long current() {
        return version.get();
    }

    /** Marks that the data, or a cache derived from them, changed. */
    public void bump() {
        version.incrementAndGet();
    }

    /** In a writing transaction: moves the shared version when it commits (once per transaction). */
    void moveOnCommit() {
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            private long mine = -1;

            @Override
            public void beforeCommit(boolean readOnly) {
                jdbc.sql("UPDATE data_version SET version = version + 1 WHERE id = 1")
                        .update();
                mine = shared();
                writing(mine);
                if (postgres) {
                    // delivered when the transaction commits, not before (DataVersionListener)
                    jdbc.sql("NOTIFY " + DataVersionListener.CHANNEL).update();
                }
            }

            @Override
            public void afterCommit() {
                wrote();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(DataVersion.this);
                if (status != STATUS_COMMITTED && mine >= 0) {
                    notWritten(mine);
                }
                bump();
            }
        });
    }

    /** This instance holds the row lock of version {@code version} and is about to commit it. */
    private synchronized void writing(long version) {
        ownVersions.add(version);
    }

    /** This instance committed: its own events drop its caches; only a gap is someone else's. */
    private synchronized void wrote() {
        skipOwn();
    }

    /**
     * The commit of {@code version} failed after the version was taken. Another instance may now commit the same
     * number; if the poll already took it for this instance's, that change is treated as one elsewhere (a doubt counts
     * as a change).
     */
    private void notWritten(long version) {
        boolean doubt;
        synchronized (this) {
            ownVersions.remove(version);
            doubt = seen >= version;
        }
        if (doubt) {
            changedElsewhere(new DataChangedElsewhere(version));
        }
    }

    /** Moves {@link #seen} over the versions this instance wrote itself. */
    private void skipOwn() {
        while (ownVersions.remove(seen + 1)) {
            seen++;
        }
        ownVersions.headSet(seen + 1).clear();
    }

    /** Reads the shared version; a newer one than this instance reflects is another instance's change. */
    @Scheduled(
            fixedDelayString = "${industrypulse.data-version.poll:PT0.5S}",
            initialDelayString = "${industrypulse.data-version.poll:PT0.5S}")
    public void poll() {
        long shared = shared();
        DataChangedElsewhere changed = null;
        synchronized (this) {
            skipOwn();
            if (shared > seen) {
                seen = shared;
                changed = new DataChangedElsewhere(shared);
                skipOwn();
            }
        }
        if (changed != null) {
            changedElsewhere(changed);
        }
    }

    private void changedElsewhere(DataChangedElsewhere changed) {
        bump();
        events.publishEvent(changed);
    }

    private long shared() {
        return jdbc.sql("SELECT version FROM data_version WHERE id = 1")
                .query(Long.class)
                .single();
    }
}
