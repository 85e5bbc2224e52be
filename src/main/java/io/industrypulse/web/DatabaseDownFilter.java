package io.industrypulse.web;

import io.industrypulse.i18n.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The database cannot be reached (restarting, failing over, the network): 503 with {@code Retry-After} and the
 * application's own page in Chinese (problem details on the API), instead of a stack trace or Tomcat's page. Ordered
 * ahead of the session filter, which itself needs the database (sessions live there), so this page needs nothing but
 * the request. A request gives up after the pool's connection timeout ({@code spring.datasource.hikari.connection-timeout},
 * 3 s), and the pool reconnects by itself when the database is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseDownFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseDownFilter.class);

    /** How long a client should wait before asking again: about the time a restarted PostgreSQL takes. */
    static final int RETRY_AFTER_SECONDS = 10;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!unreachable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("The database cannot be reached: {} answered 503 ({})", request.getRequestURI(), rootMessage(e));
            answer(request, response);
        }
    }

    /** Whether the failure is the database being out of reach rather than a fault of the request or the code. */
    static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof java.net.ConnectException
                    || lostConnection(t)) {
                return true;
            }
            // a rollback that failed on a connection the server closed (the pool's "Connection is closed" has no
            // SQLSTATE) hides the failure that caused it; a failed commit (a constraint, a serialization failure)
            // has no application exception and is the request's own fault, not an outage
            if (t instanceof org.springframework.transaction.TransactionSystemException failed
                    && failed.getApplicationException() != null
                    && (failed.getCause() instanceof java.sql.SQLException
                            || unreachable(failed.getApplicationException()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * A driver's error of the connection itself, whatever Spring wrapped it in: SQLSTATE class 08 (connection
     * exception) or 57P (the server shutting down or not yet accepting connections).
     */
    private static boolean lostConnection(Throwable t) {
        if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.startsWith("57P");
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // no session (it lives in the database): the API's Accept-Language, else Chinese
        Locale locale = Messages.unchosen(request);
        String title = Messages.in(locale, () -> Messages.get("error.503"));
        String detail = Messages.in(locale, () -> Messages.get("error.databaseDown", RETRY_AFTER_SECONDS));
        response.resetBuffer();
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        FilterErrorPage.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, title, detail, locale);
    }
}
