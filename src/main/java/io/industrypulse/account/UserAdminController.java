package io.industrypulse.account;

import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 用户管理: list, create, reset a password, unlock ({@link Role#CITY_ADMIN} only, checked again in the service). */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    /** The create form; blank fields arrive as {@code null}. */
    record UserForm(
            @Nullable String username,
            @Nullable String displayName,
            @Nullable Role role,
            @Nullable String regionCode,
            @Nullable String enterpriseCreditCode,
            @Nullable Department department,
            @Nullable String email,
            @Nullable String password) {}

    private final AccountService accounts;
    private final Departments departments;
    private final MessageSource messages;
    private final Clock clock;

    UserAdminController(AccountService accounts, Departments departments, MessageSource messages, Clock clock) {
        this.accounts = accounts;
        this.departments = departments;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        return page(model, new UserForm(null, null, null, accounts.cityCode(), null, null, null, null));
    }

    @PostMapping
    String create(@ModelAttribute UserForm form, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            accounts.createUser(new NewUser(
                    form.username(),
                    form.displayName(),
                    form.role(),
                    form.regionCode(),
                    form.enterpriseCreditCode(),
                    form.department(),
                    form.email(),
                    form.password()));
        } catch (AccountException e) {
            model.addAttribute("error", text(e, locale));
            return page(
                    model,
                    new UserForm(
                            form.username(),
                            form.displayName(),
                            form.role(),
                            form.regionCode(),
                            form.enterpriseCreditCode(),
                            form.department(),
                            form.email(),
                            null));
        }
        redirect.addFlashAttribute(
                "message", messages.getMessage("account.users.created", new Object[] {form.username()}, locale));
        return "redirect:/admin/users";
    }

    @PostMapping("/{username}/password")
    String resetPassword(
            @PathVariable String username, @RequestParam String password, RedirectAttributes redirect, Locale locale) {
        try {
            accounts.resetPassword(username, password);
            redirect.addFlashAttribute(
                    "message", messages.getMessage("account.users.passwordReset", new Object[] {username}, locale));
        } catch (AccountException e) {
            redirect.addFlashAttribute("error", text(e, locale));
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/{username}/email")
    String setEmail(
            @PathVariable String username,
            @RequestParam(required = false) @Nullable String email,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            accounts.setEmail(username, email);
            redirect.addFlashAttribute(
                    "message", messages.getMessage("account.users.emailSet", new Object[] {username}, locale));
        } catch (AccountException e) {
            redirect.addFlashAttribute("error", text(e, locale));
        }
        return "redirect:/admin/users";
    }

    /** From htmx: answers the user's table row; from a plain form: back to the list. */
    @PostMapping("/{username}/unlock")
    String unlock(
            @PathVariable String username,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        UserAccount user;
        try {
            user = accounts.unlock(username);
        } catch (AccountException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        if ("true".equals(htmx)) {
            model.addAttribute("u", user);
            model.addAttribute("now", clock.instant());
            return "account/user-row :: row";
        }
        redirect.addFlashAttribute(
                "message", messages.getMessage("account.users.unlocked", new Object[] {username}, locale));
        return "redirect:/admin/users";
    }

    /**
     * Disables or enables a user. An unknown user is 404; the administrator's own account cannot be disabled (the
     * button is not offered there either).
     */
    @PostMapping("/{username}/enabled")
    String setEnabled(
            @PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect, Locale locale) {
        try {
            accounts.setEnabled(username, enabled);
            redirect.addFlashAttribute(
                    "message",
                    messages.getMessage(
                            enabled ? "account.users.enabled" : "account.users.disabledNow",
                            new Object[] {username},
                            locale));
        } catch (AccountException e) {
            if (e.unknownUser()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, text(e, locale));
            }
            redirect.addFlashAttribute("error", text(e, locale));
        }
        return "redirect:/admin/users";
    }

    private String page(Model model, UserForm form) {
        model.addAttribute("form", form);
        model.addAttribute("users", accounts.listUsers());
        model.addAttribute("roles", Role.values());
        model.addAttribute("departments", departments.active());
        model.addAttribute("cityCode", accounts.cityCode());
        model.addAttribute("now", clock.instant());
        return "account/users";
    }

    private String text(AccountException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), locale);
    }
}
