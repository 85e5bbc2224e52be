package io.industrypulse.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * Who is signed in to a session, kept in the session as the user's name only; each request loads the user as the
 * account is now, as a Bearer token does ({@link ApiTokenFilter}).
 *
 * <p>Spring Security's own repository keeps the whole security context in the session. With sessions in the database
 * that context is Java-deserialised on every request, class by class through the application's class loader: 30% of
 * the CPU of a growth API request (issue 18). A name needs no class lookup, and the user's row is one primary-key read.
 * It also means a user an administrator disables, or whose role or region changes, is signed out or re-scoped on the
 * next request rather than when the session expires. Sessions signed in before this change hold no name and sign in
 * again once.
 */
final class SessionSignIn implements SecurityContextRepository {

    /** The session attribute holding the signed-in user's name. */
    static final String USER_ATTRIBUTE = "industrypulse.user";

    private final AccountUserDetailsService users;
    private final boolean createSession;

    /**
     * @param users where the signed-in user is loaded from on each request
     * @param createSession whether signing in may create a session (the pages) or only uses one that exists (the API,
     *     whose programs sign in with each request)
     */
    SessionSignIn(AccountUserDetailsService users, boolean createSession) {
        this.users = users;
        this.createSession = createSession;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return new Deferred(() -> load(request.getSession(false)));
    }

    @Override
    @SuppressWarnings(
            "deprecation") // the interface still requires it; SecurityContextHolderFilter calls the deferred form
    public SecurityContext loadContext(
            org.springframework.security.web.context.HttpRequestResponseHolder requestResponseHolder) {
        SecurityContext context = load(requestResponseHolder.getRequest().getSession(false));
        return context == null ? SecurityContextHolder.createEmptyContext() : context;
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = context.getAuthentication();
        boolean signedIn = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        HttpSession session = request.getSession(signedIn && createSession);
        if (session == null) {
            return;
        }
        if (!signedIn) {
            session.removeAttribute(USER_ATTRIBUTE);
            session.removeAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
            return;
        }
        String name = authentication.getName();
        // written only when it changes: a written attribute makes the session store write the session back
        if (!name.equals(session.getAttribute(USER_ATTRIBUTE))) {
            session.setAttribute(USER_ATTRIBUTE, name);
            // Spring Session's principal index (its table's principal_name) reads this attribute
            session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, name);
        }
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(USER_ATTRIBUTE) != null;
    }

    /** The session's user as the account is now, or null when nobody (or a disabled or deleted user) is signed in. */
    private @Nullable SecurityContext load(@Nullable HttpSession session) {
        if (session == null || !(session.getAttribute(USER_ATTRIBUTE) instanceof String name)) {
            return null;
        }
        return users.signedIn(name).map(SessionSignIn::context).orElse(null);
    }

    /** A context in which the user is signed in. */
    static SecurityContext context(AccountUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return context;
    }

    /** Loads the context when it is first asked for: most static resources never ask. */
    private static final class Deferred implements DeferredSecurityContext {

        private final Supplier<@Nullable SecurityContext> loader;
        private @Nullable SecurityContext context;
        private boolean generated;

        Deferred(Supplier<@Nullable SecurityContext> loader) {
            this.loader = loader;
        }

        @Override
        public SecurityContext get() {
            if (context == null) {
                context = loader.get();
                if (context == null) {
                    context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                    generated = true;
                }
            }
            return context;
        }

        @Override
        public boolean isGenerated() {
            get();
            return generated;
        }
    }
}
