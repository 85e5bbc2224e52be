package io.industrypulse.ingest;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.EnterpriseValidationException;
import io.industrypulse.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the simple tables ({@link TableKind}: {@code registry}, {@code targets}, {@code benchmarks},
 * {@code official}, {@code ppi}, {@code va-ratio}) and canonical packages ({@code package}), all or nothing: the
 * file is read and checked, then the rows are checked against the database and stored in one transaction; any
 * problem stores nothing and leaves a downloadable copy of the file with an error column. Only the city's
 * administrator and analysts may import these.
 */
@Service
public class TableImportService {

    /** The code of the canonical package import. */
    public static final String PACKAGE = "package";

    /** A kind as the page and the command line offer it. */
    public record Kind(String code, String title, boolean hasTemplate) {}

    private final Map<String, TableKind<?>> kinds = new LinkedHashMap<>();
    private final PackageImporter packages;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final IngestSettings settings;
    private final ImportMetrics metrics;
    private final ErrorReports reports;

    TableImportService(
            List<TableKind<?>> kinds,
            PackageImporter packages,
            AuditLog audit,
            PlatformTransactionManager transactionManager,
            IngestSettings settings,
            ErrorReports reports,
            ImportMetrics metrics) {
        for (String code : List.of("registry", "targets", "benchmarks", "official", "ppi", "va-ratio")) {
            kinds.stream().filter(k -> k.code().equals(code)).findFirst().ifPresent(k -> this.kinds.put(code, k));
        }
        kinds.forEach(k -> this.kinds.putIfAbsent(k.code(), k));
        this.packages = packages;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.settings = settings;
        this.reports = reports;
        this.metrics = metrics;
    }

    /** Whether the user may import these kinds: the city's administrator and analysts. */
    public static boolean mayImport(UserScope scope) {
        return scope.role() == Role.CITY_ADMIN || scope.role() == Role.CITY_ANALYST;
    }

    /** Every kind, in the order the page lists them, the package last. */
    public List<Kind> kinds() {
        List<Kind> all = new ArrayList<>();
        kinds.values().forEach(k -> all.add(new Kind(k.code(), k.title(), true)));
        all.add(new Kind(PACKAGE, Messages.get("ingest.kind.package"), false));
        return all;
    }

    /** Whether the code names a kind of this service. */
    public boolean knows(String kind) {
        return kinds.containsKey(kind) || PACKAGE.equals(kind);
    }

    /** The downloadable template of a kind: Chinese headers, input validation, instruction sheet 说明. */
    public Optional<byte[]> template(String kind) {
        return Optional.ofNullable(kinds.get(kind)).map(TableTemplate::bytes);
    }

    /**
     * Imports a file (or for {@code package} a directory or a .zip) of the kind.
     *
     * @param source the file's name as uploaded
     * @throws AccessDeniedException when the user may not import
     * @throws IllegalArgumentException for an unknown kind
     */
    public TableImportResult importFile(String kind, Path file, String source, UserScope scope) {
        return importFile(kind, file, source, scope, false);
    }

    /**
     * Imports an uploaded file of a table kind (a module's own page takes the upload): kept in a temporary file for
     * the import and removed after.
     *
     * @throws IllegalArgumentException with the bundle's message when no file was chosen
     */
    public TableImportResult importUpload(
            String kind, org.springframework.web.multipart.@Nullable MultipartFile file, UserScope scope)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("ingest.error.noFile"));
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        Path temporary = Files.createTempFile("industrypulse-table", ".upload");
        try (java.io.InputStream in = file.getInputStream()) {
            Files.copy(in, temporary, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return importFile(kind, temporary, name, scope);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * As {@link #importFile(String, Path, String, UserScope)}; for {@code package} with {@code replaceMonths} the
     * package's months become exactly its rows (stored rows of absent enterprises removed, recorded in the revision
     * and the audit). Other kinds ignore it.
     */
    public TableImportResult importFile(String kind, Path file, String source, UserScope scope, boolean replaceMonths) {
        long started = System.nanoTime();
        TableImportResult result = importChecked(kind, file, source, scope, replaceMonths);
        metrics.record(
                kinds.containsKey(kind) || PACKAGE.equals(kind) ? kind : "unknown",
                result.accepted(),
                result.rows(),
                started);
        return result;
    }

    private TableImportResult importChecked(
            String kind, Path file, String source, UserScope scope, boolean replaceMonths) {
        TableKind<?> table = kinds.get(kind);
        if (table == null ? !mayImport(scope) : !table.mayImport(scope)) {
            throw new AccessDeniedException(Messages.get("ingest.error.importDenied"));
        }
        if (PACKAGE.equals(kind)) {
            return packages.importPackage(file, source, scope, replaceMonths);
        }
        if (table == null) {
            throw new IllegalArgumentException(Messages.get("ingest.error.unknownKind", kind));
        }
        try {
            if (Files.isRegularFile(file)
                    && Files.size(file) > settings.maxFileSize().toBytes()) {
                return rejected(
                        table,
                        source,
                        file,
                        null,
                        List.of(new ImportProblem(
                                "",
                                0,
                                "",
                                ImportProblem.FILE,
                                Messages.get(
                                        "ingest.error.fileTooLarge",
                                        MonthlyImportService.megabytes(Files.size(file)),
                                        MonthlyImportService.megabytes(
                                                settings.maxFileSize().toBytes())))),
                        0,
                        scope);
            }
        } catch (IOException e) {
            return rejected(
                    table,
                    source,
                    file,
                    null,
                    List.of(new ImportProblem(
                            "", 0, "", ImportProblem.FILE, Messages.get("ingest.error.unreadable", e.getMessage()))),
                    0,
                    scope);
        }
        return run(table, file, source, scope);
    }

    private <T> TableImportResult run(TableKind<T> kind, Path file, String source, UserScope scope) {
        TableReader.Table table = TableReader.read(file, source, kind.columns(), settings.maxRows());
        boolean unreadable = table.problems().stream()
                .anyMatch(p -> p.rule().equals(ImportProblem.FILE) || p.rule().equals(ImportProblem.HEADER));
        if (unreadable) {
            return rejected(
                    kind, source, file, table, table.problems(), table.rows().size(), scope);
        }
        return transactions.execute(status -> {
            List<ImportProblem> problems = table.problems();
            TableKind.RowReader<T> reader = kind.reader(scope);
            List<T> values = new ArrayList<>();
            Map<String, Integer> keys = new HashMap<>();
            for (TableRow row : table.rows()) {
                T value = reader.read(row);
                if (value == null || row.hasProblems()) {
                    continue;
                }
                Integer first = keys.putIfAbsent(reader.key(value), row.number());
                if (first != null) {
                    row.problem(
                            ImportProblem.DUPLICATE,
                            Messages.get("ingest.error.duplicateRow", reader.key(value), first));
                    continue;
                }
                values.add(value);
            }
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
                return rejected(
                        kind, source, file, table, problems, table.rows().size(), scope);
            }
            String summary;
            try {
                summary = kind.store(values, scope);
            } catch (EnterpriseValidationException | IllegalArgumentException e) {
                status.setRollbackOnly();
                return rejected(
                        kind,
                        source,
                        file,
                        table,
                        List.of(new ImportProblem(table.sheet(), 0, "", ImportProblem.FORMAT, e.getMessage())),
                        table.rows().size(),
                        scope);
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("kind", kind.code());
            after.put("source", source);
            after.put("rows", values.size());
            after.put("summary", summary);
            audit.record("import." + kind.code(), "import", source, null, after);
            return new TableImportResult(kind.code(), kind.title(), source, values.size(), summary, List.of(), null);
        });
    }

    private TableImportResult rejected(
            TableKind<?> kind,
            String source,
            Path file,
            TableReader.Table table,
            List<ImportProblem> problems,
            int rows,
            UserScope scope) {
        String sheet = null;
        int header = -1;
        if (table != null && table.workbook()) {
            sheet = table.sheet();
            header = table.headerRow();
        }
        byte[] copy = ErrorWorkbook.write(
                file, sheet, header, problems, kind.columns().size());
        return new TableImportResult(
                kind.code(), kind.title(), source, rows, null, problems, reports.put(scope.username(), copy));
    }

    /**
     * The stored rows a package (directory or .zip) would remove, by month, if imported with {@code replaceMonths}:
     * shown to the user before it confirms.
     *
     * @throws AccessDeniedException when the user may not import
     */
    public Map<java.time.YearMonth, Integer> packageRemovals(Path file, UserScope scope) {
        if (!mayImport(scope)) {
            throw new AccessDeniedException(Messages.get("ingest.error.importDenied"));
        }
        return packages.removalsIfReplaced(file);
    }
}
