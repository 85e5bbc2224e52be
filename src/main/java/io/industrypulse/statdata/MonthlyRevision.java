package io.industrypulse.statdata;

import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * One stored import of a period's monthly data: revision 1 is the first import, each re-import adds one.
 *
 * @param countyCode the county the import was limited to, {@code null} for a city-wide import
 * @param rowCount the number of enterprises the revision holds after the import
 * @param kind {@link #B204} (a workbook, with its full detail) or {@link #PACKAGE} (a canonical package's rows, with
 *     the changes it made)
 */
public record MonthlyRevision(
        long id,
        YearMonth period,
        int revision,
        String source,
        String importedBy,
        Instant importedAt,
        @Nullable String countyCode,
        int rowCount,
        String kind) {

    /** A B204-1 workbook import. */
    public static final String B204 = "B204-1";

    /** The monthly rows of a canonical package. */
    public static final String PACKAGE = "package";
}
