package io.industrypulse.web;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.UserScope;
import io.industrypulse.monitor.CurrentPeriod;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shared layout shows on every page: the 示例数据 mark, the menu, the period picker, and the user's role and
 * region scope. Added to the model of a page about to be rendered only, after its handler ran: JSON answers,
 * redirects and htmx fragments (a view name with {@code ::}) have no header. As {@code @ModelAttribute} methods of a
 * controller advice they ran, with their arguments resolved, before every handler, the API's included: a tenth of an
 * API request's CPU in a flight recording (issue 18).
 */
@Component
public class LayoutInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final RegionService regions;
    private final MessageSource messages;
    private final CurrentPeriod periods;
    private final CurrentUser currentUser;
    private final boolean demoData;

    LayoutInterceptor(
            RegionService regions,
            MessageSource messages,
            CurrentPeriod periods,
            CurrentUser currentUser,
            @Value("${industrypulse.demo.enabled:false}") boolean demoData) {
        this.regions = regions;
        this.messages = messages;
        this.periods = periods;
        this.currentUser = currentUser;
        this.demoData = demoData;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    /** Whether {@code view} is a whole page: not a JSON answer, a redirect, a forward or a fragment. */
    public static boolean rendersPage(@Nullable ModelAndView view) {
        if (view == null || view.getView() != null) {
            return false; // no view, or a View object (a redirect)
        }
        String name = view.getViewName();
        return name != null && !name.startsWith("redirect:") && !name.startsWith("forward:") && !name.contains("::");
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable ModelAndView view) {
        if (!rendersPage(view)) {
            return;
        }
        Map<String, Object> model = view.getModel();
        UserScope user = currentUser.signedIn().orElse(null);
        model.putIfAbsent("demoData", demoData);
        // where the brand and 首页 lead: the user's own home (Navigation#home)
        model.putIfAbsent("homePath", user == null ? "/" : Navigation.home(user));
        if (user == null) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // returning to the page without its own period after a choice
        String back = UriComponentsBuilder.fromPath(path)
                .query(request.getQueryString())
                .replaceQueryParam("period")
                .replaceQueryParam("lang")
                .build()
                .toUriString();
        model.putIfAbsent("periodPicker", new PeriodPicker(periods, back));
        model.putIfAbsent("navigation", Navigation.menu(user, path));
        // for example "县级用户 · 长安区"
        String role = messages.getMessage("role." + user.role().name(), null, RequestContextUtils.getLocale(request));
        String region = regions.find(user.regionCode()).map(Region::name).orElse(user.regionCode());
        model.putIfAbsent("currentScopeLabel", role + " · " + region);
    }
}
