package io.industrypulse.web;

import io.industrypulse.account.DataVersion;
import io.industrypulse.account.PeriodChoice;
import io.industrypulse.account.ShownTime;
import io.industrypulse.i18n.ApiRequests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered answers of the most-read GET pages and APIs (the ranking, the overview, the growth API) and
 * serves them again until the data change. An answer is kept per viewer (the session, or the user for HTTP Basic, so
 * the user's name, scope and form token stay theirs), locale, URL and {@link DataVersion}: any committed write and any
 * dropped growth snapshot moves the version, and an answer whose rendering overlapped a move is not kept. It runs
 * after Spring Security, so only a request that passed authentication and authorisation ever reaches a kept answer.
 *
 * <p>Why: rendering the ranking page costs milliseconds of CPU in Thymeleaf, while the monthly dispatch meeting reads
 * the same page many times between two imports (DESIGN.md section 7: p99 under 50 ms at 64 connections).
 */
class RenderedPageCache extends OncePerRequestFilter {

    /** Header of an answer served from this cache. */
    static final String SERVED_HEADER = "X-Page-Cache";

    private final DataVersion version;
    private final Clock clock;
    private final Set<String> paths;
    private final int maxEntries;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    RenderedPageCache(DataVersion version, Clock clock, Set<String> paths, int maxEntries) {
        this.version = version;
        this.clock = clock;
        this.paths = Set.copyOf(paths);
        this.maxEntries = maxEntries;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                // ?lang= switches the session's locale in the MVC interceptor: let it run
                || request.getParameter("lang") != null
                || !paths.contains(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long before = version.current();
        Key key = key(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        // a page's ?period= becomes the session's period in the controller: let it run unless it already is
        Entry kept = choosesAnotherPeriod(request) ? null : entries.get(key);
        if (kept != null && kept.version == before) {
            // says where the answer came from, for operators and the tests of this cache
            response.setHeader(SERVED_HEADER, "hit");
            kept.writeTo(response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK
                && wrapper.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
                && cacheable(wrapper.getContentType())
                && version.current() == before) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            // the key after the page ran: with the period it made the session's
            entries.put(
                    java.util.Objects.requireNonNullElse(key(request), key),
                    new Entry(
                            before,
                            wrapper.getContentType(),
                            wrapper.getHeader(HttpHeaders.CONTENT_LANGUAGE),
                            wrapper.getContentAsByteArray()));
        }
        wrapper.copyBodyToResponse();
    }

    private static boolean choosesAnotherPeriod(HttpServletRequest request) {
        String period = request.getParameter("period");
        if (period == null || ApiRequests.isApi(request)) {
            return false;
        }
        HttpSession session = request.getSession(false);
        return session == null
                || !PeriodChoice.chosen(session)
                        .map(Object::toString)
                        .orElse("")
                        .equals(period);
    }

    /** Null when the viewer cannot be told apart (no session and no authenticated user): such answers are not kept. */
    private @Nullable Key key(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String viewer;
        Object locale = null;
        // the header shows the session's period (当前统计期)
        Object period = null;
        if (session != null) {
            viewer = "session:" + session.getId();
            locale = session.getAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME);
            period = PeriodChoice.chosen(session).orElse(null);
        } else {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()) {
                return null;
            }
            viewer = "user:" + authentication.getName();
        }
        return new Key(
                viewer,
                String.valueOf(locale),
                String.valueOf(period),
                request.getRequestURI(),
                request.getQueryString(),
                request.getHeader("HX-Request"),
                ShownTime.today(clock));
    }

    private static boolean cacheable(@Nullable String contentType) {
        return contentType != null
                && (contentType.startsWith("text/html") || contentType.startsWith("application/json"));
    }

    /** How many answers are kept (for tests and monitoring). */
    int size() {
        return entries.size();
    }

    private record Key(
            String viewer,
            String locale,
            String period,
            String uri,
            @Nullable String query,
            @Nullable String htmx,
            LocalDate day) {}

    private record Entry(
            long version, String contentType, @Nullable String contentLanguage, byte[] body) {

        void writeTo(HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(contentType);
            if (contentLanguage != null) {
                response.setHeader(HttpHeaders.CONTENT_LANGUAGE, contentLanguage);
            }
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
