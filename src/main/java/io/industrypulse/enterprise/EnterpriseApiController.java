package io.industrypulse.enterprise;

import io.industrypulse.account.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/enterprises}: the registry as JSON, filtered by the caller's scope. */
@RestController
@RequestMapping("/api/v1/enterprises")
class EnterpriseApiController {

    private final EnterpriseService enterprises;
    private final CurrentUser currentUser;

    EnterpriseApiController(EnterpriseService enterprises, CurrentUser currentUser) {
        this.enterprises = enterprises;
        this.currentUser = currentUser;
    }

    /**
     * One page ({@code items}, {@code page}, {@code size}, {@code total}) of the enterprises in the caller's scope
     * matching the filters.
     *
     * @param county only this county's (GB/T 2260 code)
     * @param industry only this industry division (GB/T 4754, 2 digits)
     * @param tag {@code key} (重点企业), {@code air} (涉气), {@code grade:A} to {@code grade:D}, or {@code chain:<code>}
     * @param q a part of the name or of the credit code
     * @param page the page, from 1
     */
    @GetMapping
    EnterprisePage search(
            @RequestParam(required = false) String county,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page) {
        try {
            return enterprises.search(new EnterpriseQuery(county, industry, tag, q, page), currentUser.scope());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    /**
     * The enterprise with its above-size history and chains; 404 when unknown or outside the caller's scope.
     *
     * @param creditCode the unified social credit code (GB 32100, 18 characters)
     */
    @GetMapping("/{creditCode}")
    EnterpriseDetail find(@PathVariable String creditCode) {
        return enterprises
                .find(creditCode, currentUser.scope())
                .orElseThrow(() -> new EnterpriseNotFoundException(creditCode));
    }
}
