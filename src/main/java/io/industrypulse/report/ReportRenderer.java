package io.industrypulse.report;

import io.industrypulse.i18n.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What the .docx and the .pdf writers say alike: the title page's lines and the traceability appendix. */
final class ReportRenderer {

    static final ZoneId SHOWN_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern NUMERIC = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?%?|—");

    /** A time as the archive shows it, in Beijing time. */
    static final java.util.function.Function<java.time.Instant, String> MINUTE_TEXT =
            at -> MINUTE.format(at.atZone(SHOWN_ZONE));

    private ReportRenderer() {}

    /** Under the title: the region and period, the date of the data, when it was written. */
    static List<String> titleLines(ReportDocument document) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("report.title.region", document.region()));
        lines.add(Messages.get(
                "report.title.period",
                String.valueOf(document.period().getYear()),
                new FigureText().cumulativeMonths(document.period())));
        if (document.dataTime() != null) {
            lines.add(Messages.get(
                    "report.title.data", DAY.format(document.dataTime().atZone(SHOWN_ZONE)), document.dataVersion()));
        }
        lines.add(Messages.get(
                "report.title.generated", MINUTE.format(document.generatedAt().atZone(SHOWN_ZONE))));
        lines.add(Messages.get("report.title.issuer"));
        return lines;
    }

    /**
     * Whether the document opens with a title page and closes with the traceability appendix: the analysis report
     * does; the brief is two pages to read out, titled on its first page, its sources in the companion workbook.
     */
    static boolean full(ReportDocument document) {
        return document.kind() == ReportKind.ANALYSIS;
    }

    /** Whether a cell shows a number (aligned apart from text). */
    static boolean numeric(String text) {
        return NUMERIC.matcher(text).matches();
    }

    static String appendixNote(ReportDocument document) {
        return Messages.get("report.appendix.note", document.traces().size(), document.dataVersion());
    }

    static List<String> appendixHeaders() {
        return List.of(
                Messages.get("report.appendix.number"),
                Messages.get("report.appendix.field"),
                Messages.get("report.appendix.group"),
                Messages.get("report.appendix.period"),
                Messages.get("report.appendix.shown"));
    }

    static List<List<String>> appendixRows(ReportDocument document) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (ReportDocument.Trace trace : document.traces()) {
            rows.add(List.of(String.valueOf(n++), trace.field(), trace.group(), trace.period(), trace.shown()));
        }
        return rows;
    }
}
