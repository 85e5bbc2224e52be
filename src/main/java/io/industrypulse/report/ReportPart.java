package io.industrypulse.report;

/**
 * A part of a document, written by the module that owns its figures (monitor writes the growth, planning the
 * warnings, dispatch the tickets...), so that a figure in a document is the one its page shows. The report module
 * orders the parts, adds the section headings and renders the documents; it reads no figure itself.
 *
 * <p>{@link #order()} places the part: hundreds give the section (1 一、总体情况 ... 5 五、下步工作建议 of the analysis; 1 to
 * 4 of the brief), the rest the place within it. A section whose parts write nothing is left out.
 */
public abstract class ReportPart {

    private final ReportKind kind;
    private final int order;

    protected ReportPart(ReportKind kind, int order) {
        this.kind = kind;
        this.order = order;
    }

    public final ReportKind kind() {
        return kind;
    }

    public final int order() {
        return order;
    }

    /** Writes the part's paragraphs, tables and charts; writes nothing when its module has no data for the period. */
    public abstract void write(ReportRequest request, ReportBody body);
}
