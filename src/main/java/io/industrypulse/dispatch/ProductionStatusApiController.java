package io.industrypulse.dispatch;

import io.industrypulse.account.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/production-status?county=}: stopped and limited enterprises in the caller's scope. */
@RestController
class ProductionStatusApiController {

    private final ProductionStatusService service;
    private final CurrentUser currentUser;

    ProductionStatusApiController(ProductionStatusService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    /**
     * The production status (在产, 停产, 半停产) last reported for the enterprises in the caller's scope.
     *
     * @param county only this county's enterprises (GB/T 2260 code)
     */
    @GetMapping("/api/v1/production-status")
    List<ProductionStatusEntry> list(@RequestParam(required = false) String county) {
        return service.list(county == null || county.isBlank() ? null : county, currentUser.scope());
    }
}
