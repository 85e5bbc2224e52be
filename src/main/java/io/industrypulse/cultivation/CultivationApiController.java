package io.industrypulse.cultivation;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.ListPage;
import io.industrypulse.account.ShownTime;
import java.time.Clock;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/cultivation}: the pool in the caller's scope, the net increase of a year, the batch calendar. */
@RestController
class CultivationApiController {

    private final CultivationService service;
    private final CurrentUser currentUser;
    private final Clock clock;

    CultivationApiController(CultivationService service, CurrentUser currentUser, Clock clock) {
        this.service = service;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The 小升规 pool (培育库) in the caller's scope with each enterprise's projection and class, 50 a page.
     *
     * @param county only this county's (GB/T 2260 code)
     * @param kind only this pool: {@code small} (小升规) or {@code new} (新建新投产)
     * @param industryClass only this industry (GB/T 4754 class, or its first digits)
     * @param batch only the enterprises applying in this batch
     * @param page the page, from 1
     */
    @GetMapping("/api/v1/cultivation/pool")
    ListPage<CultivationService.PoolRow> pool(
            @RequestParam(required = false) String county,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String industryClass,
            @RequestParam(required = false) Long batch,
            @RequestParam(defaultValue = "1") int page) {
        if (page < 1) {
            throw new IllegalArgumentException(io.industrypulse.i18n.Messages.get("cultivation.error.page"));
        }
        return ListPage.of(
                service.pool(CultivationController.filter(county, kind, industryClass, batch), currentUser.scope()),
                page);
    }

    /**
     * The city's and each county's entries, exits and net increase of above-size enterprises in the year, against the
     * task.
     *
     * @param year the year; this year when left out
     */
    @GetMapping("/api/v1/cultivation/net-increase")
    List<CultivationService.NetIncrease> netIncrease(@RequestParam(required = false) Integer year) {
        return service.netIncrease(year == null ? ShownTime.today(clock).getYear() : year, currentUser.scope());
    }

    /** The 小升规 batches (申报批次) with their applications. */
    @GetMapping("/api/v1/cultivation/batches")
    List<Batch> batches() {
        CultivationService.requireRead(currentUser.scope());
        return service.batches();
    }
}
