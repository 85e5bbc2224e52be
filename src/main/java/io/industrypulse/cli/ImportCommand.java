package io.industrypulse.cli;

import io.industrypulse.account.AccountService;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.ingest.ImportProblem;
import io.industrypulse.ingest.MonthlyImportResult;
import io.industrypulse.ingest.MonthlyImportService;
import io.industrypulse.ingest.TableImportResult;
import io.industrypulse.ingest.TableImportService;
import io.industrypulse.region.RegionService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code import --kind monthly --period YYYY-MM FILE} and {@code import --kind
 * registry|targets|benchmarks|official|ppi|va-ratio|package FILE}: the same imports as the page, on the configured
 * database, as the city administrator's scope; prints what was stored or every problem, exit code 2 on rejection.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import a B204-1 monthly workbook (.xlsx/.xls) for a period, a simple table"
                + " (registry, targets, benchmarks, official, ppi, va-ratio: .xlsx/.xls/.csv) or a canonical package"
                + " (directory or .zip).")
class ImportCommand implements Callable<Integer> {

    /** The user name recorded for imports from the command line. */
    static final String USER = "cli";

    private final Function<String[], ConfigurableApplicationContext> springApplication;

    @Option(
            names = "--kind",
            defaultValue = "monthly",
            description = "What the file holds: monthly (B204-1), registry, targets, benchmarks, official, ppi,"
                    + " va-ratio, package.")
    String kind;

    @Option(names = "--period", description = "The data month, YYYY-MM (monthly only).")
    String period;

    @Option(
            names = "--replace-months",
            description = "package only: the package's months become exactly its rows; stored rows of enterprises"
                    + " absent from the package are removed (listed in the revision and the audit). Without it they"
                    + " are kept.")
    boolean replaceMonths;

    @Parameters(index = "0", description = "The file (for package: a directory or a .zip) to import.")
    Path file;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    ImportCommand(Function<String[], ConfigurableApplicationContext> springApplication) {
        this.springApplication = springApplication;
    }

    @Override
    public Integer call() {
        if (!"monthly".equals(kind)) {
            return importTable();
        }
        if (replaceMonths) {
            System.err.println(Messages.get("cli.import.replaceMonthsPackageOnly"));
            return 2;
        }
        if (period == null) {
            System.err.println(Messages.get("cli.import.periodRequired"));
            return 2;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(period);
        } catch (java.time.format.DateTimeParseException e) {
            System.err.println(Messages.get("cli.import.periodFormat", period));
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            System.err.println(Messages.get("cli.import.noFile", file));
            return 2;
        }
        try (ConfigurableApplicationContext context = springApplication.apply(springArguments())) {
            if (isEmpty(context)) {
                return 2;
            }
            String city = context.getBean(AccountService.class).cityCode();
            UserScope scope = new UserScope(USER, Role.CITY_ADMIN, city);
            long start = System.nanoTime();
            MonthlyImportResult result = context.getBean(MonthlyImportService.class)
                    .importMonthly(file, file.getFileName().toString(), month, scope);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (result.accepted()) {
                System.out.printf(
                        java.util.Locale.ROOT,
                        "%s%n",
                        Messages.get(
                                "cli.import.monthlyDone",
                                month,
                                result.revision().revision(),
                                result.rows(),
                                result.outputMonth(),
                                String.format(java.util.Locale.ROOT, "%.1f", seconds)));
                System.out.println(Messages.get("cli.import.flagged", result.flaggedRows(), result.flags()));
                return 0;
            }
            System.err.println(
                    Messages.get("cli.import.rejected", file, result.problems().size()));
            for (ImportProblem problem : result.problems()) {
                if (problem.row() == 0) {
                    System.err.printf("  [%s] %s%n", problem.rule(), problem.message());
                    continue;
                }
                System.err.println(Messages.get(
                        "cli.import.problem",
                        problem.sheet(),
                        problem.row(),
                        problem.column(),
                        problem.rule(),
                        problem.message()));
            }
            return 2;
        }
    }

    private static final List<String> TABLE_KINDS =
            List.of("registry", "targets", "benchmarks", "official", "ppi", "va-ratio", "package");

    private Integer importTable() {
        if (!TABLE_KINDS.contains(kind)) {
            System.err.println(Messages.get("cli.import.kind", String.join(", ", TABLE_KINDS), kind));
            return 2;
        }
        if (period != null) {
            System.err.println(Messages.get("cli.import.periodMonthlyOnly", kind));
            return 2;
        }
        if (replaceMonths && !"package".equals(kind)) {
            System.err.println(Messages.get("cli.import.replaceMonthsPackageOnly"));
            return 2;
        }
        if (!Files.isRegularFile(file) && !("package".equals(kind) && Files.isDirectory(file))) {
            System.err.println(Messages.get("cli.import.noFile", file));
            return 2;
        }
        try (ConfigurableApplicationContext context = springApplication.apply(springArguments())) {
            if (!"package".equals(kind) && isEmpty(context)) {
                return 2;
            }
            String city = context.getBean(AccountService.class).cityCode();
            UserScope scope = new UserScope(USER, Role.CITY_ADMIN, city);
            TableImportResult result = context.getBean(TableImportService.class)
                    .importFile(kind, file, file.getFileName().toString(), scope, replaceMonths);
            if (result.accepted()) {
                System.out.println(Messages.get("cli.import.tableDone", result.title(), file, result.summary()));
                return 0;
            }
            printProblems(result.problems());
            return 2;
        }
    }

    private String[] springArguments() {
        return CommandLineMain.batchArguments(springArguments);
    }

    /**
     * Whether the database holds no city yet, said on stderr: only a canonical package can start a database (it brings
     * the regions and the registry every other kind refers to).
     */
    private boolean isEmpty(ConfigurableApplicationContext context) {
        if (context.getBean(RegionService.class).city().isPresent()) {
            return false;
        }
        System.err.println(Messages.get(
                "cli.import.emptyDatabase", context.getEnvironment().getProperty("spring.datasource.url"), kind));
        return true;
    }

    private void printProblems(List<ImportProblem> problems) {
        System.err.println(Messages.get("cli.import.rejected", file, problems.size()));
        for (ImportProblem problem : problems) {
            // a CSV file's problems already name it as their sheet
            String name = file.getFileName().toString();
            System.err.println("  " + (problem.sheet().equals(name) ? "" : name + " ") + problem.describe());
        }
    }
}
