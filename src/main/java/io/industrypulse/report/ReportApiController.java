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
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

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

    /** An archived version, without its files (they are at {@code /api/v1/reports/{id}/{docx|pdf|xlsx}}). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
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

    @GetMapping("/api/v1/reports")
    List<Entry> list(@RequestParam(required = false) @Nullable YearMonth period) {
        return reports.archive(period, currentUser.scope()).stream()
                .map(Entry::of)
                .toList();
    }

    @PostMapping("/api/v1/reports")
    Entry generate(@RequestParam String kind, @RequestParam YearMonth period) {
        ReportKind k = ReportKind.of(kind)
                .orElseThrow(() ->
                        new IllegalArgumentException(io.industrypulse.i18n.Messages.get("report.error.kind", kind)));
        return Entry.of(reports.generate(k, period, currentUser.scope()));
    }

    @GetMapping("/api/v1/reports/{id}/{format}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String format) {
        return ReportController.file(reports, id, format, currentUser.scope());
    }
}
