package io.industrypulse.monitor;

import io.industrypulse.engine.MonthFigures;
import io.industrypulse.engine.TargetStatus;
import io.industrypulse.i18n.Messages;
import io.industrypulse.report.FigureText;
import io.industrypulse.report.ReportBody;
import io.industrypulse.report.ReportDocument;
import io.industrypulse.report.ReportKind;
import io.industrypulse.report.ReportRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * 一、总体情况 of the analysis report: the headline sentence of the overview page (cumulative and month growth against
 * the target and the province), for a county also its place in the city, and the trend chart of the overview page.
 */
@Component
class AnalysisOverviewPart extends SnapshotPart {

    AnalysisOverviewPart(ReportSnapshots snapshots, FigureText fig) {
        super(ReportKind.ANALYSIS, 100, snapshots, fig);
    }

    @Override
    void write(ReportRequest request, ReportSnapshots.Shown shown, ReportBody body) {
        GrowthSnapshot snapshot = shown.snapshot();
        int month = shown.month();
        MonthFigures f = shown.figures();
        String region = shown.name(shown.code());
        String scopeName = request.city() ? Messages.get("report.city") : region;
        Double cum = MonitorViews.published(f.cumGrowth());
        Double monthGrowth = MonitorViews.monthGrowth(f, month);
        Double target = f.targetStatus().map(TargetStatus::target).orElse(null);
        Double province = MonitorViews.benchmark(snapshot, month, true);
        String months = fig.cumulativeMonths(request.period());
        body.traced(fig.decimals(cum, 1), region, months + Messages.get("report.field.cumGrowth"));
        if (target != null) {
            body.traced(fig.decimals(target, 1), region, Messages.get("report.field.target"));
        }
        if (province != null) {
            body.traced(
                    fig.decimals(province, 1),
                    Messages.get("report.province"),
                    months + Messages.get("report.field.officialCum"));
        }
        if (month > 2 && monthGrowth != null) {
            body.traced(fig.decimals(monthGrowth, 1), region, month + Messages.get("report.field.monthGrowth"));
        }
        StringBuilder text =
                new StringBuilder(fig.headline(request.period(), scopeName, cum, target, province, monthGrowth));
        if (!request.city()) {
            Double city =
                    MonitorViews.published(snapshot.result().city().month(month).cumGrowth());
            if (f.rank().isPresent() && city != null) {
                text.append(Messages.get(
                        "report.overview.county",
                        body.traced(String.valueOf(f.rank().getAsInt()), region, Messages.get("report.field.rank")),
                        snapshot.labels().countyCodes().size(),
                        fig.against(cum, city, Messages.get("report.city"))));
                body.traced(
                        fig.decimals(city, 1),
                        Messages.get("report.city"),
                        months + Messages.get("report.field.cumGrowth"));
            }
        }
        f.targetStatus().ifPresent(status -> {
            Double required = MonitorViews.published(status.requiredRestGrowth());
            if (required != null && month < 12) {
                text.append(Messages.get(
                        "report.overview.required",
                        month + 1,
                        body.traced(fig.required(required), region, Messages.get("report.field.required"))));
            }
        });
        body.paragraph(text.toString());

        List<String> categories = new ArrayList<>();
        for (int m = PageSupport.FIRST_MONTH; m <= 12; m++) {
            categories.add(shown.support().cumShortLabel(m, Locale.SIMPLIFIED_CHINESE));
        }
        List<ReportDocument.Series> series = new ArrayList<>();
        series.add(new ReportDocument.Series(
                Messages.get("report.chart.thisYear", request.period().getYear()),
                pad(MonitorViews.cumPath(shown.group(), month))));
        shown.support()
                .lastYearGroup(snapshot, shown.code())
                .ifPresent(g -> series.add(new ReportDocument.Series(
                        Messages.get("report.chart.lastYear", request.period().getYear() - 1),
                        pad(MonitorViews.cumPath(g, 12)))));
        if (target != null && month < 12) {
            series.add(new ReportDocument.Series(
                    Messages.get("report.chart.path"),
                    MonitorViews.targetPath(snapshot, shown.county(), target, month)));
        }
        body.chart(
                Messages.get("report.chart.trend", scopeName), categories, series, Messages.get("report.chart.unit"));
    }

    /** A path of months 2..M padded with nothing to months 2..12, as the chart's categories run. */
    private static List<Double> pad(List<Double> path) {
        List<Double> padded = new ArrayList<>(path);
        while (padded.size() < 12 - PageSupport.FIRST_MONTH + 1) {
            padded.add(null);
        }
        return padded;
    }
}
