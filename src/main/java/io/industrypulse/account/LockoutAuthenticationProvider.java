package io.industrypulse.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password authentication that feeds {@link LoginAttempts}: a wrong password counts as a failure (the one that locks
 * the account answers "locked" at once), a success resets the count. A locked account is refused by the delegate's
 * {@code accountNonLocked} check before its password is even compared.
 */
final class LockoutAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginAttempts attempts;

    LockoutAuthenticationProvider(AuthenticationProvider delegate, LoginAttempts attempts) {
        this.delegate = delegate;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            if (attempts.failed(authentication.getName())) {
                throw new LockedException("账户已锁定，请 15 分钟后再试", e);
            }
            throw e;
        }
        if (result != null) {
            attempts.succeeded(result.getName());
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
