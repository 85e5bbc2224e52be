package io.industrypulse.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reporting progress of a period (联网直报进度 / 应统尽统) in the caller's scope.
 *
 * @param period the month reported (YYYY-MM)
 * @param deadline the day the period's data are due
 * @param today today in Asia/Shanghai
 * @param daysLeft days from today to the deadline, negative once it has passed
 * @param counties one row per county in scope
 * @param total the city's total, {@code null} for a county user
 * @param missing the enterprises of the directory that have not reported, with their contacts
 */
public record ReportingProgress(
        YearMonth period,
        LocalDate deadline,
        LocalDate today,
        long daysLeft,
        List<County> counties,
        @Nullable County total,
        List<Missing> missing) {

    /**
     * A county's reporting progress (or the city's total): who should report, who did, who did not.
     *
     * @param countyCode the county (GB/T 2260), or the city's code for the total
     * @param countyName its name
     * @param directory above-size enterprises of the registry in the period (应统)
     * @param reported of those, with a monthly row for the period
     * @param missing of those, without a monthly row for the period
     * @param flagged of those, with at least one soft review flag not yet accepted
     * @param coverage reported / directory in %, one decimal; {@code null} when the directory is empty
     */
    public record County(
            String countyCode,
            String countyName,
            int directory,
            int reported,
            int missing,
            int flagged,
            @Nullable BigDecimal coverage) {}

    /**
     * An enterprise of the directory without a report, and whom to call.
     *
     * @param creditCode the enterprise (unified social credit code)
     * @param name its name
     * @param countyCode its county (GB/T 2260)
     * @param countyName the county's name
     * @param contactPerson whom to call, as the registry has it
     * @param contactPhone their phone number
     * @param address the enterprise's address
     */
    public record Missing(
            String creditCode,
            String name,
            String countyCode,
            String countyName,
            @Nullable String contactPerson,
            @Nullable String contactPhone,
            @Nullable String address) {}
}
