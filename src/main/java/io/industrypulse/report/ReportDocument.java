package io.industrypulse.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document before it is written as .docx or .pdf: the title page's facts, the blocks in order and the trace of
 * every figure. Both formats render the same blocks, so they say the same.
 *
 * @param region the city's or the county's name
 * @param dataVersion the audit log's position the figures were read at (every write is audited)
 * @param dataTime when that data was last written
 */
public record ReportDocument(
        ReportKind kind,
        YearMonth period,
        @Nullable String county,
        String region,
        String title,
        long dataVersion,
        @Nullable Instant dataTime,
        Instant generatedAt,
        List<Block> blocks,
        List<Trace> traces) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
        traces = List.copyOf(traces);
    }

    /** A piece of the document. */
    public sealed interface Block permits Heading, Text, Table, Chart {}

    /** A heading: level 1 a section (一、总体情况), level 2 a sub-heading. */
    public record Heading(String text, int level) implements Block {}

    public record Text(String text) implements Block {}

    /** A table of shown texts, with its caption above. */
    public record Table(String caption, List<String> headers, List<List<String>> rows) implements Block {

        public Table {
            headers = List.copyOf(headers);
            List<List<String>> copy = new ArrayList<>();
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("every row needs one cell per header");
                }
                copy.add(List.copyOf(row));
            }
            rows = Collections.unmodifiableList(copy);
        }
    }

    /** A line chart over {@code categories} (months), in {@code unit}. */
    public record Chart(String title, List<String> categories, List<Series> series, String unit) implements Block {

        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    /** One line of a chart; {@code null} where a figure is undefined. */
    public record Series(String name, List<@Nullable Double> values) {

        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** Where a figure came from: what it is, of which group and period, and as shown. */
    public record Trace(String field, String group, String period, String shown) {}

    /** The text of every block in order, for the content hash and for tests. */
    public String plainText() {
        StringBuilder text = new StringBuilder(title).append('\n');
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                text.append(h.text()).append('\n');
            } else if (block instanceof Text t) {
                text.append(t.text()).append('\n');
            } else if (block instanceof Table t) {
                text.append(t.caption())
                        .append('\n')
                        .append(String.join("\t", t.headers()))
                        .append('\n');
                t.rows().forEach(r -> text.append(String.join("\t", r)).append('\n'));
            } else if (block instanceof Chart c) {
                text.append(c.title()).append('\n');
                c.series().forEach(s -> text.append(s.name()).append(s.values()).append('\n'));
            }
        }
        return text.toString();
    }
}
