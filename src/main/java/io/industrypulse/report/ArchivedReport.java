package io.industrypulse.report;

import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * One version of a month's document of the city or a county, as archived.
 *
 * @param dataVersion the audit log's position the figures were read at
 * @param contentHash SHA-256 of the document's text: a new version is kept only when it differs
 * @param hasPdf whether a PDF was written (it needs a Chinese font on the server)
 */
public record ArchivedReport(
        long id,
        ReportKind kind,
        YearMonth period,
        String regionCode,
        int version,
        long dataVersion,
        @Nullable Instant dataTime,
        String contentHash,
        String title,
        Instant generatedAt,
        String generatedBy,
        boolean hasPdf) {}
