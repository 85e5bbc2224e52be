package io.industrypulse.dispatch;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.RegionService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The page of stopped and limited enterprises (停限产企业): the list of the user's scope and the form to report. */
@Controller
class ProductionStatusController {

    private final ProductionStatusService service;
    private final EnterpriseService enterprises;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProductionStatusController(
            ProductionStatusService service,
            EnterpriseService enterprises,
            RegionService regions,
            CurrentUser currentUser,
            Clock clock) {
        this.service = service;
        this.enterprises = enterprises;
        this.regions = regions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/dispatch/production")
    String page(@RequestParam(required = false) String county, Model model) {
        UserScope scope = currentUser.scope();
        String shown = county == null || county.isBlank() ? null : county;
        model.addAttribute("entries", service.list(shown, scope));
        model.addAttribute("county", shown);
        model.addAttribute("counties", enterprises.visibleCounties(scope));
        // county names are public; the entries are already limited to the caller's scope
        model.addAttribute("countyNames", regions.countyNames());
        model.addAttribute("writable", enterprises.writableCounties(scope));
        model.addAttribute("cityWide", scope.isCityWide());
        model.addAttribute("statuses", ProductionStatus.values());
        model.addAttribute("reasons", ProductionReason.values());
        model.addAttribute("today", io.industrypulse.account.ShownTime.today(clock));
        return "dispatch/production";
    }

    @PostMapping("/dispatch/production")
    String set(
            @RequestParam String creditCode,
            @RequestParam String status,
            @RequestParam String reason,
            @RequestParam String since,
            @RequestParam(required = false) String expectedResume,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String county,
            RedirectAttributes redirect) {
        service.requireWriter(currentUser.scope());
        try {
            ProductionStatusEntry saved = service.set(
                    new ProductionStatusChange(
                            creditCode,
                            choice(ProductionStatus.class, "dispatch.production.status", status),
                            choice(ProductionReason.class, "dispatch.production.reason", reason),
                            date("dispatch.production.since", since),
                            expectedResume == null || expectedResume.isBlank()
                                    ? null
                                    : date("dispatch.production.expectedResumeDate", expectedResume),
                            note),
                    currentUser.scope());
            redirect.addFlashAttribute("saved", saved.name());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(county);
    }

    @PostMapping("/dispatch/production/resume")
    String resume(
            @RequestParam String creditCode,
            @RequestParam(required = false) String county,
            RedirectAttributes redirect) {
        service.requireWriter(currentUser.scope());
        try {
            service.resume(creditCode, currentUser.scope());
            redirect.addFlashAttribute("resumed", creditCode);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(county);
    }

    /** A value of the form's select; a crafted one gets the field named instead of a bare 400. */
    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.get("dispatch.error.choice", Messages.get(field), value));
        }
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Messages.get("dispatch.error.date", Messages.get(field), value));
        }
    }

    private static String back(@Nullable String county) {
        return "redirect:"
                + UriComponentsBuilder.fromPath("/dispatch/production")
                        .queryParamIfPresent(
                                "county", java.util.Optional.ofNullable(county).filter(c -> !c.isBlank()))
                        .build()
                        .toUriString();
    }
}
