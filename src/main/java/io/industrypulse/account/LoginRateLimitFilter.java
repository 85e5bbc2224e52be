package io.industrypulse.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The login form's rate limit per source address ({@link RateLimits#login}): a script trying passwords for many
 * accounts from one address gets 429 with {@code Retry-After}, before any password is compared.
 */
final class LoginRateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;

    LoginRateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OptionalLong wait = limits.login(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
    }
}
