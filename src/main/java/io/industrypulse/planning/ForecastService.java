package io.industrypulse.planning;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.engine.Formulas;
import io.industrypulse.engine.MonthFigures;
import io.industrypulse.engine.Published;
import io.industrypulse.i18n.Messages;
import io.industrypulse.monitor.GrowthSnapshot;
import io.industrypulse.monitor.MonitorService;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionService;
import io.industrypulse.statdata.StatDataService;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * County forecasts (预计完成情况): before a month's data arrive each county enters its expected month growth; the city
 * sees them side by side with the city growth they imply, and afterwards forecast against actual and a running
 * accuracy (mean absolute error, 百分点).
 */
@Service
public class ForecastService {

    static final BigDecimal MIN_GROWTH = new BigDecimal("-100");
    static final BigDecimal MAX_GROWTH = new BigDecimal("200");

    private final ForecastRepository repository;
    private final MonitorService monitor;
    private final StatDataService statData;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    ForecastService(
            ForecastRepository repository,
            MonitorService monitor,
            StatDataService statData,
            RegionService regions,
            CurrentUser currentUser,
            AuditLog auditLog) {
        this.repository = repository;
        this.monitor = monitor;
        this.statData = statData;
        this.regions = regions;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /**
     * Enters or changes a county's forecast. Only that county's user (or the city administrator) may, and only while
     * the month's data have not arrived.
     *
     * @throws AccessDeniedException for another county or a role that does not forecast
     * @throws PlanningConflictException when the month's data are already in
     * @throws IllegalArgumentException for a growth out of range or with more than one decimal
     */
    @Transactional
    public Forecast submit(String countyCode, YearMonth period, BigDecimal expectedGrowth) {
        UserScope scope = currentUser.scope();
        boolean ownCounty =
                scope.role() == Role.COUNTY_USER && scope.regionCode().equals(countyCode);
        if (!ownCounty && scope.role() != Role.CITY_ADMIN) {
            throw new AccessDeniedException(Messages.get("forecast.error.notOwnCounty"));
        }
        if (!regions.isCounty(countyCode)) {
            throw new IllegalArgumentException(Messages.get("forecast.error.unknownCounty", countyCode));
        }
        if (statData.periods().contains(period)) {
            throw new PlanningConflictException(Messages.get("forecast.error.reported", period));
        }
        if (expectedGrowth == null
                || expectedGrowth.compareTo(MIN_GROWTH) < 0
                || expectedGrowth.compareTo(MAX_GROWTH) > 0) {
            throw new IllegalArgumentException(Messages.get("forecast.error.range", MIN_GROWTH, MAX_GROWTH));
        }
        if (expectedGrowth.stripTrailingZeros().scale() > 1) {
            throw new IllegalArgumentException(Messages.get("forecast.error.scale"));
        }
        Optional<Forecast> before = repository.find(countyCode, period);
        Forecast forecast = new Forecast(countyCode, period, expectedGrowth, scope.username());
        repository.upsert(forecast);
        auditLog.record(
                before.isEmpty() ? "forecast.create" : "forecast.update",
                "forecast",
                countyCode + "/" + period,
                before.orElse(null),
                forecast);
        return forecast;
    }

    /** The forecasts of a month side by side, in the caller's scope, with actuals once the data are in. */
    @Transactional(readOnly = true)
    public ForecastBoard board(YearMonth period) {
        UserScope scope = currentUser.scope();
        int month = period.getMonthValue();
        Optional<GrowthSnapshot> current = monitor.snapshot(Year.of(period.getYear()))
                .filter(s -> s.result().lastMonth() >= month);
        Optional<GrowthSnapshot> previous = monitor.snapshot(Year.of(period.getYear() - 1));
        Map<String, Forecast> forecasts = repository.ofPeriod(period).stream()
                .collect(Collectors.toMap(Forecast::countyCode, Function.identity()));
        List<ForecastBoard.Row> rows = new ArrayList<>();
        List<Double> bases = new ArrayList<>();
        List<OptionalDouble> expected = new ArrayList<>();
        for (Region county : regions.counties()) {
            if (!scope.coversCounty(county.code())) {
                continue;
            }
            Forecast forecast = forecasts.get(county.code());
            OptionalDouble actual = current.map(s -> monthOf(s, county.code(), month))
                    .flatMap(f -> f.map(MonthFigures::publishedMonthGrowth))
                    .orElse(OptionalDouble.empty());
            // This month's base is last year's value added of the same month (same scope estimate, DESIGN.md s5).
            OptionalDouble weight = previous.flatMap(s -> monthOf(s, county.code(), month))
                    .map(f -> OptionalDouble.of(f.currentPriceMonth()))
                    .orElse(OptionalDouble.empty());
            if (forecast != null && weight.isPresent()) {
                bases.add(weight.getAsDouble());
                expected.add(OptionalDouble.of(forecast.expectedGrowth().doubleValue()));
            }
            rows.add(new ForecastBoard.Row(
                    county.code(),
                    county.name(),
                    forecast == null ? null : forecast.expectedGrowth(),
                    forecast == null ? null : forecast.enteredBy(),
                    actual.isPresent() ? Published.round(actual.getAsDouble()) : null));
        }
        OptionalDouble combined = Formulas.combinedGrowth(
                bases.stream().mapToDouble(Double::doubleValue).toArray(), expected.toArray(OptionalDouble[]::new));
        Double implied = combined.isPresent() && scope.isCityWide() ? combined.getAsDouble() : null;
        Double cityActual = current.flatMap(s ->
                        s.result().city().month(month).publishedMonthGrowth().isPresent()
                                ? Optional.of(Published.round(s.result()
                                        .city()
                                        .month(month)
                                        .publishedMonthGrowth()
                                        .getAsDouble()))
                                : Optional.empty())
                .orElse(null);
        return new ForecastBoard(
                period,
                current.isPresent(),
                rows,
                scope.isCityWide() ? implied : null,
                scope.isCityWide() ? cityActual : null,
                accuracy(scope));
    }

    /** Mean absolute error (百分点) of every forecast in scope whose month has actual data; null when none. */
    private Double accuracy(UserScope scope) {
        double sum = 0;
        int count = 0;
        for (Forecast forecast : repository.all()) {
            if (!scope.coversCounty(forecast.countyCode())) {
                continue;
            }
            int month = forecast.period().getMonthValue();
            Optional<GrowthSnapshot> snapshot = monitor.snapshot(
                            Year.of(forecast.period().getYear()))
                    .filter(s -> s.result().lastMonth() >= month);
            OptionalDouble actual = snapshot.flatMap(s -> monthOf(s, forecast.countyCode(), month))
                    .map(MonthFigures::publishedMonthGrowth)
                    .orElse(OptionalDouble.empty());
            if (actual.isPresent()) {
                // against the actual as published, the figure the forecast is compared with on the page
                sum += Math.abs(forecast.expectedGrowth().doubleValue() - Published.round(actual.getAsDouble()));
                count++;
            }
        }
        return count == 0 ? null : sum / count;
    }

    private static Optional<MonthFigures> monthOf(GrowthSnapshot snapshot, String countyCode, int month) {
        int k = snapshot.countyIndex(countyCode);
        if (k < 0 || month > snapshot.result().lastMonth()) {
            return Optional.empty();
        }
        return Optional.of(snapshot.result().county(k).month(month));
    }
}
