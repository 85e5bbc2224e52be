package io.industrypulse.dispatch;

import io.industrypulse.account.AccountUser;
import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.ListPage;
import io.industrypulse.i18n.ApiRequests;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

    @ControllerAdvice
    static class UnreadCount {

        private final Inbox inbox;

        UnreadCount(Inbox inbox) {
            this.inbox = inbox;
        }

        @ModelAttribute("inboxCount")
        Integer inboxCount(@AuthenticationPrincipal AccountUser user, HttpServletRequest request) {
            if (user == null || ApiRequests.isApi(request)) {
                return null;
            }
            return inbox.unread(user.getUsername());
        }
    }
}
