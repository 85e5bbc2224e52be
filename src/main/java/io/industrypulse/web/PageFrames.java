package io.industrypulse.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.UserScope;
import io.industrypulse.monitor.CurrentPeriod;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionService;
import io.industrypulse.report.FigureText;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds each page's {@link PageFrame} and renders the frame's parts for Thymeleaf pages ({@code @frames} in {@code
 * fragments/layout.html}); jte pages call the same templates ({@code layout/head.jte}, {@code layout/header.jte},
 * {@code layout/footer.jte}) themselves.
 */
@Component("frames")
public class PageFrames {

    private final RegionService regions;
    private final MessageSource messages;
    private final CurrentPeriod periods;
    private final CurrentUser currentUser;
    private final FigureText fig;
    private final TemplateEngine templates;
    private final JsonMapper json;
    // the resource handlers are built after the interceptors that build frames: looked up on the first page
    private final ObjectProvider<ResourceUrlProvider> resourceUrls;
    private final boolean demoData;
    private volatile PageFrame.@Nullable Resources resources;

    PageFrames(
            RegionService regions,
            MessageSource messages,
            CurrentPeriod periods,
            CurrentUser currentUser,
            FigureText fig,
            TemplateEngine templates,
            JsonMapper json,
            ObjectProvider<ResourceUrlProvider> resourceUrls,
            @Value("${industrypulse.demo.enabled:false}") boolean demoData) {
        this.regions = regions;
        this.messages = messages;
        this.periods = periods;
        this.currentUser = currentUser;
        this.fig = fig;
        this.templates = templates;
        this.json = json;
        this.resourceUrls = resourceUrls;
        this.demoData = demoData;
    }

    /** The frame of the page {@code request} is about to render: with the menu and the picker when signed in. */
    public PageFrame of(HttpServletRequest request) {
        UserScope user = currentUser.signedIn().orElse(null);
        if (user == null) {
            return bare(request);
        }
        String contextPath = request.getContextPath();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        var locale = RequestContextUtils.getLocale(request);
        String path = request.getRequestURI().substring(contextPath.length());
        // returning to the page without its own period after a choice
        String back = UriComponentsBuilder.fromPath(path)
                .query(request.getQueryString())
                .replaceQueryParam("period")
                .replaceQueryParam("lang")
                .build()
                .toUriString();
        // for example "县级用户 · 长安区"
        String role = messages.getMessage("role." + user.role().name(), null, locale);
        String region = regions.find(user.regionCode()).map(Region::name).orElse(user.regionCode());
        return new PageFrame(
                locale,
                contextPath,
                csrf,
                demoData,
                Navigation.home(user),
                new PeriodPicker(periods, back),
                Navigation.menu(user, path),
                role + " · " + region,
                user.username(),
                messages,
                fig,
                json,
                resources());
    }

    /**
     * The frame without the menu, the picker and the user's box: for a page without a signed-in user, and for a jte
     * fragment (an htmx answer), which needs only the texts, the links and the formatter.
     */
    public PageFrame bare(HttpServletRequest request) {
        return new PageFrame(
                RequestContextUtils.getLocale(request),
                request.getContextPath(),
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                demoData,
                "/",
                null,
                null,
                null,
                null,
                messages,
                fig,
                json,
                resources());
    }

    /** The content of {@code <head>} (Thymeleaf's {@code fragments/layout :: head}). */
    public String head(@Nullable PageFrame frame, String title) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("frame", orCurrent(frame));
        params.put("title", title);
        return render("layout/head.jte", params);
    }

    /** The page header with the menu (Thymeleaf's {@code fragments/layout :: header}). */
    public String header(@Nullable PageFrame frame, @Nullable Integer inboxCount) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("frame", orCurrent(frame));
        params.put("inboxCount", inboxCount);
        return render("layout/header.jte", params);
    }

    /** The page footer (Thymeleaf's {@code fragments/layout :: footer}). */
    public String footer(@Nullable PageFrame frame) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("frame", orCurrent(frame));
        return render("layout/footer.jte", params);
    }

    private String render(String template, Map<String, @Nullable Object> params) {
        StringOutput output = new StringOutput();
        templates.render(template, params, output);
        return output.toString();
    }

    /** An error page rendered by an exception handler has no frame in its model: the request's own, then. */
    private PageFrame orCurrent(@Nullable PageFrame frame) {
        if (frame != null) {
            return frame;
        }
        return of(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
    }

    private PageFrame.Resources resources() {
        PageFrame.Resources known = resources;
        if (known == null) {
            ResourceUrlProvider provider = resourceUrls.getObject();
            known = new PageFrame.Resources(
                    resolved(provider, "/css/app.css"),
                    resolved(provider, "/webjars/htmx.org/dist/htmx.min.js"),
                    resolved(provider, "/js/app.js"),
                    resolved(provider, "/webjars/echarts/dist/echarts.min.js"));
            resources = known;
        }
        return known;
    }

    private static String resolved(ResourceUrlProvider provider, String path) {
        String found = provider.getForLookupPath(path);
        return found == null ? path : found;
    }
}
