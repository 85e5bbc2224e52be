package io.industrypulse.report;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.ListPage;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionService;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /reports}: the archive of the monthly documents by month with their downloads, a button to write the month's
 * documents anew, and the archive list as a workbook. A county user sees and writes its county's versions.
 */
@Controller
class ReportController {

    private final ReportService reports;
    private final RegionService regions;
    private final CurrentUser currentUser;

    ReportController(ReportService reports, RegionService regions, CurrentUser currentUser) {
        this.reports = reports;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    @GetMapping("/reports")
    String list(
            @RequestParam(required = false) @Nullable YearMonth period,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) @Nullable Long generated,
            Model model) {
        UserScope scope = currentUser.scope();
        List<ArchivedReport> archive = reports.archive(period, scope);
        model.addAttribute("rows", ListPage.of(archive, Math.max(page, 1)));
        model.addAttribute("period", period);
        model.addAttribute("names", names());
        model.addAttribute("mayGenerate", ReportService.mayGenerate(scope));
        model.addAttribute("latest", reports.latestPeriod().orElse(null));
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute(
                "generated",
                generated == null
                        ? null
                        : archive.stream()
                                .filter(r -> r.id() == generated)
                                .findFirst()
                                .orElse(null));
        return "report/reports";
    }

    /** Writes the month's document in the caller's scope; a new version only when it reads differently. */
    @PostMapping("/reports")
    String generate(@RequestParam String kind, @RequestParam YearMonth period) {
        ReportKind k = ReportKind.of(kind)
                .orElseThrow(() -> new IllegalArgumentException(Messages.get("report.error.kind", kind)));
        ArchivedReport report = reports.generate(k, period, currentUser.scope());
        return "redirect:/reports?period=" + report.period() + "&generated=" + report.id();
    }

    @GetMapping("/reports/{id}/{format}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String format) {
        return file(reports, id, format, currentUser.scope());
    }

    @GetMapping("/reports.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable YearMonth period) {
        UserScope scope = currentUser.scope();
        Map<String, String> names = names();
        List<List<Object>> rows = new ArrayList<>();
        for (ArchivedReport r : reports.archive(period, scope)) {
            rows.add(List.of(
                    new FigureText().month(r.period()),
                    Messages.get("report.kind." + r.kind().code()),
                    names.getOrDefault(r.regionCode(), r.regionCode()),
                    r.version(),
                    r.dataVersion(),
                    ReportRenderer.MINUTE_TEXT.apply(r.generatedAt()),
                    r.generatedBy()));
        }
        String title = Messages.get("report.list.title");
        return ExcelExport.download(
                ExcelExport.xlsx(new ExcelTable(
                        title,
                        title,
                        List.of(
                                Messages.get("report.list.period"),
                                Messages.get("report.list.kind"),
                                Messages.get("report.list.region"),
                                Messages.get("report.list.version"),
                                Messages.get("report.list.dataVersion"),
                                Messages.get("report.list.generatedAt"),
                                Messages.get("report.list.generatedBy")),
                        rows,
                        1)),
                title + ".xlsx");
    }

    private Map<String, String> names() {
        return regions.all().stream().collect(Collectors.toMap(Region::code, Region::name, (a, b) -> a));
    }

    /** A stored file as a download named after the document. */
    static ResponseEntity<byte[]> file(ReportService reports, long id, String format, UserScope scope) {
        if (!ReportService.mayRead(scope)) {
            throw new AccessDeniedException("reports");
        }
        ArchivedReport report = reports.find(id, scope);
        byte[] content = reports.file(id, format, scope);
        String type = switch (format) {
            case "docx" -> WordExport.DOCX;
            case "pdf" -> MediaType.APPLICATION_PDF_VALUE;
            default -> ExcelExport.XLSX;
        };
        String name = report.title() + (format.equals("xlsx") ? Messages.get("report.list.traceSuffix") : "") + "-v"
                + report.version() + "." + format;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
