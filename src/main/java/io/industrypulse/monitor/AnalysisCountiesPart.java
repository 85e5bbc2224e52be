package io.industrypulse.monitor;

import io.industrypulse.engine.Classification;
import io.industrypulse.i18n.Messages;
import io.industrypulse.report.FigureText;
import io.industrypulse.report.ReportBody;
import io.industrypulse.report.ReportKind;
import io.industrypulse.report.ReportRequest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * 二、分县区情况 of the analysis report: the 大排队 table of the ranking page, the three classes in the words of the
 * dispatch meeting, 两个不低于, the rank changes and, from October, 四季度好于三季度. City-wide rankings are public to
 * every role, so a county's version shows them too.
 */
@Component
class AnalysisCountiesPart extends SnapshotPart {

    AnalysisCountiesPart(ReportSnapshots snapshots, FigureText fig) {
        super(ReportKind.ANALYSIS, 200, snapshots, fig);
    }

    @Override
    void write(ReportRequest request, ReportSnapshots.Shown shown, ReportBody body) {
        int month = shown.month();
        List<RankingRow> rows = MonitorViews.ranking(shown.snapshot(), month, request.scope());
        String months = fig.cumulativeMonths(request.period());
        body.paragraph(classes(rows, body));

        List<String> two = new ArrayList<>();
        boolean anyTwo = false;
        for (RankingRow r : rows) {
            if (r.notBelowTarget() != null && r.notBelowProvince() != null && r.notBelowCity() != null) {
                anyTwo = true;
                if (r.notBelowTarget() && r.notBelowProvince() && r.notBelowCity()) {
                    two.add(r.name());
                }
            }
        }
        if (anyTwo) {
            body.paragraph(
                    two.isEmpty()
                            ? Messages.get("report.counties.two.none")
                            : Messages.get(
                                    "report.counties.two",
                                    body.traced(
                                            String.valueOf(two.size()),
                                            Messages.get("report.counties"),
                                            Messages.get("report.field.twoNotBelow")),
                                    String.join(Messages.get("fig.classes.separator"), two)));
        }

        List<String> up = new ArrayList<>();
        List<String> down = new ArrayList<>();
        for (RankingRow r : rows) {
            if (r.rankChange() != null && r.rankChange() != 0) {
                String text = Messages.get("report.counties.moved", r.name(), Math.abs(r.rankChange()));
                (r.rankChange() > 0 ? up : down).add(text);
            }
        }
        if (month - 1 >= PageSupport.FIRST_MONTH) {
            body.paragraph(Messages.get(
                    "report.counties.moves",
                    up.isEmpty()
                            ? Messages.get("report.counties.moves.none")
                            : String.join(Messages.get("fig.classes.separator"), up),
                    down.isEmpty()
                            ? Messages.get("report.counties.moves.none")
                            : String.join(Messages.get("fig.classes.separator"), down)));
        }

        List<String> headers = List.of(
                Messages.get("report.ranking.rank"),
                Messages.get("report.ranking.county"),
                Messages.get("report.ranking.cum", months),
                Messages.get("report.ranking.change"),
                Messages.get("report.ranking.month", month),
                Messages.get("report.ranking.target"),
                Messages.get("report.ranking.gap"),
                Messages.get("report.ranking.two"),
                Messages.get("report.ranking.rankChange"));
        List<List<String>> table = new ArrayList<>();
        for (RankingRow r : rows) {
            table.add(List.of(
                    r.rank() == null
                            ? FigureText.NONE
                            : body.traced(String.valueOf(r.rank()), r.name(), Messages.get("report.field.rank")),
                    r.name(),
                    body.traced(
                            fig.decimals(r.cumGrowth(), 1), r.name(), months + Messages.get("report.field.cumGrowth")),
                    fig.signed(r.cumChange(), 1),
                    body.traced(
                            fig.decimals(r.monthGrowth(), 1),
                            r.name(),
                            month + Messages.get("report.field.monthGrowth")),
                    fig.decimals(r.target(), 1),
                    body.traced(fig.decimals(r.gap(), 1), r.name(), Messages.get("report.field.gap")),
                    mark(r.notBelowTarget(), r.notBelowProvince(), r.notBelowCity()),
                    fig.rankChange(r.rankChange())));
        }
        body.table(Messages.get("report.ranking.caption", months), headers, table);

        if (month >= 10) {
            List<String> better = new ArrayList<>();
            List<String> worse = new ArrayList<>();
            for (QuarterRow q : MonitorViews.quarters(shown.snapshot(), month, request.scope())) {
                if (!q.city() && q.fourthBetter() != null) {
                    (q.fourthBetter() ? better : worse).add(q.name());
                }
            }
            if (!better.isEmpty() || !worse.isEmpty()) {
                body.paragraph(Messages.get(
                        "report.counties.quarters",
                        better.size(),
                        better.isEmpty()
                                ? Messages.get("report.counties.moves.none")
                                : String.join(Messages.get("fig.classes.separator"), better),
                        worse.size(),
                        worse.isEmpty()
                                ? Messages.get("report.counties.moves.none")
                                : String.join(Messages.get("fig.classes.separator"), worse)));
            }
        }
    }

    /** The three-class sentence of the ranking page, its counts traced. */
    private String classes(List<RankingRow> rows, ReportBody body) {
        List<String> onTrack = names(rows, Classification.ON_TRACK);
        List<String> below = names(rows, Classification.BELOW_TARGET);
        List<String> negative = names(rows, Classification.NEGATIVE);
        String group = Messages.get("report.counties");
        body.traced(String.valueOf(onTrack.size()), group, Messages.get("report.field.onTrack"));
        body.traced(String.valueOf(below.size()), group, Messages.get("report.field.below"));
        body.traced(String.valueOf(negative.size()), group, Messages.get("report.field.negative"));
        return fig.classes(onTrack, below, negative);
    }

    static List<String> names(List<RankingRow> rows, Classification c) {
        return rows.stream()
                .filter(r -> c.code().equals(r.classification()))
                .map(RankingRow::name)
                .toList();
    }

    private static String mark(@Nullable Boolean target, @Nullable Boolean province, @Nullable Boolean city) {
        if (target == null || province == null || city == null) {
            return FigureText.NONE;
        }
        return Messages.get(target && province && city ? "report.yes" : "report.no");
    }
}
