package io.industrypulse.investment;

import io.industrypulse.i18n.Messages;
import io.industrypulse.report.FigureText;
import io.industrypulse.report.ReportBody;
import io.industrypulse.report.ReportKind;
import io.industrypulse.report.ReportPart;
import io.industrypulse.report.ReportRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * In 四、需关注的问题: the project ledger as the summary page gives it (completion, 时序进度, projects behind it and not
 * started), and the projects furthest behind.
 */
@Component
class InvestmentReportPart extends ReportPart {

    private static final int LISTED = 5;

    private final InvestmentService investment;
    private final FigureText fig;

    InvestmentReportPart(InvestmentService investment, FigureText fig) {
        super(ReportKind.ANALYSIS, 450);
        this.investment = investment;
        this.fig = fig;
    }

    @Override
    public void write(ReportRequest request, ReportBody body) {
        if (!InvestmentService.mayRead(request.scope())) {
            return;
        }
        InvestmentService.Summary summary = investment.summary(request.period(), request.scope());
        Optional<InvestmentService.GroupFigures> figures = request.city()
                ? Optional.of(summary.city())
                : summary.counties().stream()
                        .filter(g -> g.code().equals(request.county()))
                        .findFirst();
        if (figures.isEmpty() || figures.get().projects() == 0) {
            return;
        }
        InvestmentService.GroupFigures g = figures.get();
        String group = Messages.get(request.city() ? "report.city" : "report.county");
        body.subheading(Messages.get("report.investment.heading"));
        String text = Messages.get(
                "report.investment",
                fig.month(request.period()),
                body.traced(String.valueOf(g.projects()), group, Messages.get("report.field.projects")),
                body.traced(fig.amount(g.planYear()), group, Messages.get("report.field.planYear")),
                body.traced(fig.amount(g.done()), group, Messages.get("report.field.done")),
                body.traced(fig.decimals(g.completion(), 1), group, Messages.get("report.field.completion")),
                fig.timeProgress(g.timeProgress()),
                body.traced(String.valueOf(g.behind()), group, Messages.get("report.field.behind")),
                body.traced(String.valueOf(g.notStarted()), group, Messages.get("report.field.notStarted")));
        List<InvestmentService.ProjectRow> behind = investment
                .projects(
                        new InvestmentService.Filter(request.county(), null, null, null, true, null),
                        request.period(),
                        request.scope())
                .stream()
                .filter(r -> r.timeProgress() != null)
                .sorted(Comparator.comparingDouble(InvestmentService.ProjectRow::timeProgress))
                .limit(LISTED)
                .toList();
        if (!behind.isEmpty()) {
            text += Messages.get(
                    "report.investment.behind",
                    String.join(
                            Messages.get("report.separator"),
                            behind.stream()
                                    .map(r -> Messages.get(
                                            "report.investment.one",
                                            r.project().name(),
                                            body.traced(
                                                    fig.timeProgress(r.timeProgress()),
                                                    r.project().name(),
                                                    Messages.get("report.field.timeProgress"))))
                                    .toList()));
        }
        body.paragraph(text);
    }
}
