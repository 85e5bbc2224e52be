package io.industrypulse.account;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志: the append-only log, newest first, filtered and paged ({@link Role#CITY_ADMIN} only). */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(
            @RequestParam(required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable String entityType,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        AuditQuery query = new AuditQuery(username, entityType, from, to, page, ListPage.rowsPerPage(PAGE_SIZE));
        model.addAttribute("query", query);
        model.addAttribute("result", audit.search(query));
        java.util.Map<String, String> entityTypes = new java.util.LinkedHashMap<>();
        audit.entityTypes()
                .forEach(t -> entityTypes.put(t, io.industrypulse.i18n.Messages.orDefault("audit.entity." + t, t)));
        model.addAttribute("entityTypes", entityTypes);
        return "account/audit";
    }
}
