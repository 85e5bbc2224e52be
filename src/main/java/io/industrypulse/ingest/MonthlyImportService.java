package io.industrypulse.ingest;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.i18n.Messages;
import io.industrypulse.statdata.FlagSummary;
import io.industrypulse.statdata.MonthlyDetail;
import io.industrypulse.statdata.MonthlyImport;
import io.industrypulse.statdata.MonthlyRevision;
import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.RaisedFlag;
import io.industrypulse.statdata.ReviewFlagService;
import io.industrypulse.statdata.RevisionService;
import io.industrypulse.statdata.StatDataService;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a B204-1 workbook (.xlsx or .xls) for one period: parse (streaming), review (hard rules H1-H6,
 * METHODOLOGY.md 6.3) and store as a new revision, all or nothing. The review runs after the period is locked, so a
 * second import of the same period waits and is reviewed against the first one's result. A rejected import stores
 * nothing and leaves a downloadable copy of the file with an error column. City users (市级管理员, 市级业务) import for
 * the whole city; a county user only the enterprises of the own county, whose rows replace that county's rows.
 */
@Service
public class MonthlyImportService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MonthlyImportService.class);

    private final RevisionService revisions;
    private final StatDataService statData;
    private final EnterpriseService enterprises;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final IngestSettings settings;
    private final ImportMetrics metrics;
    private final ErrorReports reports;
    private final ReviewFlagService flags;
    private final ReviewSettings reviewSettings;
    private final List<EntrantBases> entrantBases;

    MonthlyImportService(
            RevisionService revisions,
            StatDataService statData,
            EnterpriseService enterprises,
            AuditLog audit,
            PlatformTransactionManager transactionManager,
            IngestSettings settings,
            ErrorReports reports,
            ReviewFlagService flags,
            ReviewSettings reviewSettings,
            List<EntrantBases> entrantBases,
            ImportMetrics metrics) {
        this.revisions = revisions;
        this.statData = statData;
        this.enterprises = enterprises;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.settings = settings;
        this.reports = reports;
        this.flags = flags;
        this.reviewSettings = reviewSettings;
        this.entrantBases = List.copyOf(entrantBases);
        this.metrics = metrics;
    }

    /** Whether the user may import monthly data at all (city admin and analyst, county users for their county). */
    public static boolean mayImport(UserScope scope) {
        return scope.role() == Role.CITY_ADMIN || scope.role() == Role.CITY_ANALYST || scope.role() == Role.COUNTY_USER;
    }

    /**
     * Imports the file as the period's next revision.
     *
     * @param source the file's name as uploaded, recorded with the revision
     * @throws AccessDeniedException when the user may not import
     */
    public MonthlyImportResult importMonthly(Path file, String source, YearMonth period, UserScope scope) {
        long started = System.nanoTime();
        MonthlyImportResult result = importChecked(file, source, period, scope);
        metrics.record("monthly", result.accepted(), result.rows(), started);
        return result;
    }

    private MonthlyImportResult importChecked(Path file, String source, YearMonth period, UserScope scope) {
        if (!mayImport(scope)) {
            throw new AccessDeniedException(Messages.get("ingest.error.monthlyDenied"));
        }
        String county = scope.role() == Role.COUNTY_USER ? scope.regionCode() : null;
        try {
            long size = Files.size(file);
            if (size > settings.maxFileSize().toBytes()) {
                return rejected(
                        period,
                        source,
                        null,
                        0,
                        List.of(fileProblem(Messages.get(
                                "ingest.error.fileTooLarge",
                                megabytes(size),
                                megabytes(settings.maxFileSize().toBytes())))),
                        scope);
            }
        } catch (IOException e) {
            return rejected(
                    period,
                    source,
                    null,
                    0,
                    List.of(fileProblem(Messages.get("ingest.error.unreadable", e.getMessage()))),
                    scope);
        }
        long started = System.nanoTime();
        MonthlySheetParser parser = new MonthlySheetParser(settings.maxRows());
        try {
            WorkbookStream.read(file, parser);
            parser.finish();
        } catch (ImportRejected | WorkbookStream.StopReading e) {
            return rejected(period, source, null, 0, List.of(fileProblem(e.getMessage())), scope);
        }
        if (!parser.problems().isEmpty()) {
            return rejected(period, source, file, parser, parser.problems(), scope);
        }
        long parsed = System.nanoTime();
        Map<String, String> counties = enterprises.countiesByCreditCode();
        return transactions.execute(status -> {
            revisions.lockPeriod(period);
            long locked = System.nanoTime();
            MonthlyReview.Context context = context(period, counties, county);
            MonthlyReview review = new MonthlyReview(parser, context);
            review.run();
            long reviewed = System.nanoTime();
            if (!review.problems().isEmpty()) {
                status.setRollbackOnly();
                return rejected(period, source, file, parser, review.problems(), scope);
            }
            Set<String> replaced = county == null
                    ? Set.of()
                    : counties.entrySet().stream()
                            .filter(e -> county.equals(e.getValue()))
                            .map(Map.Entry::getKey)
                            .collect(Collectors.toSet());
            List<MonthlyDetail> rows = review.accepted();
            List<RaisedFlag> raised = new SoftReview(reviewSettings, softInputs(context)).review(rows);
            MonthlyRevision revision =
                    revisions.store(new MonthlyImport(period, source, scope.username(), county, replaced, rows));
            // a county import reaches its county's enterprises (the rows it may hold), a city import the whole period
            FlagSummary flagged = flags.reconcile(revision, county == null ? null : replaced, raised);
            BigDecimal total = rows.stream().map(r -> r.output().month()).reduce(BigDecimal.ZERO, BigDecimal::add);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("period", period.toString());
            summary.put("revision", revision.revision());
            summary.put("source", source);
            summary.put("rows", rows.size());
            summary.put("county", county);
            summary.put("outputMonth", total);
            summary.put("flaggedRows", flagged.flaggedRows());
            summary.put("flags", flagged.raised());
            summary.put("flagsClosed", flagged.closed());
            audit.record("statdata.import", "monthly_revision", period + "#" + revision.revision(), null, summary);
            log.info(
                    "Imported {} revision {}: {} rows; parse {} ms, registry and lock {} ms, review {} ms, store {} ms",
                    period,
                    revision.revision(),
                    rows.size(),
                    (parsed - started) / 1_000_000,
                    (locked - parsed) / 1_000_000,
                    (reviewed - locked) / 1_000_000,
                    (System.nanoTime() - reviewed) / 1_000_000);
            return new MonthlyImportResult(
                    period,
                    source,
                    revision,
                    rows.size(),
                    total,
                    List.of(),
                    null,
                    flagged.flaggedRows(),
                    flagged.raised());
        });
    }

    /** The error workbook of a rejected import, for the user who imported. */
    public java.util.Optional<byte[]> errorReport(String id, UserScope scope) {
        return reports.get(id, scope.username());
    }

    private MonthlyReview.Context context(YearMonth period, Map<String, String> counties, String county) {
        Map<String, MonthlyDetail> previous =
                period.getMonthValue() == 1 ? Map.of() : revisions.latestDetail(period.minusMonths(1));
        YearMonth lastYear = period.minusYears(1);
        Map<String, BigDecimal> lastYearOutput = new HashMap<>();
        for (MonthlyRow row : statData.monthly(lastYear, lastYear)) {
            lastYearOutput.put(row.creditCode(), row.output());
        }
        Map<String, BigDecimal> entrants = new HashMap<>();
        entrantBases.forEach(b -> entrants.putAll(b.outputs(lastYear)));
        entrants.keySet().removeAll(lastYearOutput.keySet());
        return new MonthlyReview.Context(
                period, counties, county, previous, lastYearOutput, revisions.latestDetail(lastYear), entrants);
    }

    private SoftReview.Inputs softInputs(MonthlyReview.Context context) {
        YearMonth period = context.period();
        Map<String, BigDecimal> previous = new HashMap<>();
        for (MonthlyRow row : statData.monthly(period.minusMonths(1), period.minusMonths(1))) {
            previous.put(row.creditCode(), row.output());
        }
        return new SoftReview.Inputs(
                period, context.counties(), context.lastYear().keySet(), previous, statData.revenueCumulative(period));
    }

    private MonthlyImportResult rejected(
            YearMonth period,
            String source,
            Path file,
            MonthlySheetParser parser,
            List<ImportProblem> problems,
            UserScope scope) {
        byte[] workbook = ErrorWorkbook.write(file, parser.sheet(), parser.headerRowIndex(), problems);
        return new MonthlyImportResult(
                period,
                source,
                null,
                parser.rows().size(),
                null,
                List.copyOf(problems),
                reports.put(scope.username(), workbook),
                0,
                0);
    }

    private MonthlyImportResult rejected(
            YearMonth period, String source, Path file, int rows, List<ImportProblem> problems, UserScope scope) {
        byte[] workbook = ErrorWorkbook.write(file, null, -1, problems);
        return new MonthlyImportResult(
                period, source, null, rows, null, List.copyOf(problems), reports.put(scope.username(), workbook), 0, 0);
    }

    private static ImportProblem fileProblem(String message) {
        return new ImportProblem("", 0, "", ImportProblem.FILE, message);
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
