package io.industrypulse.account;

import io.industrypulse.i18n.Messages;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password authentication that feeds {@link LoginAttempts} per account and source address: a login from an address
 * the account is locked for is refused before its password is even compared; a wrong password counts as a failure
 * (the one that locks answers "locked" at once), a success resets the address's count.
 */
final class LockoutAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginAttempts attempts;
    private final io.micrometer.core.instrument.MeterRegistry meters;

    LockoutAuthenticationProvider(
            AuthenticationProvider delegate,
            LoginAttempts attempts,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.delegate = delegate;
        this.attempts = attempts;
        this.meters = meters;
    }

    /** Counted for the monitoring (issue 17): a rise of wrong passwords is someone guessing. */
    private void failure(String reason) {
        meters.counter("industrypulse.login.failures", "reason", reason).increment();
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = address(authentication);
        if (attempts.lockedFor(authentication.getName(), address)) {
            failure("locked");
            throw new LockedException(Messages.get("account.login.locked"));
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            failure("bad_credentials");
            if (attempts.failed(authentication.getName(), address)) {
                throw new LockedException(Messages.get("account.login.locked"), e);
            }
            throw e;
        }
        if (result != null) {
            attempts.succeeded(result.getName(), address);
        }
        return result;
    }

    /** The client's address as the form login and HTTP Basic filters record it ("unknown" without one). */
    static String address(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
