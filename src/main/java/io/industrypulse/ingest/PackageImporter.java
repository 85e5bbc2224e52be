package io.industrypulse.ingest;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.Enterprise;
import io.industrypulse.enterprise.EnterpriseRegistration;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.enterprise.EnterpriseValidationException;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionLevel;
import io.industrypulse.region.RegionService;
import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.MonthlyRowsImport;
import io.industrypulse.statdata.Ppi;
import io.industrypulse.statdata.RevisionService;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.statdata.VaRatio;
import io.industrypulse.target.Benchmark;
import io.industrypulse.target.BenchmarkScope;
import io.industrypulse.target.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code package}: a canonical CSV package (DESIGN.md section 4, a directory or a .zip of it) read and checked by
 * {@link CanonicalPackageReader}, then stored in one transaction: regions (new ones added, known ones must agree),
 * enterprises (new ones registered, known ones must agree on county and division), VA ratios, PPI, the monthly rows
 * of the package's months (replacing what was stored for those months), targets and benchmarks. Every write is
 * audited by the owning service or here; the owning services announce the changes.
 */
@Component
class PackageImporter {

    static final String TITLE = "规范数据包";

    /** The most bytes a .zip may inflate to. */
    static final long MAX_UNZIPPED = 2L * 1024 * 1024 * 1024;

    private final RegionService regions;
    private final EnterpriseService enterprises;
    private final StatDataService statData;
    private final RevisionService revisions;
    private final PpiKind ppi;
    private final VaRatioKind vaRatios;
    private final TargetsKind targets;
    private final BenchmarksKind benchmarks;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final ErrorReports reports;

    PackageImporter(
            RegionService regions,
            EnterpriseService enterprises,
            StatDataService statData,
            RevisionService revisions,
            PpiKind ppi,
            VaRatioKind vaRatios,
            TargetsKind targets,
            BenchmarksKind benchmarks,
            AuditLog audit,
            PlatformTransactionManager transactionManager,
            ErrorReports reports) {
        this.regions = regions;
        this.enterprises = enterprises;
        this.statData = statData;
        this.revisions = revisions;
        this.ppi = ppi;
        this.vaRatios = vaRatios;
        this.targets = targets;
        this.benchmarks = benchmarks;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reports = reports;
    }

    /**
     * @param replaceMonths the package's months become exactly its rows: stored rows of enterprises absent from the
     *     package are removed (and recorded in the revision and the audit); otherwise they are kept
     */
    TableImportResult importPackage(Path file, String source, UserScope scope, boolean replaceMonths) {
        Path unzipped = null;
        try {
            Path directory = file;
            if (!Files.isDirectory(file)) {
                try {
                    unzipped = unzip(file);
                } catch (ImportRejected e) {
                    return rejected(source, List.of(fileProblem(e.getMessage())), scope);
                }
                directory = packageRoot(unzipped);
            }
            CanonicalPackage data;
            try {
                data = CanonicalPackageReader.read(directory);
            } catch (PackageException e) {
                return rejected(source, List.of(e.toProblem()), scope);
            }
            return store(data, source, scope, replaceMonths);
        } finally {
            if (unzipped != null) {
                delete(unzipped);
            }
        }
    }

    /**
     * The rows a package would remove if its months were replaced, by month (months with none left out); empty
     * also when the package cannot be read (the import then names the problem).
     */
    Map<YearMonth, Integer> removalsIfReplaced(Path file) {
        Path unzipped = null;
        try {
            Path directory = file;
            if (!Files.isDirectory(file)) {
                unzipped = unzip(file);
                directory = packageRoot(unzipped);
            }
            CanonicalPackage data = CanonicalPackageReader.read(directory);
            Map<YearMonth, Integer> removals = new java.util.TreeMap<>();
            byPeriod(data).forEach((period, rows) -> {
                int removed = revisions
                        .rowsReplacedAway(
                                period,
                                rows.stream()
                                        .map(CanonicalPackage.MonthlyRow::creditCode)
                                        .collect(Collectors.toSet()))
                        .size();
                if (removed > 0) {
                    removals.put(period, removed);
                }
            });
            return removals;
        } catch (ImportRejected | PackageException e) {
            return Map.of();
        } finally {
            if (unzipped != null) {
                delete(unzipped);
            }
        }
    }

    private static Map<YearMonth, List<CanonicalPackage.MonthlyRow>> byPeriod(CanonicalPackage data) {
        return data.monthly().stream()
                .collect(Collectors.groupingBy(
                        CanonicalPackage.MonthlyRow::period, java.util.TreeMap::new, Collectors.toList()));
    }

    private TableImportResult store(CanonicalPackage data, String source, UserScope scope, boolean replaceMonths) {
        return transactions.execute(status -> {
            List<ImportProblem> problems = new ArrayList<>();
            List<Region> newRegions = checkRegions(data, problems);
            List<EnterpriseRegistration> newEnterprises = checkEnterprises(data, problems);
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
                return rejected(source, problems, scope);
            }
            try {
                regions.saveAll(newRegions);
                enterprises.registerAll(newEnterprises);
                if (!data.vaRatios().isEmpty()) {
                    vaRatios.store(
                            data.vaRatios().stream()
                                    .map(v -> new VaRatio(v.year(), v.industryCode(), v.vaRatio()))
                                    .toList(),
                            scope);
                }
                if (!data.ppi().isEmpty()) {
                    ppi.store(
                            data.ppi().stream()
                                    .map(p -> new Ppi(p.period(), p.industryCode(), p.ppiYoy()))
                                    .toList(),
                            scope);
                }
                Map<String, Object> monthly = storeMonthly(data, source, scope, replaceMonths);
                if (!data.targets().isEmpty()) {
                    targets.store(
                            data.targets().stream()
                                    .map(t -> new Target(t.year(), t.regionCode(), t.targetGrowth()))
                                    .toList(),
                            scope);
                }
                if (!data.benchmarks().isEmpty()) {
                    benchmarks.store(
                            data.benchmarks().stream()
                                    .map(b ->
                                            new Benchmark(b.period(), BenchmarkScope.ofCode(b.scope()), b.growthCum()))
                                    .toList(),
                            scope);
                }
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("source", source);
                summary.put("regionsAdded", newRegions.size());
                summary.put("enterprisesAdded", newEnterprises.size());
                summary.put("enterprises", data.enterprises().size());
                summary.putAll(monthly);
                summary.put("vaRatios", data.vaRatios().size());
                summary.put("ppi", data.ppi().size());
                summary.put("targets", data.targets().size());
                summary.put("benchmarks", data.benchmarks().size());
                audit.record("import.package", "import", source, null, summary);
                String text = Messages.get(
                        "ingest.package.summary",
                        newRegions.size(),
                        newEnterprises.size(),
                        data.monthly().size(),
                        monthly.getOrDefault("months", Messages.get("ingest.package.noMonths")),
                        (Integer) monthly.getOrDefault("added", 0),
                        (Integer) monthly.getOrDefault("changed", 0),
                        (Integer) monthly.getOrDefault("unchanged", 0),
                        (Integer) monthly.getOrDefault("kept", 0),
                        (Integer) monthly.getOrDefault("removed", 0),
                        data.vaRatios().size(),
                        data.ppi().size(),
                        data.targets().size(),
                        data.benchmarks().size());
                return new TableImportResult(
                        TableImportService.PACKAGE, TITLE, source, rowCount(data), text, List.of(), null);
            } catch (EnterpriseValidationException | IllegalArgumentException e) {
                status.setRollbackOnly();
                return rejected(source, List.of(fileProblem(e.getMessage())), scope);
            }
        });
    }

    /**
     * Each month of the package becomes a revision of that month (as a B204-1 import does), recording the rows it
     * adds, changes and (when replacing months) removes; every month is audited with the removed rows' values.
     */
    private Map<String, Object> storeMonthly(
            CanonicalPackage data, String source, UserScope scope, boolean replaceMonths) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("monthly", data.monthly().size());
        if (data.monthly().isEmpty()) {
            return summary;
        }
        Map<String, String> names = new java.util.HashMap<>();
        enterprises.allForStatistics().forEach(e -> names.put(e.creditCode(), e.name()));
        data.enterprises().forEach(e -> names.put(e.creditCode(), e.name()));
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        int kept = 0;
        int removed = 0;
        List<Long> revisionIds = new ArrayList<>();
        Map<YearMonth, List<CanonicalPackage.MonthlyRow>> months = byPeriod(data);
        for (Map.Entry<YearMonth, List<CanonicalPackage.MonthlyRow>> month : months.entrySet()) {
            List<MonthlyRow> rows = month.getValue().stream()
                    .map(m -> new MonthlyRow(
                            m.period(), m.creditCode(), m.output(), m.outputLy(), m.revenue(), m.electricity()))
                    .toList();
            RevisionService.PackageRevision stored = revisions.storeRows(
                    new MonthlyRowsImport(month.getKey(), source, scope.username(), rows, names, replaceMonths));
            Map<String, Object> monthAudit = new LinkedHashMap<>();
            monthAudit.put("revision", stored.revision().revision());
            monthAudit.put("revisionId", stored.revision().id());
            monthAudit.put("added", stored.added());
            monthAudit.put("changed", stored.changed());
            monthAudit.put("unchanged", stored.unchanged());
            monthAudit.put("kept", stored.kept());
            monthAudit.put("replaceMonth", replaceMonths);
            audit.record(
                    "import.package.month",
                    "monthly_revision",
                    month.getKey().toString(),
                    stored.removed().isEmpty() ? null : Map.of("removed", stored.removed()),
                    monthAudit);
            added += stored.added();
            changed += stored.changed();
            unchanged += stored.unchanged();
            kept += stored.kept();
            removed += stored.removed().size();
            revisionIds.add(stored.revision().id());
        }
        YearMonth first = months.keySet().iterator().next();
        YearMonth last = ((java.util.TreeMap<YearMonth, ?>) months).lastKey();
        summary.put("months", first.equals(last) ? first.toString() : first + ".." + last);
        summary.put("added", added);
        summary.put("changed", changed);
        summary.put("unchanged", unchanged);
        summary.put("kept", kept);
        summary.put("removed", removed);
        summary.put("revisions", revisionIds);
        return summary;
    }

    private List<Region> checkRegions(CanonicalPackage data, List<ImportProblem> problems) {
        Map<String, Region> stored =
                regions.all().stream().collect(Collectors.toMap(Region::code, Function.identity()));
        List<Region> added = new ArrayList<>();
        for (int i = 0; i < data.regions().size(); i++) {
            CanonicalPackage.RegionRow row = data.regions().get(i);
            Region region = stored.get(row.code());
            String parent = row.parentCode() == null || row.parentCode().isEmpty() ? null : row.parentCode();
            if (region == null) {
                added.add(new Region(row.code(), row.name(), RegionLevel.fromCode(row.level()), parent));
            } else if (!region.name().equals(row.name())
                    || !region.level().equals(RegionLevel.fromCode(row.level()))
                    || !Objects.equals(region.parentCode(), parent)) {
                problems.add(new ImportProblem(
                        CanonicalPackageReader.REGIONS,
                        i + 2,
                        "",
                        ImportProblem.REFERENCE,
                        Messages.get(
                                "ingest.package.regionDiffers",
                                row.code(),
                                region.name(),
                                region.level().code(),
                                region.parentCode())));
            }
        }
        return added;
    }

    private List<EnterpriseRegistration> checkEnterprises(CanonicalPackage data, List<ImportProblem> problems) {
        Map<String, Enterprise> stored = enterprises.allForStatistics().stream()
                .collect(Collectors.toMap(Enterprise::creditCode, Function.identity(), (a, b) -> a));
        List<EnterpriseRegistration> added = new ArrayList<>();
        for (int i = 0; i < data.enterprises().size(); i++) {
            CanonicalPackage.EnterpriseRow row = data.enterprises().get(i);
            Enterprise enterprise = stored.get(row.creditCode());
            if (enterprise == null) {
                added.add(EnterpriseRegistration.of(
                        row.creditCode(), row.name(), row.countyCode(), row.industryCode(), row.aboveSizeSince()));
            } else if (!enterprise.countyCode().equals(row.countyCode())
                    || !enterprise.divisionCode().equals(row.industryCode())) {
                problems.add(new ImportProblem(
                        CanonicalPackageReader.ENTERPRISES,
                        i + 2,
                        "",
                        ImportProblem.REFERENCE,
                        Messages.get(
                                "ingest.package.enterpriseDiffers",
                                row.creditCode(),
                                enterprise.countyCode(),
                                enterprise.divisionCode())));
            }
        }
        return added;
    }

    private static int rowCount(CanonicalPackage data) {
        return data.regions().size()
                + data.enterprises().size()
                + data.monthly().size()
                + data.vaRatios().size()
                + data.ppi().size()
                + data.targets().size()
                + data.benchmarks().size();
    }

    private TableImportResult rejected(String source, List<ImportProblem> problems, UserScope scope) {
        return new TableImportResult(
                TableImportService.PACKAGE,
                TITLE,
                source,
                0,
                null,
                problems,
                reports.put(scope.username(), ErrorWorkbook.write(null, null, -1, problems)));
    }

    private static ImportProblem fileProblem(String message) {
        return new ImportProblem("", 0, "", ImportProblem.FILE, message);
    }

    /** Unpacks a .zip into a new temporary directory, refusing entries outside it and archives inflating too far. */
    private static Path unzip(Path file) {
        Path target;
        try {
            target = Files.createTempDirectory("industrypulse-package");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new ImportRejected(Messages.get("ingest.package.zipPath", entry.getName()));
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                total += copy(zip, out, MAX_UNZIPPED - total);
            }
        } catch (IOException e) {
            delete(target);
            throw new ImportRejected(Messages.get("ingest.package.badZip", e.getMessage()), e);
        } catch (ImportRejected e) {
            delete(target);
            throw e;
        }
        if (entries == 0) {
            delete(target);
            throw new ImportRejected(Messages.get("ingest.package.notPackage"));
        }
        return target;
    }

    private static long copy(InputStream in, Path out, long allowed) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        try (var os = Files.newOutputStream(out)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                if (written > allowed) {
                    throw new ImportRejected(Messages.get("ingest.package.tooLarge"));
                }
                os.write(buffer, 0, n);
            }
        }
        return written;
    }

    /** The directory holding regions.csv: the root or the one folder the archive wraps it in. */
    private static Path packageRoot(Path unzipped) {
        if (Files.exists(unzipped.resolve(CanonicalPackageReader.REGIONS))) {
            return unzipped;
        }
        try (Stream<Path> found = Files.walk(unzipped, 3)) {
            return found.filter(p -> p.getFileName().toString().equals(CanonicalPackageReader.REGIONS))
                    .map(Path::getParent)
                    .findFirst()
                    .orElse(unzipped);
        } catch (IOException e) {
            return unzipped;
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is removed by the system
        }
    }
}
