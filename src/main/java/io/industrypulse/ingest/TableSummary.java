package io.industrypulse.ingest;

import io.industrypulse.i18n.Messages;

/** The Chinese summary of a stored table. */
public final class TableSummary {

    private TableSummary() {}

    public static String of(int rows, int created, int updated) {
        return Messages.get("ingest.summary.rows", rows, created, updated, rows - created - updated);
    }
}
