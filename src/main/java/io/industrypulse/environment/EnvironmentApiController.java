package io.industrypulse.environment;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.ListPage;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/environment}: the list in the caller's scope, the episodes, an episode's cost and its three plans,
 * and adopting one (DESIGN.md section 3a).
 */
@RestController
class EnvironmentApiController {

    private final EnvironmentService environment;
    private final EpisodePlans plans;
    private final CurrentUser currentUser;

    EnvironmentApiController(EnvironmentService environment, EpisodePlans plans, CurrentUser currentUser) {
        this.environment = environment;
        this.plans = plans;
        this.currentUser = currentUser;
    }

    /**
     * The listed enterprises (重点涉气企业清单) in the caller's scope, filtered, 50 a page.
     *
     * @param county only this county's (GB/T 2260 code)
     * @param industry only this key industry (e.g. {@code STEEL})
     * @param grade only this performance grade ({@code A}, {@code B}, {@code C}, {@code D})
     * @param guarantee {@code true} for the guaranteed enterprises (保障类) only
     * @param page the page, from 1
     */
    @GetMapping("/api/v1/environment/enterprises")
    ListPage<ListedEnterprise> enterprises(
            @RequestParam(required = false) String county,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String grade,
            @RequestParam(required = false) Boolean guarantee,
            @RequestParam(defaultValue = "1") int page) {
        if (page < 1) {
            throw new IllegalArgumentException(io.industrypulse.i18n.Messages.get("environment.error.page"));
        }
        return ListPage.of(
                environment.listed(
                        new EnvironmentService.ListFilter(county, industry, grade, guarantee), currentUser.scope()),
                page);
    }

    /** The heavy-pollution alerts (重污染天气预警) in the caller's scope, newest first. */
    @GetMapping("/api/v1/environment/episodes")
    List<Episode> episodes() {
        return environment.episodes(currentUser.scope());
    }

    /**
     * The episode's cost: its adopted plan, or the grade-based default until one is adopted.
     *
     * @param id the episode's number
     */
    @GetMapping("/api/v1/environment/episodes/{id}/impact")
    EpisodePlans.PlanView impact(@PathVariable long id) {
        return plans.impact(id, currentUser.scope());
    }

    /**
     * The uniform (一刀切), grade-based and optimised plans of the episode, with what each costs the counties' growth.
     *
     * @param id the episode's number
     */
    @GetMapping("/api/v1/environment/episodes/{id}/plans")
    EpisodePlans.Plans plans(@PathVariable long id) {
        return plans.plans(id, currentUser.scope());
    }

    /**
     * Adopts a plan for the episode; answers the plans after.
     *
     * @param id the episode's number
     * @param kind {@code uniform}, {@code by_grade} or {@code optimised}
     */
    @PostMapping("/api/v1/environment/episodes/{id}/plans/{kind}/adopt")
    EpisodePlans.Plans adopt(@PathVariable long id, @PathVariable String kind) {
        EnvironmentService.requireEdit(currentUser.scope());
        PlanKind plan = PlanKind.parse(kind);
        return plans.adopt(id, plan, currentUser.scope());
    }
}
