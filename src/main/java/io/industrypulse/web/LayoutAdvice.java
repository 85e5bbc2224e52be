package io.industrypulse.web;

import io.industrypulse.account.AccountUser;
import io.industrypulse.i18n.ApiRequests;
import io.industrypulse.monitor.CurrentPeriod;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionService;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout shows on every page: the 示例数据 mark, the menu, and the user's role and region scope. */
@ControllerAdvice
class LayoutAdvice {

    private final RegionService regions;
    private final MessageSource messages;
    private final CurrentPeriod periods;
    private final boolean demoData;

    LayoutAdvice(
            RegionService regions,
            MessageSource messages,
            CurrentPeriod periods,
            @Value("${industrypulse.demo.enabled:false}") boolean demoData) {
        this.regions = regions;
        this.messages = messages;
        this.periods = periods;
        this.demoData = demoData;
    }

    /** The header's period picker; returning to the page without its own {@code period}. */
    @ModelAttribute("periodPicker")
    PeriodPicker periodPicker(
            @AuthenticationPrincipal AccountUser user, jakarta.servlet.http.HttpServletRequest request) {
        if (user == null || ApiRequests.isApi(request)) {
            return null;
        }
        org.springframework.web.util.UriComponentsBuilder back =
                org.springframework.web.util.UriComponentsBuilder.fromPath(request.getRequestURI()
                                .substring(request.getContextPath().length()))
                        .query(request.getQueryString())
                        .replaceQueryParam("period")
                        .replaceQueryParam("lang");
        return new PeriodPicker(periods, back.build().toUriString());
    }

    @ModelAttribute("demoData")
    boolean demoData() {
        return demoData;
    }

    /** The menu for the user, the current page marked; none for JSON answers and anonymous pages. */
    @ModelAttribute("navigation")
    java.util.List<Navigation.Group> navigation(
            @AuthenticationPrincipal AccountUser user, jakarta.servlet.http.HttpServletRequest request) {
        if (user == null || ApiRequests.isApi(request)) {
            return null;
        }
        return Navigation.menu(
                user.scope(),
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** Where the brand and 首页 lead: the user's own home (Navigation#home). */
    @ModelAttribute("homePath")
    String homePath(@AuthenticationPrincipal AccountUser user) {
        return user == null ? "/" : Navigation.home(user.scope());
    }

    /** For example "县级用户 · 长安区". */
    @ModelAttribute("currentScopeLabel")
    String currentScopeLabel(
            @AuthenticationPrincipal AccountUser user, Locale locale, jakarta.servlet.http.HttpServletRequest request) {
        // JSON answers have no header: spare the API the region lookup on every request
        if (user == null || ApiRequests.isApi(request)) {
            return null;
        }
        String role = messages.getMessage("role." + user.scope().role().name(), null, locale);
        String region = regions.find(user.scope().regionCode())
                .map(Region::name)
                .orElse(user.scope().regionCode());
        return role + " · " + region;
    }
}
