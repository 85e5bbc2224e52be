package io.industrypulse.account;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * A counter that moves whenever what the pages show may have changed: after every committed audited write (every
 * write is audited, see {@link AuditLog}) and whenever a cache of derived figures (the growth snapshots) is dropped.
 * Caches of rendered answers key on it, so they never serve a figure older than the data.
 */
@Component
public class DataVersion {

    private final AtomicLong version = new AtomicLong();

    /** The current version; read it before computing an answer and again before keeping it. */
    public long current() {
        return version.get();
    }

    /** Marks that the data, or a cache derived from them, changed. */
    public void bump() {
        version.incrementAndGet();
    }
}
