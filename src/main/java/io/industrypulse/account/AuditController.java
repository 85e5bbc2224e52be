package io.industrypulse.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page for the city administrator ({@code /admin/**} is restricted in SecurityConfig). */
@Controller
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/admin/audit")
    String audit(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        model.addAttribute("result", auditLog.search(user, type, page));
        model.addAttribute("user", user);
        model.addAttribute("type", type);
        return "account/audit";
    }
}
