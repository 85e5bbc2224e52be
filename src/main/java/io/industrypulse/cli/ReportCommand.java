package io.industrypulse.cli;

import io.industrypulse.account.AccountService;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.RegionService;
import io.industrypulse.report.ReportDocument;
import io.industrypulse.report.ReportKind;
import io.industrypulse.report.ReportService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code report --period YYYY-MM --format docx|pdf --out FILE [--county CODE] [--kind analysis|brief]}: writes the
 * month's analysis report (or meeting brief) of the city, or of one county, from the configured database, as the
 * pages would; exit code 2 on bad arguments or a period without published figures.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Write the monthly analysis report or the dispatch-meeting brief of a published period as .docx"
                + " or .pdf.")
class ReportCommand implements Callable<Integer> {

    private final Function<String[], ConfigurableApplicationContext> springApplication;

    @Option(names = "--period", required = true, description = "The published month, YYYY-MM.")
    String period;

    @Option(names = "--format", defaultValue = "docx", description = "docx or pdf.")
    String format;

    @Option(names = "--out", required = true, description = "The file to write.")
    Path out;

    @Option(names = "--county", description = "A county's code: its own version of the document.")
    String county;

    @Option(
            names = "--kind",
            defaultValue = "analysis",
            description = "analysis (the monthly analysis report) or brief (the dispatch-meeting brief).")
    String kind;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    ReportCommand(Function<String[], ConfigurableApplicationContext> springApplication) {
        this.springApplication = springApplication;
    }

    @Override
    public Integer call() throws IOException {
        YearMonth month;
        try {
            month = YearMonth.parse(period);
        } catch (java.time.format.DateTimeParseException e) {
            System.err.println(Messages.get("cli.import.periodFormat", period));
            return 2;
        }
        if (!format.equals("docx") && !format.equals("pdf")) {
            System.err.println(Messages.get("cli.report.format", format));
            return 2;
        }
        Optional<ReportKind> reportKind = ReportKind.of(kind);
        if (reportKind.isEmpty()) {
            System.err.println(Messages.get("report.error.kind", kind));
            return 2;
        }
        try (ConfigurableApplicationContext context = springApplication.apply(springArguments())) {
            RegionService regions = context.getBean(RegionService.class);
            if (regions.city().isEmpty()) {
                System.err.println(Messages.get("cli.report.emptyDatabase"));
                return 2;
            }
            if (county != null && !regions.isCounty(county)) {
                System.err.println(Messages.get("cli.report.county", county));
                return 2;
            }
            UserScope scope = county == null
                    ? new UserScope(
                            ImportCommand.USER,
                            Role.CITY_ANALYST,
                            context.getBean(AccountService.class).cityCode())
                    : new UserScope(ImportCommand.USER, Role.COUNTY_USER, county);
            ReportService reports = context.getBean(ReportService.class);
            long start = System.nanoTime();
            ReportDocument document;
            try {
                document = reports.compose(reportKind.get(), month, scope);
            } catch (RuntimeException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            byte[] bytes = format.equals("pdf") ? reports.pdf(document) : reports.docx(document);
            Files.write(out, bytes);
            System.out.println(Messages.get(
                    "cli.report.done",
                    document.title(),
                    out,
                    bytes.length,
                    String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9)));
            return 0;
        }
    }

    private String[] springArguments() {
        return CommandLineMain.batchArguments(springArguments);
    }
}
