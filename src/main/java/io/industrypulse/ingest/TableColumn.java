package io.industrypulse.ingest;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One column of a simple import table ({@link TableKind}): its Chinese header, what it holds and what the template
 * checks while typing.
 *
 * @param header the Chinese header as the template writes it (required columns get a {@code *} there)
 * @param aliases other accepted headers, e.g. the canonical package's column name ({@code ppi_yoy})
 * @param type what the cells hold
 * @param required whether every row must fill it
 * @param note what the instruction sheet says about it
 * @param allowed for {@link Type#CHOICE}: the accepted values, first the ones the template offers
 * @param min for {@link Type#DECIMAL}: the smallest value accepted, {@code null} for none
 * @param max for {@link Type#DECIMAL}: the largest value accepted, {@code null} for none
 */
public record TableColumn(
        String header,
        List<String> aliases,
        Type type,
        boolean required,
        String note,
        List<String> allowed,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max) {

    /** What a column holds. */
    public enum Type {
        /** Free text. */
        TEXT,
        /** A code made of digits (region, industry); leading zeros matter, so the template formats it as text. */
        CODE,
        /** A unified social credit code (18 characters). */
        CREDIT_CODE,
        /** A year, {@code YYYY}. */
        YEAR,
        /** A month, {@code YYYY-MM}. */
        PERIOD,
        /** A number. */
        DECIMAL,
        /** One of {@link TableColumn#allowed()}. */
        CHOICE
    }

    public TableColumn {
        aliases = List.copyOf(aliases);
        allowed = List.copyOf(allowed);
    }

    public static TableColumn of(String header, String alias, Type type, boolean required, String note) {
        return new TableColumn(header, List.of(alias), type, required, note, List.of(), null, null);
    }

    public static TableColumn decimal(
            String header, String alias, boolean required, String note, @Nullable String min, @Nullable String max) {
        return new TableColumn(
                header,
                List.of(alias),
                Type.DECIMAL,
                required,
                note,
                List.of(),
                min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max));
    }

    public static TableColumn choice(String header, String alias, boolean required, String note, List<String> allowed) {
        return new TableColumn(header, List.of(alias), Type.CHOICE, required, note, allowed, null, null);
    }

    /** The header as the template writes it. */
    public String templateHeader() {
        return required ? header + "*" : header;
    }

    /** Whether a header cell of a file names this column (spaces, widths, dashes and a trailing {@code *} ignored). */
    boolean matches(String text) {
        String label = Amounts.label(text);
        if (label.endsWith("*")) {
            label = label.substring(0, label.length() - 1);
        }
        if (label.equals(Amounts.label(header))) {
            return true;
        }
        for (String alias : aliases) {
            if (label.equalsIgnoreCase(alias)) {
                return true;
            }
        }
        return false;
    }
}
