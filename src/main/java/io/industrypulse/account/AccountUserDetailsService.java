package io.industrypulse.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads the {@link AccountUser} principal from {@code app_user}; a lock counts only until it expires. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository users;

    AccountUserDetailsService(AccountRepository users) {
        this.users = users;
    }

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
