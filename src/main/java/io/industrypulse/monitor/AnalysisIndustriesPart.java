package io.industrypulse.monitor;

import io.industrypulse.engine.EnterpriseSums;
import io.industrypulse.engine.MonthFigures;
import io.industrypulse.engine.TagGroup;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.i18n.Messages;
import io.industrypulse.report.FigureText;
import io.industrypulse.report.ReportBody;
import io.industrypulse.report.ReportKind;
import io.industrypulse.report.ReportRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 三、分行业和重点企业 of the analysis report: the divisions and industrial chains that pull most up and down (as the
 * overview and county pages list them), the 重点企业 group, the enterprises adding and losing most value added, and
 * those that produced nothing this month after producing a year ago.
 */
@Component
class AnalysisIndustriesPart extends SnapshotPart {

    private static final int LISTED = 5;

    AnalysisIndustriesPart(ReportSnapshots snapshots, FigureText fig) {
        super(ReportKind.ANALYSIS, 300, snapshots, fig);
    }

    @Override
    void write(ReportRequest request, ReportSnapshots.Shown shown, ReportBody body) {
        GrowthSnapshot snapshot = shown.snapshot();
        int month = shown.month();
        String months = fig.cumulativeMonths(request.period());
        List<CountyView.Part> divisions = new ArrayList<>();
        List<CountyView.Part> chains = new ArrayList<>();
        CountyView view = shown.county() < 0 ? null : CountyView.of(snapshot, shown.county(), month);
        if (view == null) {
            for (MonitorViews.Pull p : MonitorViews.divisionPulls(snapshot, month)) {
                divisions.add(new CountyView.Part(
                        p.code(),
                        p.name(),
                        p.growth(),
                        MonitorViews.published(java.util.OptionalDouble.of(p.pull())),
                        null));
            }
            List<TagGroup> tags = snapshot.labels().engineInput().tags();
            for (int t = 0; t < tags.size(); t++) {
                String name = tags.get(t).name();
                if (!name.startsWith(EnterpriseService.CHAIN_GROUP_PREFIX)) {
                    continue;
                }
                MonthFigures f = snapshot.result().tag(t).month(month);
                chains.add(new CountyView.Part(
                        name.substring(EnterpriseService.CHAIN_GROUP_PREFIX.length()),
                        snapshot.names().getOrDefault(name, name),
                        MonitorViews.published(f.cumGrowth()),
                        MonitorViews.published(f.pullCum()),
                        null));
            }
            chains.sort(Comparator.comparing(CountyView.Part::pull, Comparator.nullsLast(Comparator.reverseOrder())));
        } else {
            divisions.addAll(view.divisions());
            view.chains().stream()
                    .filter(c -> !c.code().equals(EnterpriseService.KEY_GROUP))
                    .forEach(chains::add);
        }

        List<String> up = new ArrayList<>();
        List<String> down = new ArrayList<>();
        for (CountyView.Part d : divisions) {
            if (d.pull() != null && d.pull() > 0 && up.size() < LISTED) {
                up.add(pullText(d, body));
            }
        }
        for (int i = divisions.size() - 1; i >= 0; i--) {
            CountyView.Part d = divisions.get(i);
            if (d.pull() != null && d.pull() < 0 && down.size() < LISTED) {
                down.add(pullText(d, body));
            }
        }
        String sep = Messages.get("report.separator");
        if (!up.isEmpty() || !down.isEmpty()) {
            body.paragraph(Messages.get(
                    "report.industries.divisions",
                    months,
                    up.isEmpty() ? Messages.get("report.counties.moves.none") : String.join(sep, up),
                    down.isEmpty() ? Messages.get("report.counties.moves.none") : String.join(sep, down)));
        }
        if (!chains.isEmpty()) {
            List<String> texts = new ArrayList<>();
            for (CountyView.Part c : chains) {
                texts.add(Messages.get(
                        "report.industries.chain",
                        c.name(),
                        body.traced(fig.growth(c.growth()), c.name(), months + Messages.get("report.field.cumGrowth")),
                        body.traced(fig.decimals(c.pull(), 1), c.name(), Messages.get("report.field.pull"))));
            }
            body.paragraph(Messages.get("report.industries.chains", String.join(sep, texts)));
        }

        // 重点企业: the tag group's growth, its pull on the whole
        List<TagGroup> tags = snapshot.labels().engineInput().tags();
        for (int t = 0; t < tags.size(); t++) {
            if (!tags.get(t).name().equals(EnterpriseService.KEY_GROUP)) {
                continue;
            }
            CountyView.Part key = null;
            if (view == null) {
                MonthFigures f = snapshot.result().tag(t).month(month);
                key = new CountyView.Part(
                        EnterpriseService.KEY_GROUP,
                        "",
                        MonitorViews.published(f.cumGrowth()),
                        MonitorViews.published(f.pullCum()),
                        null);
            } else {
                key = view.chains().stream()
                        .filter(c -> c.code().equals(EnterpriseService.KEY_GROUP))
                        .findFirst()
                        .orElse(null);
            }
            if (key != null && key.growth() != null) {
                String group = Messages.get("report.industries.keyGroup");
                body.paragraph(Messages.get(
                        "report.industries.key",
                        months,
                        tags.get(t).enterprises().length,
                        body.traced(fig.growth(key.growth()), group, months + Messages.get("report.field.cumGrowth")),
                        body.traced(fig.decimals(key.pull(), 1), group, Messages.get("report.field.pull"))));
            }
        }

        MonthFigures whole = shown.figures();
        EnterpriseSums sums = snapshot.enterpriseSums(month);
        int county = shown.county();
        java.util.function.IntPredicate member = county < 0 ? e -> true : e -> sums.county()[e] == county;
        List<CountyView.Mover> adding = CountyView.movers(snapshot, sums, member, whole, true, LISTED);
        List<CountyView.Mover> losing = CountyView.movers(snapshot, sums, member, whole, false, LISTED);
        adding.removeIf(m -> m.increment() <= 0);
        losing.removeIf(m -> m.increment() >= 0);
        if (!adding.isEmpty() || !losing.isEmpty()) {
            body.paragraph(Messages.get(
                    "report.industries.movers",
                    months,
                    adding.isEmpty() ? Messages.get("report.counties.moves.none") : moverText(adding, body),
                    losing.isEmpty() ? Messages.get("report.counties.moves.none") : moverText(losing, body)));
        }

        List<CountyView.ZeroOutput> zero = new ArrayList<>();
        if (view != null) {
            zero.addAll(view.zeroOutput());
        } else {
            for (int k = 0; k < snapshot.labels().countyCodes().size(); k++) {
                zero.addAll(CountyView.of(snapshot, k, month).zeroOutput());
            }
            zero.sort(Comparator.comparingDouble(CountyView.ZeroOutput::outputLastYear)
                    .reversed());
        }
        if (!zero.isEmpty()) {
            List<String> names =
                    zero.stream().limit(LISTED).map(CountyView.ZeroOutput::name).toList();
            body.paragraph(Messages.get(
                    "report.industries.zero",
                    month,
                    body.traced(
                            String.valueOf(zero.size()),
                            shown.name(shown.code()),
                            month + Messages.get("report.field.zeroOutput")),
                    String.join(sep, names)));
        }
    }

    private String pullText(CountyView.Part d, ReportBody body) {
        return Messages.get(
                "report.industries.division",
                d.name(),
                body.traced(fig.growth(d.growth()), d.name(), Messages.get("report.field.cumGrowth")),
                body.traced(fig.decimals(d.pull(), 1), d.name(), Messages.get("report.field.pull")));
    }

    private String moverText(List<CountyView.Mover> movers, ReportBody body) {
        List<String> texts = new ArrayList<>();
        for (CountyView.Mover m : movers) {
            texts.add(Messages.get(
                    "report.industries.mover",
                    m.name(),
                    body.traced(fig.grouped(m.increment(), 1), m.name(), Messages.get("report.field.increment"))));
        }
        return String.join(Messages.get("report.separator"), texts);
    }
}
