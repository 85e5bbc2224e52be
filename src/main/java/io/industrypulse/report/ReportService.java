package io.industrypulse.report;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly analysis report and the dispatch-meeting brief: composed from the parts the modules write, rendered as
 * .docx and .pdf with a traceability workbook, and archived per month and region, a new version whenever the figures
 * changed. City roles read and write the city's documents and every county's; a county user its own county's.
 */
@Service
public class ReportService {

    /** The audit log's entity type of an archived document; these writes move no figure. */
    static final String AUDIT_TYPE = "report";

    private static final Logger log = LoggerFactory.getLogger(ReportService.class);

    private final List<ReportPart> parts;
    private final ReportPeriods periods;
    private final RegionService regions;
    private final AuditLog audit;
    private final ReportArchive archive;
    private final CjkFont font;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReportService(
            List<ReportPart> parts,
            ReportPeriods periods,
            RegionService regions,
            AuditLog audit,
            ReportArchive archive,
            CjkFont font,
            TransactionTemplate transactions,
            Clock clock) {
        this.parts = parts.stream()
                .sorted(Comparator.comparingInt(ReportPart::order))
                .toList();
        this.periods = periods;
        this.regions = regions;
        this.audit = audit;
        this.archive = archive;
        this.font = font;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** City roles and county users read documents; enterprise and department users have none. */
    public static boolean mayRead(UserScope scope) {
        return scope.isCityWide() || scope.role() == Role.COUNTY_USER;
    }

    /** The city's analysts and administrators, and a county user for its county, write new versions. */
    public static boolean mayGenerate(UserScope scope) {
        return scope.role() == Role.CITY_ADMIN || scope.role() == Role.CITY_ANALYST || scope.role() == Role.COUNTY_USER;
    }

    /** The latest published period, the one a new document is written for by default. */
    public Optional<YearMonth> latestPeriod() {
        return periods.latest();
    }

    /**
     * The document of {@code period} in the caller's scope (the city's for city roles, its county's for a county user),
     * written now from the current figures, in Chinese.
     *
     * @throws IllegalArgumentException when the period has no published figures
     */
    public ReportDocument compose(ReportKind kind, YearMonth period, UserScope scope) {
        requireRead(scope);
        if (!periods.isPublished(period)) {
            throw new IllegalArgumentException(Messages.get("report.error.period", period));
        }
        String county = scope.countyOrNull();
        return Messages.in(Locale.SIMPLIFIED_CHINESE, () -> compose(new ReportRequest(kind, period, scope, county)));
    }

    private ReportDocument compose(ReportRequest request) {
        String region = request.city()
                ? regions.city().map(Region::name).orElse("")
                : regions.find(request.county()).map(Region::name).orElse(request.county());
        Optional<AuditLog.Position> position = audit.latest(AUDIT_TYPE);
        Map<Integer, List<ReportBody>> sections = new LinkedHashMap<>();
        for (ReportPart part : parts) {
            if (part.kind() != request.kind()) {
                continue;
            }
            ReportBody body = new ReportBody(request);
            part.write(request, body);
            if (!body.isEmpty()) {
                sections.computeIfAbsent(part.order() / 100, s -> new ArrayList<>())
                        .add(body);
            }
        }
        List<ReportDocument.Block> blocks = new ArrayList<>();
        List<ReportDocument.Trace> traces = new ArrayList<>();
        for (Map.Entry<Integer, List<ReportBody>> section : sections.entrySet()) {
            blocks.add(new ReportDocument.Heading(
                    Messages.get("report." + request.kind().code() + ".section." + section.getKey()), 1));
            // sub-headings numbered in the order they come: （一）, （二）... whichever parts had something to say
            String[] numerals = Messages.get("report.numerals").split(",");
            int sub = 0;
            for (ReportBody body : section.getValue()) {
                for (ReportDocument.Block block : body.blocks()) {
                    if (block instanceof ReportDocument.Heading h && h.level() == 2) {
                        String numeral = sub < numerals.length ? numerals[sub] : String.valueOf(sub + 1);
                        sub++;
                        blocks.add(new ReportDocument.Heading(Messages.get("report.subheading", numeral, h.text()), 2));
                    } else {
                        blocks.add(block);
                    }
                }
                traces.addAll(body.traces());
            }
        }
        String title = Messages.get(
                "report." + request.kind().code() + ".title",
                String.valueOf(request.period().getYear()),
                request.period().getMonthValue(),
                request.city() ? Messages.get("report.city") : region);
        return new ReportDocument(
                request.kind(),
                request.period(),
                request.county(),
                region,
                title,
                position.map(AuditLog.Position::id).orElse(0L),
                position.map(AuditLog.Position::at).orElse(null),
                clock.instant(),
                blocks,
                traces);
    }

    /** The document as .docx. */
    public byte[] docx(ReportDocument document) {
        return Messages.in(Locale.SIMPLIFIED_CHINESE, () -> DocxWriter.write(document));
    }

    /**
     * The document as PDF.
     *
     * @throws PdfUnavailableException when the server has no Chinese font to embed
     */
    public byte[] pdf(ReportDocument document) {
        var cjk = font.font()
                .orElseThrow(() -> new PdfUnavailableException(Messages.get("report.error.font", font.places())));
        return Messages.in(Locale.SIMPLIFIED_CHINESE, () -> PdfWriter.write(document, cjk));
    }

    /** The companion workbook: every figure with the group, period and field it came from, and the data version. */
    public byte[] traceXlsx(ReportDocument document) {
        return Messages.in(Locale.SIMPLIFIED_CHINESE, () -> {
            List<List<Object>> rows = new ArrayList<>();
            for (List<String> row : ReportRenderer.appendixRows(document)) {
                rows.add(new ArrayList<>(row));
            }
            return ExcelExport.xlsx(new ExcelTable(
                    Messages.get("report.appendix.sheet"),
                    document.title() + " " + ReportRenderer.appendixNote(document),
                    ReportRenderer.appendixHeaders(),
                    rows,
                    1));
        });
    }

    /**
     * Writes the document of {@code period} in the caller's scope and archives it as a new version, unless the latest
     * version says exactly the same (then that one is returned).
     */
    public ArchivedReport generate(ReportKind kind, YearMonth period, UserScope scope) {
        if (!mayGenerate(scope)) {
            throw new AccessDeniedException("reports");
        }
        return store(compose(kind, period, scope), scope.username());
    }

    private ArchivedReport store(ReportDocument document, String by) {
        String region = document.county() != null
                ? document.county()
                : regions.city().map(Region::code).orElseThrow();
        String hash = hash(document);
        Optional<ArchivedReport> latest = archive.latest(document.kind(), document.period(), region);
        if (latest.isPresent() && latest.get().contentHash().equals(hash)) {
            // the same document: kept, and known current at this data version
            archive.checked(latest.get().id(), document.dataVersion());
            return latest.get();
        }
        byte[] docx = docx(document);
        byte[] pdf = font.font().isPresent() ? pdf(document) : null;
        byte[] trace = traceXlsx(document);
        ArchivedReport report = new ArchivedReport(
                0,
                document.kind(),
                document.period(),
                region,
                latest.map(r -> r.version() + 1).orElse(1),
                document.dataVersion(),
                document.dataTime(),
                hash,
                document.title(),
                document.generatedAt(),
                by,
                pdf != null);
        try {
            return transactions.execute(status -> {
                long id = archive.insert(report, docx, pdf, trace);
                audit.record(
                        "report.generate",
                        AUDIT_TYPE,
                        document.kind().code() + ":" + document.period() + ":" + region,
                        null,
                        Map.of("version", report.version(), "data_version", report.dataVersion()));
                return archive.find(id).orElseThrow();
            });
        } catch (DuplicateKeyException raced) {
            // another request stored the same version a moment earlier
            return archive.latest(document.kind(), document.period(), region).orElseThrow();
        }
    }

    /** The archive in the caller's scope: every region's for city roles, its county's for a county user. */
    public List<ArchivedReport> archive(@Nullable YearMonth period, UserScope scope) {
        requireRead(scope);
        List<String> visible = new ArrayList<>();
        if (scope.isCityWide()) {
            regions.city().ifPresent(c -> visible.add(c.code()));
            regions.counties().forEach(c -> visible.add(c.code()));
        } else {
            visible.add(scope.regionCode());
        }
        return visible.isEmpty() ? List.of() : archive.list(period, visible);
    }

    /** One archived version, if the caller may read it. */
    public ArchivedReport find(long id, UserScope scope) {
        requireRead(scope);
        return archive.find(id)
                .filter(r -> scope.isCityWide() || r.regionCode().equals(scope.regionCode()))
                .orElseThrow(() -> new ReportNotFoundException(Messages.get("report.error.missing", id)));
    }

    /** A stored file of an archived version: {@code docx}, {@code pdf} or {@code xlsx} (the trace workbook). */
    public byte[] file(long id, String format, UserScope scope) {
        ArchivedReport report = find(id, scope);
        String column = switch (format) {
            case "docx" -> "docx";
            case "pdf" -> "pdf";
            case "xlsx" -> "trace_xlsx";
            default -> throw new IllegalArgumentException(Messages.get("report.error.format", format));
        };
        if (column.equals("pdf") && !report.hasPdf()) {
            throw new PdfUnavailableException(Messages.get("report.error.font", font.places()));
        }
        return archive.content(id, column)
                .orElseThrow(() -> new ReportNotFoundException(Messages.get("report.error.missing", id)));
    }

    /**
     * After the data change, the newest version of every archived document is written again from the new figures
     * (kept only when it reads differently), and the latest period's city documents are written when missing.
     */
    @Scheduled(
            fixedDelayString = "${industrypulse.report.refresh:PT10M}",
            initialDelayString = "${industrypulse.report.refresh:PT10M}")
    // one instance at a time writes the new versions (ShedLock over the shared database)
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "report-refresh", lockAtMostFor = "PT30M")
    public void refresh() {
        Optional<AuditLog.Position> position = audit.latest(AUDIT_TYPE);
        long now = position.map(AuditLog.Position::id).orElse(0L);
        Optional<Region> city = regions.city();
        if (city.isEmpty()) {
            return;
        }
        List<ArchivedReport> stale = new ArrayList<>();
        for (ArchivedReport report : archive.olderThan(now)) {
            if (periods.isPublished(report.period())) {
                stale.add(report);
            }
        }
        for (ArchivedReport report : stale) {
            UserScope scope = report.regionCode().equals(city.get().code())
                    ? new UserScope(AuditLog.SYSTEM, Role.CITY_ANALYST, report.regionCode())
                    : new UserScope(AuditLog.SYSTEM, Role.COUNTY_USER, report.regionCode());
            store(compose(report.kind(), report.period(), scope), AuditLog.SYSTEM);
        }
        periods.latest().ifPresent(period -> {
            UserScope scope =
                    new UserScope(AuditLog.SYSTEM, Role.CITY_ANALYST, city.get().code());
            for (ReportKind kind : ReportKind.values()) {
                if (archive.latest(kind, period, city.get().code()).isEmpty()) {
                    store(compose(kind, period, scope), AuditLog.SYSTEM);
                }
            }
        });
        log.debug("reports refreshed at data version {}", now);
    }

    private static void requireRead(UserScope scope) {
        if (!mayRead(scope)) {
            throw new AccessDeniedException("reports");
        }
    }

    /** SHA-256 of what the document says (not when it was written): equal hashes, equal documents. */
    static String hash(ReportDocument document) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(document.plainText().getBytes(StandardCharsets.UTF_8));
            for (ReportDocument.Trace trace : document.traces()) {
                digest.update(trace.toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
