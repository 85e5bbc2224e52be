package io.industrypulse.planning;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.ListPage;
import io.industrypulse.account.PeriodChoice;
import io.industrypulse.i18n.Messages;
import io.industrypulse.monitor.CurrentPeriod;
import io.industrypulse.report.ExcelExport;
import io.industrypulse.report.ExcelTable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The {@code /reporting} page (联网直报进度 / 应统尽统): per county, and the missing enterprises whom to call, filtered by
 * county, paged, and exported as .xlsx (导出未报企业名单). Default month: the one after the period the user chose, else
 * the month being reported now by the calendar.
 */
@Controller
class ReportingController {

    private final ReportingService reporting;
    private final CurrentUser currentUser;
    private final CurrentPeriod periods;

    ReportingController(ReportingService reporting, CurrentUser currentUser, CurrentPeriod periods) {
        this.reporting = reporting;
        this.currentUser = currentUser;
        this.periods = periods;
    }

    @GetMapping("/reporting")
    String page(
            @RequestParam(required = false) @Nullable YearMonth period,
            @RequestParam(required = false) @Nullable String county,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        YearMonth month = shownMonth(period);
        ReportingProgress progress = reporting.progress(month, currentUser.scope());
        String shownCounty = county(county);
        List<ReportingProgress.Missing> missing = missing(progress, shownCounty);
        model.addAttribute("progress", progress);
        model.addAttribute("periodBasis", periods.basis(month, "period.basis.reporting"));
        model.addAttribute("county", shownCounty);
        model.addAttribute(
                "countyName",
                progress.counties().stream()
                        .filter(c -> c.countyCode().equals(shownCounty))
                        .map(ReportingProgress.County::countyName)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("missing", ListPage.of(missing, page));
        // the registry rarely holds addresses: the column only when one of the enterprises has one
        model.addAttribute(
                "withAddress",
                missing.stream()
                        .anyMatch(m -> m.address() != null && !m.address().isBlank()));
        return "planning/reporting";
    }

    /** 导出未报企业名单: the missing enterprises of the month (of one county when asked) with whom to call. */
    @GetMapping("/reporting/missing.xlsx")
    ResponseEntity<byte[]> missingXlsx(
            @RequestParam(required = false) @Nullable YearMonth period,
            @RequestParam(required = false) @Nullable String county) {
        YearMonth month = shownMonth(period);
        ReportingProgress progress = reporting.progress(month, currentUser.scope());
        List<String> headers = new ArrayList<>();
        for (String key : List.of("county", "enterprise", "creditCode", "contact", "phone", "address")) {
            headers.add(Messages.get("planning.reporting." + key));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ReportingProgress.Missing m : missing(progress, county(county))) {
            List<Object> row = new ArrayList<>();
            row.add(m.countyName());
            row.add(m.name());
            row.add(m.creditCode());
            row.add(m.contactPerson());
            row.add(m.contactPhone());
            row.add(m.address());
            rows.add(row);
        }
        String title = Messages.get(
                "planning.reporting.export.title",
                String.valueOf(month.getYear()),
                month.getMonthValue(),
                progress.deadline().toString());
        byte[] file = ExcelExport.xlsx(
                new ExcelTable(Messages.get("planning.reporting.export.sheet"), title, headers, rows, 0));
        return ExcelExport.download(file, Messages.get("planning.reporting.export.file", month.toString()) + ".xlsx");
    }

    /** The county filtered on, or null; another county than the user's own is not found (DESIGN.md section 1). */
    private @Nullable String county(@Nullable String county) {
        if (county == null || county.isBlank()) {
            return null;
        }
        if (!currentUser.scope().coversCounty(county)) {
            throw new PlanningNotFoundException(Messages.get("planning.error.noCounty", county));
        }
        return county;
    }

    private YearMonth shownMonth(@Nullable YearMonth period) {
        return period != null
                ? period
                : PeriodChoice.chosen().map(p -> p.plusMonths(1)).orElseGet(reporting::currentPeriod);
    }

    private static List<ReportingProgress.Missing> missing(ReportingProgress progress, @Nullable String county) {
        return progress.missing().stream()
                .filter(m -> county == null || m.countyCode().equals(county))
                .toList();
    }
}
