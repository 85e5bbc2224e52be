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

    @GetMapping("/api/v1/campaigns")
    List<Campaign> list() {
        return campaigns.list();
    }

    @GetMapping("/api/v1/campaigns/{id}/bulletin")
    Bulletin bulletin(@PathVariable long id, @RequestParam int week) {
        return campaigns.bulletin(id, week, currentUser.scope());
    }

    @GetMapping("/api/v1/visits")
    ListPage<Visit> visits(@RequestParam(defaultValue = "1") int page) {
        return ListPage.of(campaigns.visits(currentUser.scope()), page);
    }
}
