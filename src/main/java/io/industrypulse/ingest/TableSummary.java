package io.industrypulse.ingest;

/** The Chinese summary of a stored table. */
final class TableSummary {

    private TableSummary() {}

    static String of(int rows, int created, int updated) {
        return rows + " 行：新增 " + created + "，修改 " + updated + "，未变 " + (rows - created - updated);
    }
}
