package io.industrypulse.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What the parts write into: paragraphs, tables and charts in order, and the trace of every figure (the group, the
 * period and the field it came from), listed in the document's appendix and its companion workbook.
 */
public final class ReportBody {

    private final ReportRequest request;
    private final List<ReportDocument.Block> blocks = new ArrayList<>();
    private final List<ReportDocument.Trace> traces = new ArrayList<>();

    ReportBody(ReportRequest request) {
        this.request = request;
    }

    /** A sub-heading within a section ("（一）…"). */
    public ReportBody subheading(String text) {
        blocks.add(new ReportDocument.Heading(text, 2));
        return this;
    }

    public ReportBody paragraph(String text) {
        blocks.add(new ReportDocument.Text(text));
        return this;
    }

    /** A table of shown texts; numeric columns are right-aligned. */
    public ReportBody table(String caption, List<String> headers, List<List<String>> rows) {
        blocks.add(new ReportDocument.Table(caption, headers, rows));
        return this;
    }

    /** A line chart of published figures over months ({@code null} where undefined). */
    public ReportBody chart(String title, List<String> categories, List<ReportDocument.Series> series, String unit) {
        blocks.add(new ReportDocument.Chart(title, categories, series, unit));
        return this;
    }

    /**
     * Records where a figure came from and returns it as shown, for use in the sentence: {@code
     * body.traced(fig.growth(cum), "全市", "累计增速")}.
     *
     * @param group the group the figure is of (the city, a county, a division, an enterprise)
     * @param field what it is (累计增速, 当月增速, 拉动...)
     */
    public String traced(String shown, String group, String field) {
        return traced(shown, group, request.period().toString(), field);
    }

    /** As {@link #traced(String, String, String)} for a figure of another period than the report's. */
    public String traced(String shown, String group, String period, String field) {
        traces.add(new ReportDocument.Trace(field, group, period, shown));
        return shown;
    }

    ReportRequest request() {
        return request;
    }

    List<ReportDocument.Block> blocks() {
        return blocks;
    }

    List<ReportDocument.Trace> traces() {
        return traces;
    }

    /** Whether nothing was written. */
    boolean isEmpty() {
        return blocks.isEmpty();
    }
}
