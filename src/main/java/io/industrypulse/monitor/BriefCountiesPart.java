package io.industrypulse.monitor;

import io.industrypulse.engine.Classification;
import io.industrypulse.i18n.Messages;
import io.industrypulse.report.FigureText;
import io.industrypulse.report.ReportBody;
import io.industrypulse.report.ReportKind;
import io.industrypulse.report.ReportRequest;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 二、县（市、区）分类情况 of the meeting brief: the three classes with their names, as the leader reads them out, and the
 * 两个不低于 count; the counties' figures are city-wide rankings, public to every role.
 */
@Component
class BriefCountiesPart extends SnapshotPart {

    BriefCountiesPart(ReportSnapshots snapshots, FigureText fig) {
        super(ReportKind.BRIEF, 200, snapshots, fig);
    }

    @Override
    void write(ReportRequest request, ReportSnapshots.Shown shown, ReportBody body) {
        List<RankingRow> rows = MonitorViews.ranking(shown.snapshot(), shown.month(), request.scope());
        List<String> onTrack = AnalysisCountiesPart.names(rows, Classification.ON_TRACK);
        List<String> below = AnalysisCountiesPart.names(rows, Classification.BELOW_TARGET);
        List<String> negative = AnalysisCountiesPart.names(rows, Classification.NEGATIVE);
        String group = Messages.get("report.counties");
        body.traced(String.valueOf(onTrack.size()), group, Messages.get("report.field.onTrack"));
        body.traced(String.valueOf(below.size()), group, Messages.get("report.field.below"));
        body.traced(String.valueOf(negative.size()), group, Messages.get("report.field.negative"));
        body.paragraph(fig.classes(onTrack, below, negative));
    }

    /** 四、进度滞后的县（市、区）: the five counties furthest below their targets, for the leader to name. */
    @Component
    static class MostBehind extends SnapshotPart {

        static final int SHOWN = 5;

        MostBehind(ReportSnapshots snapshots, FigureText fig) {
            super(ReportKind.BRIEF, 400, snapshots, fig);
        }

        @Override
        void write(ReportRequest request, ReportSnapshots.Shown shown, ReportBody body) {
            String months = fig.cumulativeMonths(request.period());
            List<RankingRow> behind = MonitorViews.ranking(shown.snapshot(), shown.month(), request.scope()).stream()
                    .filter(r -> r.gap() != null && r.gap() < 0)
                    .sorted(Comparator.comparingDouble(RankingRow::gap).thenComparing(RankingRow::code))
                    .limit(SHOWN)
                    .toList();
            if (behind.isEmpty()) {
                body.paragraph(Messages.get("report.brief.behind.none"));
                return;
            }
            List<String> texts = behind.stream()
                    .map(r -> Messages.get(
                            "report.brief.behind.one",
                            r.name(),
                            body.traced(
                                    fig.decimals(r.cumGrowth(), 1),
                                    r.name(),
                                    months + Messages.get("report.field.cumGrowth")),
                            body.traced(fig.decimals(-r.gap(), 1), r.name(), Messages.get("report.field.gapBelow")),
                            body.traced(fig.required(r.required()), r.name(), Messages.get("report.field.required"))))
                    .toList();
            body.paragraph(Messages.get(
                    "report.brief.behind", behind.size(), String.join(Messages.get("report.semicolon"), texts)));
        }
    }
}
