package io.industrypulse.planning;

import io.industrypulse.i18n.Messages;
import io.industrypulse.report.FigureText;
import io.industrypulse.report.ReportBody;
import io.industrypulse.report.ReportKind;
import io.industrypulse.report.ReportPart;
import io.industrypulse.report.ReportRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The first concerns of 四、需关注的问题 in the analysis report: the month's warnings as the warnings page counts them
 * (in the document's scope), the county-level ones in a table, and the reporting coverage (应统尽统) of the reporting
 * page with the counties furthest behind.
 */
@Component
class ConcernsPart extends ReportPart {

    private static final int LISTED = 3;

    private final WarningService warnings;
    private final ReportingService reporting;
    private final FigureText fig;

    ConcernsPart(WarningService warnings, ReportingService reporting, FigureText fig) {
        super(ReportKind.ANALYSIS, 410);
        this.warnings = warnings;
        this.reporting = reporting;
        this.fig = fig;
    }

    @Override
    public void write(ReportRequest request, ReportBody body) {
        List<Warning> all = warnings.warnings(request.period(), request.scope());
        String scopeName = Messages.get(request.city() ? "report.city" : "report.county");
        if (!all.isEmpty()) {
            Map<WarningRule, Integer> byRule = new EnumMap<>(WarningRule.class);
            int enterprises = 0;
            List<Warning> regional = new ArrayList<>();
            for (Warning w : all) {
                byRule.merge(w.rule(), 1, Integer::sum);
                if (w.creditCode() != null || w.projectCode() != null) {
                    enterprises++;
                } else {
                    regional.add(w);
                }
            }
            List<String> parts = new ArrayList<>();
            byRule.forEach((rule, n) -> parts.add(Messages.get(
                    "report.concerns.rule",
                    Messages.get("planning.warning." + rule.code()),
                    body.traced(
                            String.valueOf(n),
                            scopeName,
                            Messages.get("report.field.warnings") + "·"
                                    + Messages.get("planning.warning." + rule.code())))));
            body.subheading(Messages.get("report.concerns.warnings.heading"));
            body.paragraph(Messages.get(
                    "report.concerns.warnings",
                    fig.month(request.period()),
                    body.traced(String.valueOf(all.size()), scopeName, Messages.get("report.field.warnings")),
                    regional.size(),
                    enterprises,
                    String.join(Messages.get("report.separator"), parts)));
            if (!regional.isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (Warning w : regional) {
                    rows.add(List.of(
                            Messages.get("planning.warning." + w.rule().code()),
                            w.regionName(),
                            fig.decimals(w.value(), 1),
                            fig.decimals(w.threshold(), 1)));
                }
                body.table(
                        Messages.get("report.concerns.warnings.caption", fig.month(request.period())),
                        List.of(
                                Messages.get("report.concerns.rule.header"),
                                Messages.get("report.concerns.region.header"),
                                Messages.get("report.concerns.value.header"),
                                Messages.get("report.concerns.threshold.header")),
                        rows);
            }
        }

        ReportingProgress progress = reporting.progress(request.period(), request.scope());
        // a county's version: its own row is its total
        ReportingProgress.County total = progress.total() != null
                ? progress.total()
                : progress.counties().size() == 1 ? progress.counties().get(0) : null;
        if (total != null && total.coverage() != null) {
            List<ReportingProgress.County> behind = progress.counties().stream()
                    .filter(c -> c.coverage() != null && c.coverage().compareTo(BigDecimal.valueOf(100)) < 0)
                    .sorted(Comparator.comparing(ReportingProgress.County::coverage))
                    .limit(request.city() ? LISTED : 0)
                    .toList();
            String group = request.city() ? Messages.get("report.city") : total.countyName();
            body.subheading(Messages.get("report.concerns.coverage.heading"));
            String text = Messages.get(
                    "report.concerns.coverage",
                    fig.month(request.period()),
                    body.traced(String.valueOf(total.directory()), group, Messages.get("report.field.directory")),
                    body.traced(String.valueOf(total.reported()), group, Messages.get("report.field.reported")),
                    body.traced(fig.decimals(total.coverage(), 1), group, Messages.get("report.field.coverage")));
            if (!behind.isEmpty()) {
                text += Messages.get(
                        "report.concerns.coverage.behind",
                        String.join(
                                Messages.get("report.separator"),
                                behind.stream()
                                        .map(c -> Messages.get(
                                                "report.concerns.coverage.one",
                                                c.countyName(),
                                                body.traced(
                                                        fig.decimals(c.coverage(), 1),
                                                        c.countyName(),
                                                        Messages.get("report.field.coverage")),
                                                c.missing()))
                                        .toList()));
            }
            body.paragraph(text);
        }
    }
}
