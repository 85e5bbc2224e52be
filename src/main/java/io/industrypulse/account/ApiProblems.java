package io.industrypulse.account;

import io.industrypulse.i18n.ApiRequests;
import io.industrypulse.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers {@code /api/**} requests that are not logged in (401) or not allowed (403) with an RFC 9457 problem in
 * JSON instead of the login page, so scripts see what went wrong.
 */
final class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "IndustryPulse";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        String detail = exception instanceof LockedException
                ? Messages.get("account.login.locked")
                : Messages.get("account.error.unauthenticated");
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        write(
                request,
                response,
                HttpServletResponse.SC_FORBIDDEN,
                "Forbidden",
                Messages.get("account.error.forbidden"));
    }

    /** A Bearer token that is unknown, revoked, or whose user is disabled (RFC 6750's invalid_token). */
    void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
        write(
                request,
                response,
                HttpServletResponse.SC_UNAUTHORIZED,
                "Unauthorized",
                Messages.get("account.token.error.invalid"));
    }

    /** A write with a read-only token (RFC 6750's insufficient_scope). */
    void readOnlyToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\", error=\"insufficient_scope\"");
        write(
                request,
                response,
                HttpServletResponse.SC_FORBIDDEN,
                "Forbidden",
                Messages.get("account.token.error.readOnly"));
    }

    /** Too many requests: {@code seconds} until the next one is accepted. */
    void tooMany(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        response.setHeader("Retry-After", String.valueOf(seconds));
        write(request, response, 429, "Too Many Requests", Messages.get("account.error.tooMany", seconds));
    }

    private static void write(
            HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        ApiRequests.writeProblem(request, response, status, title, detail);
    }
}
