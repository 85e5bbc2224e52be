package io.industrypulse.web;

import io.industrypulse.account.AccountUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * After login, the page the user asked for, else the user's own home ({@link Navigation#home}): a county user lands
 * on its county, an enterprise user on its enterprise, a department on its list, the city roles on the overview. The
 * site's root counts as asking for nothing in particular (it is what a bookmark or a typed address opens).
 */
@Component
class HomeAfterLogin extends SavedRequestAwareAuthenticationSuccessHandler {

    private final RequestCache cache = new HttpSessionRequestCache();

    HomeAfterLogin() {
        setRequestCache(cache);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        SavedRequest saved = cache.getRequest(request, response);
        if (saved != null && isRoot(saved.getRedirectUrl(), request.getContextPath())) {
            cache.removeRequest(request, response);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    protected String determineTargetUrl(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        return authentication.getPrincipal() instanceof AccountUser user ? Navigation.home(user.scope()) : "/";
    }

    private static boolean isRoot(String url, String contextPath) {
        String path = URI.create(url).getPath();
        return path == null || path.isEmpty() || path.equals(contextPath + "/") || path.equals(contextPath);
    }
}
