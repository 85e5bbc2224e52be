package io.industrypulse.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The frame of a page about to be rendered ({@link PageFrame}: the 示例数据 mark, the menu, the period picker, the
 * user's role and region scope), added to its model after its handler ran: JSON answers, redirects and htmx fragments
 * (a view name with {@code ::}) have no header. As {@code @ModelAttribute} methods of a controller advice they ran,
 * with their arguments resolved, before every handler, the API's included: a tenth of an API request's CPU in a
 * flight recording (issue 18).
 */
@Component
public class LayoutInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final PageFrames frames;

    LayoutInterceptor(PageFrames frames) {
        this.frames = frames;
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
        if (rendersPage(view)) {
            view.getModel().putIfAbsent("frame", frames.of(request));
        }
    }
}
