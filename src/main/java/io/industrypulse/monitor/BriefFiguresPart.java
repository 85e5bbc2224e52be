package io.industrypulse.monitor;

import io.industrypulse.engine.MonthFigures;
import io.industrypulse.engine.TargetStatus;
import io.industrypulse.i18n.Messages;
import io.industrypulse.report.FigureText;
import io.industrypulse.report.ReportBody;
import io.industrypulse.report.ReportKind;
import io.industrypulse.report.ReportRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** 一、主要指标 of the meeting brief: the headline sentence and the key figures of the overview page in a table. */
@Component
class BriefFiguresPart extends SnapshotPart {

    BriefFiguresPart(ReportSnapshots snapshots, FigureText fig) {
        super(ReportKind.BRIEF, 100, snapshots, fig);
    }

    @Override
    void write(ReportRequest request, ReportSnapshots.Shown shown, ReportBody body) {
        MonthFigures f = shown.figures();
        int month = shown.month();
        String region = shown.name(shown.code());
        String scopeName = request.city() ? Messages.get("report.city") : region;
        String months = fig.cumulativeMonths(request.period());
        Double cum = MonitorViews.published(f.cumGrowth());
        Double monthGrowth = MonitorViews.monthGrowth(f, month);
        Double target = f.targetStatus().map(TargetStatus::target).orElse(null);
        Double province = MonitorViews.benchmark(shown.snapshot(), month, true);
        body.paragraph(fig.headline(request.period(), scopeName, cum, target, province, monthGrowth));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                Messages.get("report.brief.cum", months),
                body.traced(fig.decimals(cum, 1), region, months + Messages.get("report.field.cumGrowth"))));
        if (month > 2) {
            rows.add(List.of(
                    Messages.get("report.brief.month", month),
                    body.traced(
                            fig.decimals(monthGrowth, 1), region, month + Messages.get("report.field.monthGrowth"))));
        }
        if (target != null) {
            rows.add(List.of(
                    Messages.get("report.brief.target"),
                    body.traced(fig.decimals(target, 1), region, Messages.get("report.field.target"))));
            rows.add(List.of(
                    Messages.get("report.brief.gap"),
                    body.traced(
                            cum == null
                                    ? FigureText.NONE
                                    : fig.decimals(io.industrypulse.engine.Published.round(cum - target), 1),
                            region,
                            Messages.get("report.field.gap"))));
        }
        if (province != null) {
            rows.add(List.of(
                    Messages.get("report.brief.province", months),
                    body.traced(
                            fig.decimals(province, 1),
                            Messages.get("report.province"),
                            months + Messages.get("report.field.officialCum"))));
        }
        if (!request.city() && f.rank().isPresent()) {
            rows.add(List.of(
                    Messages.get("report.brief.rank"),
                    body.traced(String.valueOf(f.rank().getAsInt()), region, Messages.get("report.field.rank"))));
        }
        f.targetStatus().ifPresent(status -> {
            if (month < 12) {
                rows.add(List.of(
                        Messages.get("report.brief.required", month + 1),
                        body.traced(
                                fig.decimals(MonitorViews.published(status.requiredRestGrowth()), 1),
                                region,
                                Messages.get("report.field.required"))));
                rows.add(List.of(
                        Messages.get("report.brief.stillNeeded", month + 1),
                        body.traced(
                                status.valueStillNeeded().isPresent()
                                        ? fig.grouped(status.valueStillNeeded().getAsDouble(), 1)
                                        : FigureText.NONE,
                                region,
                                Messages.get("report.field.stillNeeded"))));
            }
        });
        body.table(
                Messages.get("report.brief.figures.caption", scopeName, months),
                List.of(Messages.get("report.brief.figure"), Messages.get("report.brief.value")),
                rows);
    }
}
