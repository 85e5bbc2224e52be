package io.industrypulse.account;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads the {@link AccountUser} principal from {@code app_user}; a lock counts only until it expires. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository users;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.find(username)
                .map(row -> {
                    UserAccount account = row.account();
                    return new AccountUser(
                            account.scope(), row.passwordHash(), account.enabled(), !account.lockedAt(clock.instant()));
                })
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
