package io.industrypulse.report;

import io.industrypulse.account.CurrentUser;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/reports}: the archived documents in the caller's scope (optionally of one month), their files, and
 * writing a month's document anew.
 */
@RestController
class ReportApiController {

    private final ReportService reports;
    private final CurrentUser currentUser;

    ReportApiController(ReportService reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    /**
     * An archived version, without its files (they are at {@code /api/v1/reports/{id}/{docx|pdf|xlsx}}).
     *
     * @param id the archived version's number (for the file URLs)
     * @param kind analysis (the monthly analysis report) or brief (the meeting brief)
     * @param period the month it reports (YYYY-MM)
     * @param regionCode the city or the county it is about (GB/T 2260)
     * @param version its version for the kind, period and region, from 1; a new one is kept only when the text changed
     * @param dataVersion the audit log's position the figures were read at
     * @param dataTime when that data was last written, if known
     * @param title its title
     * @param generatedAt when it was written
     * @param generatedBy the user, or the scheduled job, that wrote it
     * @param hasPdf whether a PDF was written beside the .docx (it needs a Chinese font on the server)
     */
    record Entry(
            long id,
            String kind,
            String period,
            String regionCode,
            int version,
            long dataVersion,
            @Nullable Instant dataTime,
            String title,
            Instant generatedAt,
            String generatedBy,
            boolean hasPdf) {

        static Entry of(ArchivedReport r) {
            return new Entry(
                    r.id(),
                    r.kind().code(),
                    r.period().toString(),
                    r.regionCode(),
                    r.version(),
                    r.dataVersion(),
                    r.dataTime(),
                    r.title(),
                    r.generatedAt(),
                    r.generatedBy(),
                    r.hasPdf());
        }
    }

    /**
     * The archive of the monthly analysis reports and meeting briefs in the caller's scope, every version.
     *
     * @param period only this period's documents, {@code YYYY-MM}; all when left out
     */
    @GetMapping("/api/v1/reports")
    List<Entry> list(@RequestParam(required = false) @Nullable YearMonth period) {
        return reports.archive(period, currentUser.scope()).stream()
                .map(Entry::of)
                .toList();
    }

    /**
     * Writes a document of a published period in the caller's scope and archives it as a new version (or answers the
     * latest one when it would read the same).
     *
     * @param kind {@code analysis} (月度运行分析报告) or {@code brief} (调度会材料)
     * @param period the period {@code YYYY-MM}
     */
    @PostMapping("/api/v1/reports")
    Entry generate(@RequestParam String kind, @RequestParam YearMonth period) {
        ReportKind k = ReportKind.of(kind)
                .orElseThrow(() ->
                        new IllegalArgumentException(io.industrypulse.i18n.Messages.get("report.error.kind", kind)));
        return Entry.of(reports.generate(k, period, currentUser.scope()));
    }

    /**
     * A file of an archived version: the Word document, the PDF, or the workbook that traces every figure.
     *
     * @param id the archived version's number
     * @param format {@code docx}, {@code pdf} or {@code xlsx}
     */
    @GetMapping("/api/v1/reports/{id}/{format}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String format) {
        return ReportController.file(reports, id, format, currentUser.scope());
    }
}
