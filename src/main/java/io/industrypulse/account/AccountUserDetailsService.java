package io.industrypulse.account;

import io.industrypulse.account.AccountRepository.UserRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads the {@link AccountUser} principal from {@code app_user}; a lock counts only until it expires. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    /** How long a user read is kept at most when no data change drops it sooner. */
    static final Duration FRESH = Duration.ofSeconds(5);

    private final AccountRepository users;
    private final DataVersion version;
    private final Clock clock;
    private volatile Known known = new Known(-1, Instant.MIN, Map.of());

    AccountUserDetailsService(AccountRepository users, DataVersion version, Clock clock) {
        this.users = users;
        this.version = version;
        this.clock = clock;
    }

    /**
     * The enabled user a session or a token acts for, as the account is now, without its password hash.
     *
     * <p>Asked on every request, so the users read are kept until the data change: every change of a user through the
     * platform is an audited write, which moves {@link DataVersion} here when it commits and on the other instances
     * within their poll. The version is read before the rows, so a row read before a change is never kept as if read
     * after it. An edit made in the database by hand moves no version; the kept users are read again after {@link
     * #FRESH} at most, so such an edit is seen within that time.
     */
    Optional<AccountUser> signedIn(String username) {
        long now = version.current();
        Instant time = clock.instant();
        Known known = this.known;
        if (known.version() != now || !time.isBefore(known.readAt().plus(FRESH))) {
            known = new Known(now, time, new ConcurrentHashMap<>());
            this.known = known;
        }
        Optional<AccountUser> user = known.users().get(username);
        if (user == null) {
            user = users.find(username)
                    .map(UserRow::account)
                    .filter(UserAccount::enabled)
                    .map(account -> new AccountUser(account.scope(), "", true, true));
            known.users().put(username, user);
        }
        return user;
    }

    /** The users read since the data version {@code version}, from {@code readAt} on. */
    private record Known(long version, Instant readAt, Map<String, Optional<AccountUser>> users) {}

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.find(username)
                .map(row -> {
                    UserAccount account = row.account();
                    // locks are per source address: LockoutAuthenticationProvider refuses a locked address
                    return new AccountUser(account.scope(), row.passwordHash(), account.enabled(), true);
                })
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
