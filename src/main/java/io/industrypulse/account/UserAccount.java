package io.industrypulse.account;

import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A user as the rest of the application sees it: never the password hash.
 *
 * @param username the login name
 * @param displayName the name shown in pages
 * @param role the user's role
 * @param regionCode GB/T 2260 code of the region scope: the city, or one county
 * @param enterpriseCreditCode for {@link Role#ENTERPRISE_USER} its enterprise, otherwise {@code null}
 * @param department for {@link Role#DEPARTMENT_USER} its department, otherwise {@code null}
 * @param email where the inbox's messages are also mailed when mail is on, or {@code null}
 * @param enabled whether the user may log in at all
 * @param failedLogins consecutive failed logins since the last success
 * @param lockedUntil until when the account is locked after too many failures, or {@code null}
 * @param createdAt when the account was created
 */
public record UserAccount(
        String username,
        String displayName,
        Role role,
        String regionCode,
        @Nullable String enterpriseCreditCode,
        @Nullable Department department,
        @Nullable String email,
        boolean enabled,
        int failedLogins,
        @Nullable Instant lockedUntil,
        Instant createdAt) {

    /** The scope services filter by. */
    public UserScope scope() {
        return new UserScope(username, role, regionCode, enterpriseCreditCode, department);
    }

    /** Whether the account is locked at the given instant. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** {@link #lockedUntil()} in Beijing time, for pages. */
    public @Nullable LocalDateTime lockedUntilShown() {
        return lockedUntil == null ? null : LocalDateTime.ofInstant(lockedUntil, ShownTime.ZONE);
    }
}
