package io.industrypulse.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on {@code /api/**}: a personal token ({@link ApiTokens}) signs the request in
 * as its user, with the user's role and scope as they are now (a disabled user's tokens stop working). A read-only
 * token may only read. Requests without a Bearer header pass on to HTTP Basic and the session.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiTokens tokens;
    private final AccountUserDetailsService users;
    private final ApiProblems problems;

    ApiTokenFilter(ApiTokens tokens, AccountUserDetailsService users, ApiProblems problems) {
        this.tokens = tokens;
        this.users = users;
        this.problems = problems;
    }

    static boolean bearer(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!bearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.Bearer> found = tokens.authenticate(
                request.getHeader("Authorization").substring(7).trim());
        Optional<AccountUser> user = found.flatMap(b -> users.signedIn(b.username()));
        if (user.isEmpty()) {
            problems.invalidToken(request, response);
            return;
        }
        if (found.get().readOnly() && !READS.contains(request.getMethod())) {
            problems.readOnlyToken(request, response);
            return;
        }
        request.setAttribute(ApiRateLimitFilter.TOKEN_ATTRIBUTE, found.get().id());
        SecurityContextHolder.setContext(SessionSignIn.context(user.get()));
        chain.doFilter(request, response);
    }
}
