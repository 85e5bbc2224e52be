package io.industrypulse.monitor;

import io.industrypulse.engine.MonthlyPlan;
import io.industrypulse.engine.TargetStatus;
import io.industrypulse.i18n.Messages;
import io.industrypulse.report.FigureText;
import io.industrypulse.report.ReportBody;
import io.industrypulse.report.ReportKind;
import io.industrypulse.report.ReportRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What each county must deliver for its target (DESIGN.md section 5, required growth and value still needed; the
 * monthly plan of the county page for the coming month): 五、下步工作建议 of the analysis report in sentences, and
 * 三、下月目标任务 of the meeting brief as a table. The city's version lists the city and every county, a county's version
 * its own.
 */
abstract class NextStepsPart extends SnapshotPart {

    NextStepsPart(ReportKind kind, int order, ReportSnapshots snapshots, FigureText fig) {
        super(kind, order, snapshots, fig);
    }

    /** One region's task for the rest of the year and the coming month. */
    record Task(
            String name,
            double target,
            Double cum,
            Double required,
            Double stillNeeded,
            Double nextGrowth,
            Double nextValue) {}

    List<Task> tasks(ReportRequest request, ReportSnapshots.Shown shown) {
        List<Task> tasks = new ArrayList<>();
        GrowthSnapshot snapshot = shown.snapshot();
        int month = shown.month();
        if (month >= 12) {
            return tasks;
        }
        if (request.city()) {
            task(shown, -1, snapshot.labels().cityCode()).ifPresent(tasks::add);
        }
        List<String> counties = snapshot.labels().countyCodes();
        for (int k = 0; k < counties.size(); k++) {
            if (request.city()
                    ? request.scope().coversCounty(counties.get(k))
                    : counties.get(k).equals(request.county())) {
                task(shown, k, counties.get(k)).ifPresent(tasks::add);
            }
        }
        return tasks;
    }

    private Optional<Task> task(ReportSnapshots.Shown shown, int county, String code) {
        GrowthSnapshot snapshot = shown.snapshot();
        int month = shown.month();
        io.industrypulse.engine.MonthFigures f = county < 0
                ? snapshot.result().city().month(month)
                : snapshot.result().county(county).month(month);
        Optional<TargetStatus> status = f.targetStatus();
        if (status.isEmpty()) {
            return Optional.empty();
        }
        double target = status.get().target();
        MonthlyPlan plan = snapshot.plan(county, target, month);
        MonthlyPlan.Month next = plan.month(month + 1);
        return Optional.of(new Task(
                shown.name(code),
                target,
                MonitorViews.published(f.cumGrowth()),
                MonitorViews.published(status.get().requiredRestGrowth()),
                status.get().valueStillNeeded().isPresent()
                        ? status.get().valueStillNeeded().getAsDouble()
                        : null,
                MonitorViews.published(next.monthGrowth()),
                next.comparable()));
    }

    @Component
    static class Analysis extends NextStepsPart {

        Analysis(ReportSnapshots snapshots, FigureText fig) {
            super(ReportKind.ANALYSIS, 500, snapshots, fig);
        }

        @Override
        void write(ReportRequest request, ReportSnapshots.Shown shown, ReportBody body) {
            List<Task> tasks = tasks(request, shown);
            if (tasks.isEmpty()) {
                return;
            }
            int month = shown.month();
            body.paragraph(Messages.get("report.next.intro", month + 1));
            for (Task t : tasks) {
                body.paragraph(Messages.get(
                        "report.next.one",
                        t.name(),
                        body.traced(fig.decimals(t.target(), 1), t.name(), Messages.get("report.field.target")),
                        month + 1,
                        body.traced(fig.required(t.required()), t.name(), Messages.get("report.field.required")),
                        body.traced(fig.amount(t.stillNeeded()), t.name(), Messages.get("report.field.stillNeeded")),
                        body.traced(
                                fig.decimals(t.nextGrowth(), 1),
                                t.name(),
                                (month + 1) + Messages.get("report.field.planGrowth")),
                        body.traced(
                                fig.amount(t.nextValue()),
                                t.name(),
                                (month + 1) + Messages.get("report.field.planValue"))));
            }
        }
    }

    @Component
    static class Brief extends NextStepsPart {

        Brief(ReportSnapshots snapshots, FigureText fig) {
            super(ReportKind.BRIEF, 300, snapshots, fig);
        }

        @Override
        void write(ReportRequest request, ReportSnapshots.Shown shown, ReportBody body) {
            List<Task> tasks = tasks(request, shown);
            if (tasks.isEmpty()) {
                return;
            }
            int next = shown.month() + 1;
            List<List<String>> rows = new ArrayList<>();
            for (Task t : tasks) {
                rows.add(List.of(
                        t.name(),
                        fig.decimals(t.target(), 1),
                        fig.decimals(t.cum(), 1),
                        body.traced(fig.decimals(t.required(), 1), t.name(), Messages.get("report.field.required")),
                        body.traced(
                                fig.decimals(t.nextGrowth(), 1),
                                t.name(),
                                next + Messages.get("report.field.planGrowth")),
                        body.traced(
                                fig.grouped(t.nextValue(), 1), t.name(), next + Messages.get("report.field.planValue")),
                        body.traced(
                                fig.grouped(t.stillNeeded(), 1), t.name(), Messages.get("report.field.stillNeeded"))));
            }
            body.paragraph(Messages.get("report.brief.tasks.intro", next));
            body.table(
                    Messages.get("report.brief.tasks.caption", next),
                    List.of(
                            Messages.get("report.ranking.county"),
                            Messages.get("report.ranking.target"),
                            Messages.get("report.ranking.cum", fig.cumulativeMonths(request.period())),
                            Messages.get("report.brief.tasks.required", next),
                            Messages.get("report.brief.tasks.nextGrowth", next),
                            Messages.get("report.brief.tasks.nextValue", next),
                            Messages.get("report.brief.tasks.stillNeeded", next)),
                    rows);
        }
    }
}
