package io.industrypulse.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads {@link AccountUser}s from {@code app_user}; a locked account is reported as such. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository repository;
    private final AccountService accounts;

    AccountUserDetailsService(AccountRepository repository, AccountService accounts) {
        this.repository = repository;
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount user = repository.find(username).orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
        String hash = repository.passwordHash(username).orElseThrow();
        return new AccountUser(
                new UserScope(user.username(), user.role(), user.regionCode(), user.enterpriseCode()),
                hash,
                user.enabled(),
                !accounts.lockedNow(user));
    }
}
