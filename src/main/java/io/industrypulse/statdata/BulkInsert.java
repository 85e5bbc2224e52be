package io.industrypulse.statdata;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulk writes of an import, each row given once as its column values: through PostgreSQL's {@code COPY ... FROM
 * STDIN} (pgjdbc's CopyManager) where the database is PostgreSQL, else (H2) in JDBC batches of one INSERT. Both run on
 * the transaction's own connection, so the rows commit or roll back with the rest of the import. A 100,000-row B204-1
 * spent most of its store step in batches of single-row INSERTs on PostgreSQL; COPY sends the rows as one CSV stream.
 */
final class BulkInsert {

    private static final int BATCH_SIZE = 1_000;

    /** Bytes of CSV sent to the server at a time. */
    private static final int FLUSH_AT = 1 << 16;

    private BulkInsert() {}

    /**
     * Inserts {@code rows} into {@code table}'s {@code columns}; {@code values} gives a row's values in the columns'
     * order: strings, numbers, dates, or null.
     */
    static <T> void insert(
            JdbcTemplate jdbc, String table, List<String> columns, List<T> rows, Function<T, Object[]> values) {
        String names = String.join(", ", columns);
        Boolean copied = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return false;
            }
            CopyIn in = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + table + " (" + names + ") FROM STDIN (FORMAT csv)");
            try {
                ByteArrayOutputStream csv = new ByteArrayOutputStream(FLUSH_AT + 4096);
                StringBuilder line = new StringBuilder(256);
                for (T row : rows) {
                    csv.writeBytes(csvLine(line, values.apply(row)).getBytes(StandardCharsets.UTF_8));
                    if (csv.size() >= FLUSH_AT) {
                        in.writeToCopy(csv.toByteArray(), 0, csv.size());
                        csv.reset();
                    }
                }
                in.writeToCopy(csv.toByteArray(), 0, csv.size());
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
            return true;
        });
        if (!Boolean.TRUE.equals(copied)) {
            String placeholders = String.join(", ", Collections.nCopies(columns.size(), "?"));
            jdbc.batchUpdate(
                    "INSERT INTO " + table + " (" + names + ") VALUES (" + placeholders + ")",
                    rows,
                    BATCH_SIZE,
                    (ps, row) -> {
                        // H2 takes strings, numbers, java.time dates and null as they are; Spring's generic binding
                        // asks the statement's metadata for the type of every null
                        Object[] v = values.apply(row);
                        for (int i = 0; i < v.length; i++) {
                            ps.setObject(i + 1, v[i]);
                        }
                    });
        }
    }

    /** One CSV line: strings quoted, numbers plain, dates ISO; an empty unquoted field is NULL. */
    private static String csvLine(StringBuilder line, Object[] values) {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object value = values[i];
            if (value instanceof String text) {
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else if (value instanceof BigDecimal number) {
                line.append(number.toPlainString());
            } else if (value != null) {
                line.append(value); // integers and ISO dates
            }
        }
        return line.append('\n').toString();
    }
}
