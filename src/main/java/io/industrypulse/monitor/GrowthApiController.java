package io.industrypulse.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.UserScope;
import io.industrypulse.engine.GroupResult;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.i18n.Messages;
import io.industrypulse.target.OfficialGrowth;
import io.industrypulse.target.TargetService;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/growth?period=YYYY-MM&group=city|county|division|chain|key}: the snapshot's figures of one month,
 * keyed as in golden/README.md. A county user gets the city, its own county, and the city-wide totals of divisions,
 * industrial chains and 重点企业. City and county rows carry the statistics bureau's official figures (统计局反馈数,
 * {@code official_month_growth}, {@code official_cum_growth}) beside the platform's estimate when they were fed back.
 */
@RestController
class GrowthApiController {

    private final MonitorService monitor;
    private final TargetService targets;
    private final CurrentUser currentUser;

    GrowthApiController(MonitorService monitor, TargetService targets, CurrentUser currentUser) {
        this.monitor = monitor;
        this.targets = targets;
        this.currentUser = currentUser;
    }

    /**
     * A month's growth figures of one kind of group.
     *
     * @param period the month asked for (YYYY-MM)
     * @param group the kind of group asked for: city, county, division, chain or key
     * @param groups one row per group, in the order of the snapshot (counties by code)
     * @param newProduction the enterprises in the caller's scope whose output of the month has no base last year (新投产):
     *     their output counts in C and not in A (DESIGN.md section 5)
     */
    record Growth(String period, String group, List<GrowthRow> groups, List<NewProduction> newProduction) {}

    /**
     * One group's figures of the month, with the statistics bureau's published growth (统计局反馈数) beside the
     * platform's estimate (平台测算) where it was fed back.
     *
     * @param group the group's key as in golden/README.md: {@code city:}, {@code county:}, {@code industry:}, {@code
     *     chain:} or {@code key:} and its code
     * @param code the region's GB/T 2260 code, the GB/T 4754 division, the chain's code or the 重点企业 group's name
     * @param name its name
     * @param figures the engine's figures of the month
     * @param officialMonthGrowth the published growth of the month, %; city and counties, once fed back
     * @param officialCumGrowth the published cumulative growth, %; city and counties, once fed back
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GrowthRow(
            String group,
            String code,
            String name,
            @JsonUnwrapped ResultDocument.Figures figures,
            @Nullable Double officialMonthGrowth,
            @Nullable Double officialCumGrowth) {}

    /**
     * An enterprise in new production (新投产) in the month.
     *
     * @param creditCode its unified social credit code
     * @param name its name
     * @param countyCode its county (GB/T 2260)
     */
    record NewProduction(String creditCode, String name, String countyCode) {}

    /**
     * Comparable-price value-added growth of a month (month and cumulative), contribution and pull, for the city, the
     * counties (with the ranking and the published figures), the industry divisions, the chains or the key
     * enterprises; from the engine's snapshot, in the caller's scope.
     *
     * @param period the month {@code YYYY-MM}
     * @param group {@code city}, {@code county} (the default), {@code division}, {@code chain} or {@code key}
     */
    @GetMapping("/api/v1/growth")
    Growth growth(@RequestParam String period, @RequestParam(defaultValue = "county") String group) {
        UserScope scope = currentUser.scope();
        YearMonth month = parse(period);
        GrowthSnapshot snapshot = monitor.snapshot(Year.of(month.getYear()))
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, Messages.get("monitor.error.noYearData", month.getYear())));
        int lastMonth = snapshot.result().lastMonth();
        if (month.getMonthValue() > lastMonth) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, Messages.get("monitor.error.beyondData", period, month.getYear(), lastMonth));
        }
        // 统计局反馈数 beside the platform's estimate (平台测算), never instead of it.
        Map<String, OfficialGrowth> official =
                group.equals("city") || group.equals("county") ? targets.official(month) : Map.of();
        Rows rows = new Rows(snapshot, month, official);
        switch (group) {
            case "city" ->
                rows.add("city", snapshot.labels().cityCode(), snapshot.result().city());
            case "county" -> {
                // the counties' aggregates are the ranking's figures, public to every role (DESIGN.md section 1)
                List<String> counties = snapshot.labels().countyCodes();
                for (int k = 0; k < counties.size(); k++) {
                    rows.add("county", counties.get(k), snapshot.result().county(k));
                }
            }
            case "division" -> {
                List<String> divisions = snapshot.labels().divisionCodes();
                for (int d = 0; d < divisions.size(); d++) {
                    rows.add("industry", divisions.get(d), snapshot.result().division(d));
                }
            }
            case "chain", "key" -> {
                List<String> tags = snapshot.labels().tagNames();
                for (int t = 0; t < tags.size(); t++) {
                    String name = tags.get(t);
                    boolean chain = name.startsWith(EnterpriseService.CHAIN_GROUP_PREFIX);
                    if (chain == group.equals("chain")) {
                        String code = chain ? name.substring(EnterpriseService.CHAIN_GROUP_PREFIX.length()) : name;
                        rows.add(group, code, name, snapshot.result().tag(t));
                    }
                }
            }
            default ->
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Messages.get("monitor.error.group", group));
        }
        // DESIGN.md section 5: output without a base adds to C and not to A; name those enterprises (in scope).
        List<NewProduction> newProduction = newProduction(snapshot, month.getMonthValue()).stream()
                .filter(n -> scope.coversEnterprise(n.creditCode(), n.countyCode()))
                .toList();
        return new Growth(period, group, rows.list, newProduction);
    }

    /** The enterprises in new production in a month, city-wide: once per snapshot and month. */
    private static List<NewProduction> newProduction(GrowthSnapshot snapshot, int month) {
        return snapshot.view(
                new NewProductionKey(month),
                () -> snapshot.result().newProduction().stream()
                        .filter(n -> n.month() == month)
                        .map(n -> snapshot.enterprises().get(n.enterprise()))
                        .map(e -> new NewProduction(e.creditCode(), e.name(), e.countyCode()))
                        .toList());
    }

    private record NewProductionKey(int month) {}

    /** The rows of an answer as they are added. */
    private static final class Rows {

        private final GrowthSnapshot snapshot;
        private final YearMonth month;
        private final Map<String, OfficialGrowth> official;
        private final List<GrowthRow> list = new ArrayList<>();

        Rows(GrowthSnapshot snapshot, YearMonth month, Map<String, OfficialGrowth> official) {
            this.snapshot = snapshot;
            this.month = month;
            this.official = official;
        }

        void add(String kind, String code, GroupResult group) {
            add(kind, code, code, group);
        }

        void add(String kind, String code, String nameKey, GroupResult group) {
            OfficialGrowth published = official.get(code);
            list.add(new GrowthRow(
                    kind + ":" + code,
                    code,
                    snapshot.names().getOrDefault(nameKey, code),
                    ResultDocument.figures(group.month(month.getMonthValue())),
                    published == null ? null : decimal(published.growthMonth()),
                    published == null ? null : decimal(published.growthCum())));
        }

        private static @Nullable Double decimal(@Nullable BigDecimal value) {
            return value == null ? null : value.doubleValue();
        }
    }

    private static YearMonth parse(String period) {
        try {
            return YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Messages.get("monitor.error.period", period));
        }
    }
}
