package io.industrypulse.account;

import java.time.Instant;

/**
 * A stored user as an administrator sees it (never the password hash).
 *
 * @param lockedUntil end of the lock after repeated failed logins, {@code null} when not locked
 */
public record UserAccount(
        String username,
        String displayName,
        Role role,
        String regionCode,
        String enterpriseCode,
        boolean enabled,
        int failedLogins,
        Instant lockedUntil) {

    /** Whether the account is locked at the given instant. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
