package io.industrypulse.ingest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a simple table import: either stored (summary) or rejected (problems, nothing stored).
 *
 * @param kind the kind's code, e.g. {@code ppi}
 * @param title the kind's Chinese name
 * @param source the file's name as uploaded
 * @param rows the data rows read
 * @param summary what was stored, {@code null} when rejected
 * @param problems every problem found, empty when stored
 * @param errorReport id of the downloadable error copy, {@code null} when stored
 */
public record TableImportResult(
        String kind,
        String title,
        String source,
        int rows,
        @Nullable String summary,
        List<ImportProblem> problems,
        @Nullable String errorReport) {

    public TableImportResult {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
