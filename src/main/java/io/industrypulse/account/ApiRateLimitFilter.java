package io.industrypulse.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's rate limit ({@link RateLimits#api}), after sign-in: per token for a Bearer request, else per user. Over the
 * limit the answer is 429 with {@code Retry-After} and a problem detail.
 */
final class ApiRateLimitFilter extends OncePerRequestFilter {

    /** Set by {@link ApiTokenFilter}: the token's id, so that each token has its own bucket. */
    static final String TOKEN_ATTRIBUTE = ApiRateLimitFilter.class.getName() + ".token";

    private final RateLimits limits;
    private final ApiProblems problems;

    ApiRateLimitFilter(RateLimits limits, ApiProblems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated()) {
            Object token = request.getAttribute(TOKEN_ATTRIBUTE);
            String caller = token != null ? "token:" + token : "user:" + signedIn.getName();
            OptionalLong wait = limits.api(caller);
            if (wait.isPresent()) {
                problems.tooMany(request, response, wait.getAsLong());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
