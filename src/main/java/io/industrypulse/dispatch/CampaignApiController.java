package io.industrypulse.dispatch;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.ListPage;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 百日攻坚 over the API: {@code GET /api/v1/campaigns}, {@code GET /api/v1/campaigns/{id}/bulletin?week=} (the figures
 * at the week's end, per county and department, and the bulletin's text) and {@code GET /api/v1/visits} (in scope).
 */
@RestController
class CampaignApiController {

    private final CampaignService campaigns;
    private final CurrentUser currentUser;

    CampaignApiController(CampaignService campaigns, CurrentUser currentUser) {
        this.campaigns = campaigns;
        this.currentUser = currentUser;
    }

    /** The 百日攻坚 campaigns, newest first. */
    @GetMapping("/api/v1/campaigns")
    List<Campaign> list() {
        return campaigns.list();
    }

    /**
     * A campaign's weekly bulletin (周通报): tickets, visits and the counties' progress in that week, in the caller's
     * scope.
     *
     * @param id the campaign's number
     * @param week the campaign's week, from 1
     */
    @GetMapping("/api/v1/campaigns/{id}/bulletin")
    Bulletin bulletin(@PathVariable long id, @RequestParam int week) {
        return campaigns.bulletin(id, week, currentUser.scope());
    }

    /**
     * The enterprise visits (走访) in the caller's scope, newest first, 50 a page.
     *
     * @param page the page, from 1
     */
    @GetMapping("/api/v1/visits")
    ListPage<Visit> visits(@RequestParam(defaultValue = "1") int page) {
        return ListPage.of(campaigns.visits(currentUser.scope()), page);
    }
}
