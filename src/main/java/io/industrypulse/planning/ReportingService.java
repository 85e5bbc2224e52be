package io.industrypulse.planning;

import io.industrypulse.account.Role;
import io.industrypulse.account.ShownTime;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.Enterprise;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionService;
import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.ReviewFlagService;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.statdata.StatisticsCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Reporting progress (联网直报进度, 应统尽统): per county, the above-size enterprises of the registry in the period (from
 * their above-size spells), how many reported (have a monthly row), which are missing and whom to call, how many carry
 * a soft flag not yet accepted, and the days left to the deadline. City roles and leaders see every county and the
 * city; a county user its own county; departments and enterprises nothing.
 */
@Service
public class ReportingService {

    static final ZoneId SHOWN_ZONE = ShownTime.ZONE;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final EnterpriseService enterprises;
    private final StatDataService statData;
    private final ReviewFlagService flags;
    private final StatisticsCalendar calendar;
    private final Clock clock;
    private final RegionService regions;

    ReportingService(
            EnterpriseService enterprises,
            StatDataService statData,
            ReviewFlagService flags,
            StatisticsCalendar calendar,
            Clock clock,
            RegionService regions) {
        this.enterprises = enterprises;
        this.statData = statData;
        this.flags = flags;
        this.calendar = calendar;
        this.clock = clock;
        this.regions = regions;
    }

    /** Whether the user may see reporting progress. */
    public static boolean mayRead(UserScope scope) {
        return scope.role() == Role.CITY_ADMIN
                || scope.role() == Role.CITY_ANALYST
                || scope.role() == Role.LEADER
                || scope.role() == Role.COUNTY_USER;
    }

    /** Today in Asia/Shanghai. */
    public LocalDate today() {
        return clock.instant().atZone(SHOWN_ZONE).toLocalDate();
    }

    /** The period being reported now: the month before today's. */
    public YearMonth currentPeriod() {
        return YearMonth.from(today()).minusMonths(1);
    }

    /** The day the period's data are due. */
    public LocalDate deadline(YearMonth period) {
        return calendar.deadline(period);
    }

    /**
     * The period's progress in the caller's scope.
     *
     * @throws AccessDeniedException for departments and enterprises
     */
    public ReportingProgress progress(YearMonth period, UserScope scope) {
        if (!mayRead(scope)) {
            throw new AccessDeniedException(Messages.get("planning.reporting.error.denied"));
        }
        return compute(period, scope, true);
    }

    /** Every county's progress, unfiltered: for the warnings, whose results are filtered by scope afterwards. */
    ReportingProgress allCounties(YearMonth period, UserScope system) {
        return compute(period, system, false);
    }

    private ReportingProgress compute(YearMonth period, UserScope scope, boolean withMissing) {
        LocalDate today = today();
        LocalDate deadline = deadline(period);
        Set<String> directory = new HashSet<>(enterprises.aboveSizeIn(period, scope));
        Set<String> reported = new HashSet<>();
        for (MonthlyRow row : statData.monthly(period, period)) {
            reported.add(row.creditCode());
        }
        Set<String> pending = flags.pendingEnterprises(period);
        Map<String, int[]> counts = new HashMap<>();
        List<ReportingProgress.Missing> missing = new ArrayList<>();
        // per county: in the directory, reported, with review flags pending (codes and counties suffice: the whole
        // registry's records cost a third of a second at province size, on the first page after every import)
        enterprises.countiesByCreditCode().forEach((creditCode, countyCode) -> {
            if (directory.contains(creditCode)) {
                int[] c = counts.computeIfAbsent(countyCode, k -> new int[3]);
                c[0]++;
                c[1] += reported.contains(creditCode) ? 1 : 0;
                c[2] += pending.contains(creditCode) ? 1 : 0;
            }
        });
        if (withMissing) {
            for (Enterprise e : enterprises.allForStatistics()) {
                if (directory.contains(e.creditCode()) && !reported.contains(e.creditCode())) {
                    missing.add(new ReportingProgress.Missing(
                            e.creditCode(),
                            e.name(),
                            e.countyCode(),
                            e.countyName(),
                            e.contactPerson(),
                            e.contactPhone(),
                            e.address()));
                }
            }
        }
        List<ReportingProgress.County> rows = new ArrayList<>();
        int[] sum = new int[3];
        for (Region county : enterprises.visibleCounties(scope)) {
            int[] c = counts.getOrDefault(county.code(), new int[3]);
            rows.add(row(county.code(), county.name(), c));
            for (int i = 0; i < 3; i++) {
                sum[i] += c[i];
            }
        }
        ReportingProgress.County total = scope.isCityWide()
                ? row(
                        scope.regionCode(),
                        regions.find(scope.regionCode()).map(Region::name).orElse(scope.regionCode()),
                        sum)
                : null;
        missing.sort(java.util.Comparator.comparing(ReportingProgress.Missing::countyCode)
                .thenComparing(ReportingProgress.Missing::creditCode));
        return new ReportingProgress(
                period,
                deadline,
                today,
                ChronoUnit.DAYS.between(today, deadline),
                List.copyOf(rows),
                total,
                List.copyOf(missing));
    }

    private static ReportingProgress.County row(String code, String name, int[] c) {
        BigDecimal coverage = c[0] == 0
                ? null
                : new BigDecimal(c[1]).multiply(HUNDRED).divide(new BigDecimal(c[0]), 1, RoundingMode.HALF_UP);
        return new ReportingProgress.County(code, name, c[0], c[1], c[0] - c[1], c[2], coverage);
    }
}
