package io.industrypulse.planning;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.monitor.MonitorService;
import io.industrypulse.target.TargetService;
import java.math.BigDecimal;
import java.time.Year;
import org.springframework.stereotype.Service;

/** Monthly plans of the city and the counties, recomputed from the latest snapshot (DESIGN.md section 5). */
@Service
public class PlanService {

    private final MonitorService monitor;
    private final TargetService targets;
    private final CurrentUser currentUser;

    PlanService(MonitorService monitor, TargetService targets, CurrentUser currentUser) {
        this.monitor = monitor;
        this.targets = targets;
        this.currentUser = currentUser;
    }

    /**
     * The plan of a region (the city, or a county the caller may see) for a year with data and a target.
     *
     * @throws PlanningNotFoundException for an unknown region, another county, no data or no target
     */
    public RegionPlan plan(String regionCode, Year year) {
        UserScope scope = currentUser.scope();
        SnapshotView view = monitor.snapshot(year)
                .map(SnapshotView::new)
                .orElseThrow(() -> new PlanningNotFoundException(Messages.get("planning.error.noYearData", year)));
        int index = view.index(regionCode);
        if (index == -2 || (index >= 0 && !scope.coversCounty(regionCode))) {
            throw new PlanningNotFoundException(Messages.get("planning.error.noRegion", regionCode));
        }
        BigDecimal target = targets.growthTarget(year, regionCode)
                .orElseThrow(
                        () -> new PlanningNotFoundException(Messages.get("planning.error.noTarget", regionCode, year)));
        return new RegionPlan(
                year.getValue(),
                regionCode,
                view.name(regionCode),
                view.plan(index, target.doubleValue(), Math.min(view.lastMonth(), 12)));
    }
}
