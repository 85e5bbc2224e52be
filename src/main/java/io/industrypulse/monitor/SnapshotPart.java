package io.industrypulse.monitor;

import io.industrypulse.report.FigureText;
import io.industrypulse.report.ReportBody;
import io.industrypulse.report.ReportKind;
import io.industrypulse.report.ReportPart;
import io.industrypulse.report.ReportRequest;

/** A part written from the growth snapshot of the request's period; nothing when the period has none. */
abstract class SnapshotPart extends ReportPart {

    final ReportSnapshots snapshots;
    final FigureText fig;

    SnapshotPart(ReportKind kind, int order, ReportSnapshots snapshots, FigureText fig) {
        super(kind, order);
        this.snapshots = snapshots;
        this.fig = fig;
    }

    @Override
    public final void write(ReportRequest request, ReportBody body) {
        snapshots.shown(request).ifPresent(shown -> write(request, shown, body));
    }

    /** Writes the part for the request's period, the city or the county {@code shown} is about. */
    abstract void write(ReportRequest request, ReportSnapshots.Shown shown, ReportBody body);
}
