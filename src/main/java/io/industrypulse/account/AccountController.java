package io.industrypulse.account;

import io.industrypulse.i18n.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的账户: who the user is, and its personal API tokens, made, listed and revoked here. Every user manages its own
 * tokens only. A new token is shown in the answer to the form, this once, and kept nowhere but as its hash.
 */
@Controller
class AccountController {

    private final ApiTokens tokens;
    private final CurrentUser currentUser;

    AccountController(ApiTokens tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    @GetMapping("/account")
    String account(Model model) {
        return page(model, null, null);
    }

    @PostMapping("/account/tokens")
    String create(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(defaultValue = "false") boolean readOnly,
            Model model,
            HttpServletResponse response) {
        try {
            ApiTokens.NewToken made = tokens.create(currentUser.scope(), name, readOnly);
            // not a redirect: the token must not travel through the session, and is shown only in this answer
            response.setHeader("Cache-Control", "no-store");
            return page(model, made, null);
        } catch (FieldInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("name", name);
            return page(model, null, String.join(" ", e.problems().values()));
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        try {
            tokens.revoke(currentUser.scope(), id);
        } catch (AccountException e) {
            // not one of the user's active tokens: as if it did not exist
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND, e.getMessage());
        }
        redirect.addFlashAttribute("message", Messages.get("account.token.revoked"));
        return "redirect:/account";
    }

    private String page(Model model, ApiTokens.@Nullable NewToken made, @Nullable String error) {
        UserScope scope = currentUser.scope();
        model.addAttribute("scope", scope);
        model.addAttribute("tokens", tokens.tokens(scope));
        model.addAttribute("made", made);
        model.addAttribute("error", error);
        model.addAttribute("maxTokens", ApiTokens.MAX_PER_USER);
        return "account/account";
    }
}
