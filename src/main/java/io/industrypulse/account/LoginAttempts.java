package io.industrypulse.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts consecutive failed logins (form and HTTP Basic alike) per account <em>and source address</em>: the {@value
 * #MAX_FAILURES}th from an address locks the account for that address only, so that nobody can lock a user out by
 * guessing from elsewhere; each further lock of the same pair lasts twice as long ({@link #LOCK_DURATION}, then 30
 * minutes, ... at most {@link #MAX_LOCK}). A success from the address resets its count. Locks, and unlocks when an
 * expired lock is cleared, are audited with the address; the account's {@code failed_logins} and {@code locked_until}
 * show the latest to the administrator. Table {@code login_failure}.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    static final Duration MAX_LOCK = Duration.ofHours(24);

    private record Failures(
            int failures, int locks, @Nullable Instant lockedUntil) {}

    private final AccountRepository users;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    LoginAttempts(AccountRepository users, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the account is locked for logins from this address now. */
    @Transactional(readOnly = true)
    boolean lockedFor(String username, String address) {
        return find(username, address)
                .map(f -> f.lockedUntil() != null && f.lockedUntil().isAfter(clock.instant()))
                .orElse(false);
    }

    /**
     * Records a failed login (wrong password) of a user from an address; unknown names are ignored.
     *
     * @return whether this failure locked the account for that address
     */
    @Transactional
    boolean failed(String username, String address) {
        return users.findForUpdate(username)
                .map(row -> {
                    UserAccount before = row.account();
                    Instant now = clock.instant();
                    Failures previous = find(username, address).orElse(new Failures(0, 0, null));
                    boolean lockExpired = previous.lockedUntil() != null
                            && !previous.lockedUntil().isAfter(now);
                    if (lockExpired) {
                        audit.record("user.unlock", "user", username, lockState(before), expired(address));
                    }
                    int failures = (lockExpired ? 0 : previous.failures()) + 1;
                    if (failures >= MAX_FAILURES) {
                        int locks = previous.locks() + 1;
                        Duration length = LOCK_DURATION.multipliedBy(1L << Math.min(locks - 1, 10));
                        Instant until = now.plus(length.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : length);
                        store(username, address, new Failures(failures, locks, until));
                        users.updateLock(username, failures, until);
                        Map<String, Object> after = new LinkedHashMap<>();
                        after.put("failedLogins", failures);
                        after.put("lockedUntil", until);
                        after.put("address", address);
                        audit.record("user.lock", "user", username, lockState(before), after);
                        return true;
                    }
                    store(username, address, new Failures(failures, previous.locks(), null));
                    users.updateLock(username, failures, null);
                    return false;
                })
                .orElse(false);
    }

    /** Records a successful login from an address: its failure count starts again, an expired lock is cleared. */
    @Transactional
    void succeeded(String username, String address) {
        users.findForUpdate(username).ifPresent(row -> {
            Optional<Failures> previous = find(username, address);
            if (previous.isEmpty()) {
                return;
            }
            jdbc.sql("DELETE FROM login_failure WHERE username = :u AND address = :a")
                    .param("u", username)
                    .param("a", address)
                    .update();
            UserAccount before = row.account();
            users.updateLock(username, 0, null);
            if (previous.get().lockedUntil() != null) {
                audit.record("user.unlock", "user", username, lockState(before), expired(address));
            }
        });
    }

    /** Forgets every address's failures and locks of the account (the administrator unlocked it). */
    void clear(String username) {
        jdbc.sql("DELETE FROM login_failure WHERE username = :u")
                .param("u", username)
                .update();
    }

    private Optional<Failures> find(String username, String address) {
        return jdbc.sql("SELECT failures, locks, locked_until FROM login_failure WHERE username = :u AND address = :a")
                .param("u", username)
                .param("a", address)
                .query((rs, n) -> {
                    OffsetDateTime until = rs.getObject("locked_until", OffsetDateTime.class);
                    return new Failures(
                            rs.getInt("failures"), rs.getInt("locks"), until == null ? null : until.toInstant());
                })
                .optional();
    }

    private void store(String username, String address, Failures failures) {
        OffsetDateTime until =
                failures.lockedUntil() == null ? null : failures.lockedUntil().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("""
                        UPDATE login_failure SET failures = :f, locks = :l, locked_until = :until
                        WHERE username = :u AND address = :a""")
                .param("f", failures.failures())
                .param("l", failures.locks())
                .param("until", until)
                .param("u", username)
                .param("a", address)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO login_failure (username, address, failures, locks, locked_until)
                            VALUES (:u, :a, :f, :l, :until)""")
                    .param("u", username)
                    .param("a", address)
                    .param("f", failures.failures())
                    .param("l", failures.locks())
                    .param("until", until)
                    .update();
        }
    }

    /** The part of an account the lock audit entries show. */
    static Map<String, Object> lockState(UserAccount account) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("failedLogins", account.failedLogins());
        state.put("lockedUntil", account.lockedUntil());
        return state;
    }

    private static Map<String, Object> expired(String address) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("failedLogins", 0);
        state.put("lockedUntil", null);
        state.put("address", address);
        state.put("reason", "lock expired");
        return state;
    }
}
