package io.industrypulse.dispatch;

import io.industrypulse.i18n.Messages;
import io.industrypulse.report.FigureText;
import io.industrypulse.report.ReportBody;
import io.industrypulse.report.ReportKind;
import io.industrypulse.report.ReportPart;
import io.industrypulse.report.ReportRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What dispatch adds to the analysis report: the production status list and the open tickets with most at stake. */
final class DispatchReportParts {

    private static final int LISTED = 5;

    private DispatchReportParts() {}

    /**
     * In 三、分行业和重点企业: the enterprises stopped or limited now and why, as the production status page lists them
     * (counted by reason, the largest named).
     */
    @Component
    static class Production extends ReportPart {

        private final ProductionStatusService statuses;

        Production(ProductionStatusService statuses) {
            super(ReportKind.ANALYSIS, 340);
            this.statuses = statuses;
        }

        @Override
        public void write(ReportRequest request, ReportBody body) {
            if (!ProductionStatusService.mayRead(request.scope())) {
                return;
            }
            List<ProductionStatusEntry> entries = statuses.list(request.county(), request.scope());
            if (entries.isEmpty()) {
                return;
            }
            String group = Messages.get(request.city() ? "report.city" : "report.county");
            Map<ProductionStatus, Integer> byStatus = new EnumMap<>(ProductionStatus.class);
            Map<ProductionReason, Integer> byReason = new EnumMap<>(ProductionReason.class);
            for (ProductionStatusEntry e : entries) {
                byStatus.merge(e.status(), 1, Integer::sum);
                byReason.merge(e.reason(), 1, Integer::sum);
            }
            List<String> reasons = new ArrayList<>();
            byReason.entrySet().stream()
                    .sorted(Map.Entry.<ProductionReason, Integer>comparingByValue()
                            .reversed())
                    .forEach(r -> reasons.add(Messages.get(
                            "report.production.reason", Messages.get("dispatch.reason." + r.getKey()), r.getValue())));
            List<String> names = entries.stream()
                    .limit(LISTED)
                    .map(e -> Messages.get(
                            "report.production.one",
                            e.name(),
                            Messages.get("dispatch.status." + e.status()),
                            Messages.get("dispatch.reason." + e.reason())))
                    .toList();
            body.paragraph(Messages.get(
                    "report.production",
                    body.traced(
                            String.valueOf(byStatus.getOrDefault(ProductionStatus.STOPPED, 0)),
                            group,
                            Messages.get("report.field.stopped")),
                    body.traced(
                            String.valueOf(byStatus.getOrDefault(ProductionStatus.LIMITED, 0)),
                            group,
                            Messages.get("report.field.limited")),
                    String.join(Messages.get("report.separator"), reasons),
                    String.join(Messages.get("report.separator"), names)));
        }
    }

    /**
     * In 四、需关注的问题: the open tickets (诉求) in the document's scope, the overdue ones, and the five with the most
     * growth at stake (DESIGN.md section 5.1: value added at stake while the enterprise stays as it is).
     */
    @Component
    static class Tickets extends ReportPart {

        private final TicketService tickets;
        private final FigureText fig;

        Tickets(TicketService tickets, FigureText fig) {
            super(ReportKind.ANALYSIS, 430);
            this.tickets = tickets;
            this.fig = fig;
        }

        @Override
        public void write(ReportRequest request, ReportBody body) {
            List<Ticket> open =
                    tickets
                            .all(new TicketQuery(request.county(), null, null, null, false, true, 1), request.scope())
                            .stream()
                            .filter(t -> t.state().open())
                            .toList();
            if (open.isEmpty()) {
                return;
            }
            String group = Messages.get(request.city() ? "report.city" : "report.county");
            long overdue = open.stream().filter(Ticket::overdue).count();
            body.subheading(Messages.get("report.tickets.heading"));
            body.paragraph(Messages.get(
                    "report.tickets",
                    body.traced(String.valueOf(open.size()), group, Messages.get("report.field.openTickets")),
                    body.traced(String.valueOf(overdue), group, Messages.get("report.field.overdueTickets"))));
            List<List<String>> rows = new ArrayList<>();
            for (Ticket t : open.stream()
                    .filter(t -> t.stake() != null && t.stake().countyPoints() != null)
                    .limit(LISTED)
                    .toList()) {
                rows.add(List.of(
                        t.enterpriseName(),
                        Messages.get("dispatch.ticket.category." + t.category()),
                        Messages.get("dispatch.ticket.state." + t.state()),
                        t.overdue() ? String.valueOf(t.overdueDays()) : "0",
                        body.traced(
                                fig.grouped(t.stake().valueAdded(), 1),
                                t.enterpriseName(),
                                Messages.get("report.field.stakeValue")),
                        body.traced(
                                fig.decimals(t.stake().countyPoints(), 2),
                                t.enterpriseName(),
                                Messages.get("report.field.stakeCounty"))));
            }
            if (!rows.isEmpty()) {
                body.table(
                        Messages.get("report.tickets.caption"),
                        List.of(
                                Messages.get("report.tickets.enterprise"),
                                Messages.get("report.tickets.category"),
                                Messages.get("report.tickets.state"),
                                Messages.get("report.tickets.overdue"),
                                Messages.get("report.tickets.value"),
                                Messages.get("report.tickets.points")),
                        rows);
            }
        }
    }
}
