package io.industrypulse.account;

import io.industrypulse.i18n.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 部门管理: the departments, their users, and a form to add or change one ({@link Role#CITY_ADMIN} only). */
@Controller
@RequestMapping("/admin/departments")
class DepartmentAdminController {

    private final Departments departments;

    DepartmentAdminController(Departments departments) {
        this.departments = departments;
    }

    @GetMapping
    String list(Model model) {
        return page(model, null);
    }

    @PostMapping
    String save(
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String nameEn,
            @RequestParam(defaultValue = "false") boolean takesTickets,
            @RequestParam(defaultValue = "false") boolean active,
            @RequestParam(required = false) @Nullable Integer sortOrder,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            DepartmentEntry saved = departments.save(code, name, nameEn, takesTickets, active, sortOrder);
            redirect.addFlashAttribute("message", Messages.get("account.departments.saved", saved.name()));
            return "redirect:/admin/departments";
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, e.getMessage());
        }
    }

    private String page(Model model, @Nullable String error) {
        model.addAttribute("departments", departments.all());
        model.addAttribute("users", departments.usersByDepartment());
        model.addAttribute("error", error);
        return "account/departments";
    }
}
