package io.industrypulse.enterprise;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import java.util.LinkedHashMap;
import java.util.Map;
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

/** The registry pages: list with search and filters (htmx partial), detail, register and edit forms. */
@Controller
@RequestMapping("/enterprises")
class EnterpriseController {

    private final EnterpriseService enterprises;
    private final CurrentUser currentUser;

    EnterpriseController(EnterpriseService enterprises, CurrentUser currentUser) {
        this.enterprises = enterprises;
        this.currentUser = currentUser;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String county,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            Model model) {
        UserScope scope = currentUser.scope();
        EnterpriseQuery query = new EnterpriseQuery(county, industry, tag, q, page);
        EnterprisePage result;
        try {
            result = enterprises.search(query, scope);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("counties", enterprises.visibleCounties(scope));
        model.addAttribute("divisions", enterprises.divisions());
        model.addAttribute("chains", enterprises.chains());
        model.addAttribute("grades", PollutionGrade.values());
        model.addAttribute("mayRegister", enterprises.mayRegister(scope));
        // a history restore after a cache miss needs the whole page, not the fragment
        boolean fragment = "true".equals(htmx) && !"true".equals(historyRestore);
        return fragment ? "enterprise/list :: results" : "enterprise/list";
    }

    @GetMapping("/{creditCode}")
    String detail(@PathVariable String creditCode, Model model) {
        UserScope scope = currentUser.scope();
        EnterpriseDetail detail =
                enterprises.find(creditCode, scope).orElseThrow(() -> new EnterpriseNotFoundException(creditCode));
        model.addAttribute("detail", detail);
        model.addAttribute("e", detail.enterprise());
        model.addAttribute(
                "mayEdit", enterprises.mayWrite(scope, detail.enterprise().countyCode()));
        return "enterprise/detail";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        UserScope scope = currentUser.scope();
        requireRegister(scope);
        return form(EnterpriseForm.empty(), Map.of(), true, scope, model);
    }

    @PostMapping
    String register(@ModelAttribute("form") EnterpriseForm form, Model model) {
        UserScope scope = currentUser.scope();
        requireRegister(scope);
        try {
            Enterprise created = enterprises.register(form, scope);
            return "redirect:/enterprises/" + created.creditCode();
        } catch (EnterpriseValidationException e) {
            return form(form, errors(e), true, scope, model);
        }
    }

    @GetMapping("/{creditCode}/edit")
    String editForm(@PathVariable String creditCode, Model model) {
        UserScope scope = currentUser.scope();
        EnterpriseDetail detail =
                enterprises.find(creditCode, scope).orElseThrow(() -> new EnterpriseNotFoundException(creditCode));
        if (!enterprises.mayWrite(scope, detail.enterprise().countyCode())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return form(EnterpriseForm.of(detail), Map.of(), false, scope, model);
    }

    @PostMapping("/{creditCode}")
    String update(@PathVariable String creditCode, @ModelAttribute("form") EnterpriseForm form, Model model) {
        UserScope scope = currentUser.scope();
        try {
            Enterprise updated = enterprises.update(creditCode, form, scope);
            return "redirect:/enterprises/" + updated.creditCode();
        } catch (EnterpriseValidationException e) {
            EnterpriseForm shown = new EnterpriseForm(
                    creditCode,
                    form.name(),
                    form.countyCode(),
                    form.industryClass(),
                    form.aboveSizeSince(),
                    form.entryKind(),
                    form.keyEnterprise(),
                    form.pollutionGrade(),
                    form.airPolluting(),
                    form.chainCodes(),
                    form.contactPerson(),
                    form.contactPhone(),
                    form.address(),
                    form.legacyCodeReason());
            return form(shown, errors(e), false, scope, model);
        }
    }

    private void requireRegister(UserScope scope) {
        if (!enterprises.mayRegister(scope)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private String form(
            EnterpriseForm form, Map<String, String> errors, boolean creating, UserScope scope, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("creating", creating);
        model.addAttribute("admin", scope.role() == Role.CITY_ADMIN);
        model.addAttribute("counties", enterprises.writableCounties(scope));
        model.addAttribute("divisions", enterprises.divisions());
        model.addAttribute("chains", enterprises.chains());
        model.addAttribute("grades", PollutionGrade.values());
        model.addAttribute("entryKinds", AboveSizeEntry.values());
        return "enterprise/form";
    }

    /** Field name to message code; the first problem of each field. */
    private static Map<String, String> errors(EnterpriseValidationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.code()));
        return errors;
    }
}
