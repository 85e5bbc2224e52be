package io.industrypulse.statdata;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk inserts through PostgreSQL's {@code COPY ... FROM STDIN} (pgjdbc's CopyManager) on the transaction's own
 * connection, so a copy commits or rolls back with the rest of the import. A 100,000-row B204-1 spent most of its
 * store step in JDBC batches of single-row INSERTs; COPY sends the rows as one CSV stream. Elsewhere (H2) the caller
 * keeps its JDBC batch.
 */
final class CopyRows {

    /** Bytes of CSV sent to the server at a time. */
    private static final int FLUSH_AT = 1 << 16;

    private CopyRows() {}

    /**
     * Copies {@code rows} into {@code table}'s {@code columns}, each row written by {@code line}; returns false, having
     * done nothing, when the database is not PostgreSQL.
     */
    static <T> boolean copy(JdbcTemplate jdbc, String table, String columns, List<T> rows, BiConsumer<T, Line> line) {
        Boolean copied = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return false;
            }
            CopyIn in = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)");
            try {
                Line out = new Line();
                for (T row : rows) {
                    line.accept(row, out);
                    out.end();
                    if (out.bytes.size() >= FLUSH_AT) {
                        out.flushTo(in);
                    }
                }
                out.flushTo(in);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
            return true;
        });
        return Boolean.TRUE.equals(copied);
    }

    /** One CSV line being written: fields in the order of the columns; an empty unquoted field is NULL. */
    static final class Line {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(FLUSH_AT + 4096);
        private final StringBuilder line = new StringBuilder(256);

        Line text(String value) {
            separate();
            line.append('"').append(value.replace("\"", "\"\"")).append('"');
            return this;
        }

        Line number(@Nullable BigDecimal value) {
            separate();
            if (value != null) {
                line.append(value.toPlainString());
            }
            return this;
        }

        Line number(long value) {
            separate();
            line.append(value);
            return this;
        }

        Line date(java.time.LocalDate value) {
            separate();
            line.append(value);
            return this;
        }

        private void separate() {
            if (!line.isEmpty()) {
                line.append(',');
            }
        }

        private void end() {
            line.append('\n');
            bytes.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
            line.setLength(0);
        }

        private void flushTo(CopyIn in) throws SQLException {
            if (bytes.size() > 0) {
                in.writeToCopy(bytes.toByteArray(), 0, bytes.size());
                bytes.reset();
            }
        }
    }
}
