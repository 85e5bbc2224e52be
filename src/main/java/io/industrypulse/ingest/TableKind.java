package io.industrypulse.ingest;

import io.industrypulse.account.UserScope;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One kind of simple table the import takes (registry, targets, benchmarks, official figures, PPI, VA ratios): its
 * columns, its template's instructions, how a row becomes a value and how the values are stored. The
 * {@link TableImportService} does the rest the same way for every kind: reading (.xlsx, .xls, .csv), headers,
 * typed cells, duplicate keys, one transaction, the error copy and the template.
 *
 * @param <T> what one row becomes
 */
public interface TableKind<T> {

    /** The kind's code on the page and the command line, e.g. {@code ppi}. */
    String code();

    /** The Chinese name, e.g. {@code PPI (工业生产者出厂价格指数)}. */
    String title();

    /** The data sheet's name in the template. */
    String sheetName();

    List<TableColumn> columns();

    /** Kind-specific lines of the template's instruction sheet (说明), after the column list. */
    List<String> instructions();

    /**
     * Prepares reading rows: loads what the checks need (known regions, divisions, enterprises). Called inside the
     * import's transaction.
     */
    RowReader<T> reader(UserScope scope);

    /**
     * Stores the values of a file without problems, audited, announcing the change with the owning module's event.
     * Called inside the import's transaction; an exception rolls everything back.
     *
     * @return a Chinese summary of what was stored, e.g. {@code 12 行：新增 3，更新 9}
     */
    String store(List<T> values, UserScope scope);

    /** Whether the user may import this kind: by default the city's administrator and analysts. */
    default boolean mayImport(UserScope scope) {
        return TableImportService.mayImport(scope);
    }

    /** Reads one row, recording problems on it. */
    interface RowReader<T> {

        /** The row's value, or {@code null} when it has a problem (recorded on the row). */
        @Nullable
        T read(TableRow row);

        /** The key no two rows may share (e.g. period and division), in words for the message. */
        String key(T value);
    }
}
