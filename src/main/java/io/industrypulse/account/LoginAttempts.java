package io.industrypulse.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts consecutive failed logins (form and HTTP Basic alike): the {@value #MAX_FAILURES}th locks the account for
 * {@link #LOCK_DURATION}; a success resets the count. Locks, and unlocks when an expired lock is cleared, are audited.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final AccountRepository users;
    private final AuditLog audit;
    private final Clock clock;

    LoginAttempts(AccountRepository users, AuditLog audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a failed login (wrong password) of a user; unknown names are ignored.
     *
     * @return whether this failure locked the account
     */
    @Transactional
    boolean failed(String username) {
        return users.findForUpdate(username)
                .map(row -> {
                    UserAccount before = row.account();
                    Instant now = clock.instant();
                    boolean lockExpired = before.lockedUntil() != null && !before.lockedAt(now);
                    if (lockExpired) {
                        audit.record("user.unlock", "user", username, lockState(before), expired());
                    }
                    int failures = (lockExpired ? 0 : before.failedLogins()) + 1;
                    if (failures >= MAX_FAILURES) {
                        Instant until = now.plus(LOCK_DURATION);
                        users.updateLock(username, failures, until);
                        Map<String, Object> after = new LinkedHashMap<>();
                        after.put("failedLogins", failures);
                        after.put("lockedUntil", until);
                        audit.record("user.lock", "user", username, lockState(before), after);
                        return true;
                    }
                    users.updateLock(username, failures, null);
                    return false;
                })
                .orElse(false);
    }

    /** Records a successful login: the failure count starts again, an expired lock is cleared. */
    @Transactional
    void succeeded(String username) {
        users.findForUpdate(username).ifPresent(row -> {
            UserAccount before = row.account();
            if (before.failedLogins() == 0 && before.lockedUntil() == null) {
                return;
            }
            users.updateLock(username, 0, null);
            if (before.lockedUntil() != null) {
                audit.record("user.unlock", "user", username, lockState(before), expired());
            }
        });
    }

    /** The part of an account the lock audit entries show. */
    static Map<String, Object> lockState(UserAccount account) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("failedLogins", account.failedLogins());
        state.put("lockedUntil", account.lockedUntil());
        return state;
    }

    private static Map<String, Object> expired() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("failedLogins", 0);
        state.put("lockedUntil", null);
        state.put("reason", "lock expired");
        return state;
    }
}
