package io.industrypulse.cli;

import io.industrypulse.account.AccountService;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.ingest.ImportProblem;
import io.industrypulse.ingest.MonthlyImportResult;
import io.industrypulse.ingest.MonthlyImportService;
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
 * {@code import --kind monthly --period YYYY-MM FILE}: the same import as the page, on the configured database,
 * as the city administrator's scope; prints the stored revision or every problem, exit code 2 on rejection.
 */
@Command(name = "import", description = "Import a B204-1 monthly workbook (.xlsx/.xls) for a period.")
class ImportCommand implements Callable<Integer> {

    /** The user name recorded for imports from the command line. */
    static final String USER = "cli";

    private final Function<String[], ConfigurableApplicationContext> springApplication;

    @Option(names = "--kind", defaultValue = "monthly", description = "What the file holds: monthly (B204-1).")
    String kind;

    @Option(names = "--period", required = true, description = "The data month, YYYY-MM.")
    String period;

    @Parameters(index = "0", description = "The workbook to import.")
    Path file;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    ImportCommand(Function<String[], ConfigurableApplicationContext> springApplication) {
        this.springApplication = springApplication;
    }

    @Override
    public Integer call() {
        if (!"monthly".equals(kind)) {
            System.err.println("--kind: 目前只支持 monthly（B204-1 月度数据），收到 \"" + kind + "\"");
            return 2;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(period);
        } catch (java.time.format.DateTimeParseException e) {
            System.err.println("--period: 应为 YYYY-MM，收到 \"" + period + "\"");
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            System.err.println(file + ": 文件不存在");
            return 2;
        }
        List<String> arguments = new ArrayList<>(springArguments);
        arguments.add("--spring.main.web-application-type=none");
        arguments.add("--spring.main.banner-mode=off");
        try (ConfigurableApplicationContext context = springApplication.apply(arguments.toArray(String[]::new))) {
            String city = context.getBean(AccountService.class).cityCode();
            UserScope scope = new UserScope(USER, Role.CITY_ADMIN, city, null);
            long start = System.nanoTime();
            MonthlyImportResult result = context.getBean(MonthlyImportService.class)
                    .importMonthly(file, file.getFileName().toString(), month, scope);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (result.accepted()) {
                System.out.printf(
                        java.util.Locale.ROOT,
                        "已导入 %s 第 %d 版：%d 家企业，本月工业总产值合计 %s 万元（用时 %.1f 秒）%n",
                        month,
                        result.revision().revision(),
                        result.rows(),
                        result.outputMonth().toPlainString(),
                        seconds);
                return 0;
            }
            System.err.printf(
                    "导入被拒绝，未保存任何数据（%s）。共 %d 处问题：%n", file, result.problems().size());
            for (ImportProblem problem : result.problems()) {
                if (problem.row() == 0) {
                    System.err.printf("  [%s] %s%n", problem.rule(), problem.message());
                    continue;
                }
                System.err.printf(
                        "  工作表 %s 第 %d 行 %s 列 [%s] %s%n",
                        problem.sheet(), problem.row(), problem.column(), problem.rule(), problem.message());
            }
            return 2;
        }
    }
}
