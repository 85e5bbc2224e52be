package io.industrypulse.cultivation;

import io.industrypulse.i18n.Messages;
import io.industrypulse.report.ReportBody;
import io.industrypulse.report.ReportKind;
import io.industrypulse.report.ReportPart;
import io.industrypulse.report.ReportRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * In 四、需关注的问题: the 小升规 net increase of the year against its task, as the net-increase page counts it
 * (METHODOLOGY.md 5: entries - exits), with the counties behind their tasks and the near-entry enterprises that
 * could close the gap.
 */
@Component
class CultivationReportPart extends ReportPart {

    private final CultivationService cultivation;

    CultivationReportPart(CultivationService cultivation) {
        super(ReportKind.ANALYSIS, 460);
        this.cultivation = cultivation;
    }

    @Override
    public void write(ReportRequest request, ReportBody body) {
        if (!CultivationService.mayRead(request.scope())) {
            return;
        }
        List<CultivationService.NetIncrease> rows =
                cultivation.netIncrease(request.period().getYear(), request.scope());
        String own = request.city() ? null : request.county();
        Optional<CultivationService.NetIncrease> whole = rows.stream()
                .filter(r -> own == null
                        ? r.regionCode().equals(rows.get(0).regionCode())
                        : r.regionCode().equals(own))
                .findFirst();
        if (whole.isEmpty() || whole.get().target() == null && whole.get().net() == 0) {
            return;
        }
        CultivationService.NetIncrease w = whole.get();
        String group = w.name();
        body.subheading(Messages.get("report.cultivation.heading"));
        String text = Messages.get(
                "report.cultivation",
                request.period().getYear(),
                body.traced(
                        String.valueOf(w.upgrades() + w.newProduction()), group, Messages.get("report.field.entries")),
                body.traced(String.valueOf(w.exits()), group, Messages.get("report.field.exits")),
                body.traced(String.valueOf(w.net()), group, Messages.get("report.field.net")));
        if (w.target() != null) {
            text += w.gap() != null && w.gap() > 0
                    ? Messages.get(
                            "report.cultivation.gap",
                            body.traced(String.valueOf(w.target()), group, Messages.get("report.field.netTarget")),
                            body.traced(String.valueOf(w.gap()), group, Messages.get("report.field.netGap")),
                            w.near())
                    : Messages.get("report.cultivation.done", w.target());
        }
        if (own == null) {
            List<String> behind = new ArrayList<>();
            for (CultivationService.NetIncrease r : rows.subList(1, rows.size())) {
                if (r.gap() != null && r.gap() > 0) {
                    behind.add(Messages.get("report.cultivation.one", r.name(), r.gap()));
                }
            }
            if (!behind.isEmpty()) {
                text += Messages.get(
                        "report.cultivation.behind", String.join(Messages.get("report.separator"), behind));
            }
        }
        body.paragraph(text);
    }
}
