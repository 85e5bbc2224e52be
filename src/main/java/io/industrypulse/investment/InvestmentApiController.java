package io.industrypulse.investment;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.ListPage;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/projects} and {@code /api/v1/investment/summary}: the ledger in the caller's scope with each project's
 * plan, completion and time progress in a month (default: the latest with progress), one project with its months, and
 * the counties' and the city's summary.
 */
@RestController
class InvestmentApiController {

    private final InvestmentService service;
    private final CurrentUser currentUser;

    InvestmentApiController(InvestmentService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    /**
     * The projects of the investment ledger in the caller's scope matching the filters, with the month's progress, 50
     * a page.
     *
     * @param county only this county's (GB/T 2260 code)
     * @param kind only this kind of project
     * @param stage only projects at this stage
     * @param inStatistics only projects in (or out of) the investment statistics (入统)
     * @param behind only projects behind the time progress (or not)
     * @param major only major projects (or not)
     * @param period the month of the progress, {@code YYYY-MM}; the latest when left out
     * @param page the page, from 1
     */
    @GetMapping("/api/v1/projects")
    ListPage<InvestmentService.ProjectRow> projects(
            @RequestParam(required = false) @Nullable String county,
            @RequestParam(required = false) @Nullable ProjectKind kind,
            @RequestParam(required = false) @Nullable ProjectStage stage,
            @RequestParam(name = "in_statistics", required = false) @Nullable Boolean inStatistics,
            @RequestParam(required = false) @Nullable Boolean behind,
            @RequestParam(required = false) @Nullable Boolean major,
            @RequestParam(required = false) @Nullable YearMonth period,
            @RequestParam(defaultValue = "1") int page) {
        if (page < 1) {
            throw new IllegalArgumentException(Messages.get("investment.error.page"));
        }
        UserScope scope = currentUser.scope();
        return ListPage.of(
                service.projects(
                        new InvestmentService.Filter(county, kind, stage, inStatistics, behind, major),
                        period == null ? service.defaultPeriod() : period,
                        scope),
                page);
    }

    /**
     * One project with its months of the year through the month.
     *
     * @param code the project's code
     * @param period the month {@code YYYY-MM}; the latest when left out
     */
    @GetMapping("/api/v1/projects/{code}")
    InvestmentService.ProjectDetail project(
            @PathVariable String code, @RequestParam(required = false) @Nullable YearMonth period) {
        return service.detail(code, period == null ? service.defaultPeriod() : period, currentUser.scope())
                .orElseThrow(() -> new ProjectNotFoundException(Messages.get("investment.error.notFound", code)));
    }

    /**
     * What the projects going into production bring to each county's and the city's growth next year (on the latest
     * snapshot); 404 before any data.
     */
    @GetMapping("/api/v1/investment/outlook")
    InvestmentService.Outlook outlook() {
        return service.outlook(currentUser.scope())
                .orElseThrow(() -> new ProjectNotFoundException(Messages.get("investment.outlook.none")));
    }

    /**
     * The counties', the kinds' and the city's figures in the month (public aggregates); with {@code county}, the
     * counties narrowed to that one (the kinds and the city stay whole).
     *
     * @param county only this county among the counties (GB/T 2260 code)
     * @param period the month {@code YYYY-MM}; the latest when left out
     */
    @GetMapping("/api/v1/investment/summary")
    InvestmentService.Summary summary(
            @RequestParam(required = false) @Nullable String county,
            @RequestParam(required = false) @Nullable YearMonth period) {
        InvestmentService.Summary summary =
                service.summary(period == null ? service.defaultPeriod() : period, currentUser.scope());
        if (county == null || county.isBlank()) {
            return summary;
        }
        List<InvestmentService.GroupFigures> one = summary.counties().stream()
                .filter(c -> c.code().equals(county.strip()))
                .toList();
        if (one.isEmpty()) {
            throw new IllegalArgumentException(
                    Messages.get("investment.error.county", Messages.get("investment.field.countyCode"), county));
        }
        return new InvestmentService.Summary(summary.period(), one, summary.kinds(), summary.city());
    }
}
