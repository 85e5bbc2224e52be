package io.industrypulse.dispatch;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.ListPage;
import io.industrypulse.web.LayoutInterceptor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The inbox page (消息) and, for the header of every page, the user's unread count. */
@Controller
class InboxController {

    private final Inbox inbox;
    private final CurrentUser currentUser;

    InboxController(Inbox inbox, CurrentUser currentUser) {
        this.inbox = inbox;
        this.currentUser = currentUser;
    }

    @GetMapping("/inbox")
    String page(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute(
                "messages", ListPage.of(inbox.messages(currentUser.scope().username()), page));
        return "dispatch/inbox";
    }

    @PostMapping("/inbox/read")
    String markRead() {
        inbox.markRead(currentUser.scope().username(), null);
        return "redirect:/inbox";
    }

    /** The user's unread count for the header of every page (not for JSON answers or fragments). */
    @Component
    static class UnreadCount implements HandlerInterceptor, WebMvcConfigurer {

        private final Inbox inbox;
        private final CurrentUser currentUser;

        UnreadCount(Inbox inbox, CurrentUser currentUser) {
            this.inbox = inbox;
            this.currentUser = currentUser;
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(this);
        }

        @Override
        public void postHandle(
                HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable ModelAndView view) {
            if (LayoutInterceptor.rendersPage(view)) {
                currentUser
                        .signedIn()
                        .ifPresent(user -> view.getModel().putIfAbsent("inboxCount", inbox.unread(user.username())));
            }
        }
    }
}
