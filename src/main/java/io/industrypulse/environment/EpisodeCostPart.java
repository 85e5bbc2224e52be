package io.industrypulse.environment;

import io.industrypulse.i18n.Messages;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionService;
import io.industrypulse.report.FigureText;
import io.industrypulse.report.ReportBody;
import io.industrypulse.report.ReportKind;
import io.industrypulse.report.ReportPart;
import io.industrypulse.report.ReportRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * In 四、需关注的问题: what the month's heavy-pollution alert episodes cost, per county as the county page's card
 * says it (DESIGN.md section 5.1: loss valued at comparable prices, in points of the county's growth), and the
 * city's sum of the counties' losses.
 */
@Component
class EpisodeCostPart extends ReportPart {

    private final EpisodePlans plans;
    private final RegionService regions;
    private final FigureText fig;

    EpisodeCostPart(EpisodePlans plans, RegionService regions, FigureText fig) {
        super(ReportKind.ANALYSIS, 440);
        this.plans = plans;
        this.regions = regions;
        this.fig = fig;
    }

    @Override
    public void write(ReportRequest request, ReportBody body) {
        if (!EnvironmentService.mayRead(request.scope())) {
            return;
        }
        List<Region> counties = request.city()
                ? regions.counties()
                : regions.find(request.county()).stream().toList();
        BigDecimal total = BigDecimal.ZERO;
        Set<Long> episodes = new HashSet<>();
        List<String> texts = new ArrayList<>();
        for (Region county : counties) {
            BigDecimal month = BigDecimal.ZERO;
            Double points = null;
            for (EpisodePlans.CountyCost cost : plans.countyCosts(county.code(), request.period(), request.scope())) {
                episodes.add(cost.episode().id());
                month = month.add(cost.monthValueAdded());
                if (cost.monthPoints() != null) {
                    points = (points == null ? 0 : points) + cost.monthPoints();
                }
            }
            if (month.signum() > 0) {
                total = total.add(month);
                texts.add(Messages.get(
                        "report.environment.one",
                        county.name(),
                        body.traced(fig.grouped(month, 1), county.name(), Messages.get("report.field.episodeValue")),
                        body.traced(
                                fig.decimals(points, 2), county.name(), Messages.get("report.field.episodePoints"))));
            }
        }
        if (episodes.isEmpty()) {
            return;
        }
        String group =
                request.city() ? Messages.get("report.city") : counties.get(0).name();
        body.subheading(Messages.get("report.environment.heading"));
        body.paragraph(Messages.get(
                "report.environment",
                fig.month(request.period()),
                body.traced(String.valueOf(episodes.size()), group, Messages.get("report.field.episodes")),
                body.traced(fig.amount(total), group, Messages.get("report.field.episodeValue")),
                texts.isEmpty()
                        ? Messages.get("report.counties.moves.none")
                        : String.join(Messages.get("report.separator"), texts)));
    }
}
