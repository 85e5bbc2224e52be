package io.industrypulse.monitor;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.UserScope;
import io.industrypulse.engine.GroupResult;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.i18n.Messages;
import io.industrypulse.ingest.ResultDocument;
import io.industrypulse.target.OfficialGrowth;
import io.industrypulse.target.TargetService;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * Comparable-price value-added growth of a month (month and cumulative), contribution and pull, for the city, the
     * counties (with the ranking and the published figures), the industry divisions, the chains or the key
     * enterprises; from the engine's snapshot, in the caller's scope.
     *
     * @param period the month {@code YYYY-MM}
     * @param group {@code city}, {@code county} (the default), {@code division}, {@code chain} or {@code key}
     */
    @GetMapping("/api/v1/growth")
    Map<String, Object> growth(@RequestParam String period, @RequestParam(defaultValue = "county") String group) {
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
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, OfficialGrowth> official =
                group.equals("city") || group.equals("county") ? targets.official(month) : Map.of();
        switch (group) {
            case "city" ->
                rows.add(row(
                        "city",
                        snapshot.labels().cityCode(),
                        snapshot,
                        snapshot.result().city(),
                        month));
            case "county" -> {
                // the counties' aggregates are the ranking's figures, public to every role (DESIGN.md section 1)
                List<String> counties = snapshot.labels().countyCodes();
                for (int k = 0; k < counties.size(); k++) {
                    rows.add(row(
                            "county",
                            counties.get(k),
                            snapshot,
                            snapshot.result().county(k),
                            month));
                }
            }
            case "division" -> {
                List<String> divisions = snapshot.labels().divisionCodes();
                for (int d = 0; d < divisions.size(); d++) {
                    rows.add(row(
                            "industry",
                            divisions.get(d),
                            snapshot,
                            snapshot.result().division(d),
                            month));
                }
            }
            case "chain", "key" -> {
                List<String> tags = snapshot.labels().tagNames();
                for (int t = 0; t < tags.size(); t++) {
                    String name = tags.get(t);
                    boolean chain = name.startsWith(EnterpriseService.CHAIN_GROUP_PREFIX);
                    if (chain == group.equals("chain")) {
                        String code = chain ? name.substring(EnterpriseService.CHAIN_GROUP_PREFIX.length()) : name;
                        rows.add(row(
                                group, code, name, snapshot, snapshot.result().tag(t), month));
                    }
                }
            }
            default ->
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Messages.get("monitor.error.group", group));
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("period", period);
        response.put("group", group);
        // 统计局反馈数 beside the platform's estimate (平台测算), never instead of it.
        for (Map<String, Object> row : rows) {
            OfficialGrowth figures = official.get((String) row.get("code"));
            if (figures != null) {
                if (figures.growthMonth() != null) {
                    row.put("official_month_growth", figures.growthMonth().doubleValue());
                }
                if (figures.growthCum() != null) {
                    row.put("official_cum_growth", figures.growthCum().doubleValue());
                }
            }
        }
        response.put("groups", rows);
        // DESIGN.md section 5: output without a base adds to C and not to A; name those enterprises (in scope).
        response.put(
                "new_production",
                snapshot.result().newProduction().stream()
                        .filter(n -> n.month() == month.getMonthValue())
                        .map(n -> snapshot.enterprises().get(n.enterprise()))
                        .filter(e -> scope.coversEnterprise(e.creditCode(), e.countyCode()))
                        .map(e ->
                                Map.of("credit_code", e.creditCode(), "name", e.name(), "county_code", e.countyCode()))
                        .toList());
        return response;
    }

    private static Map<String, Object> row(
            String kind, String code, GrowthSnapshot snapshot, GroupResult group, YearMonth month) {
        return row(kind, code, code, snapshot, group, month);
    }

    private static Map<String, Object> row(
            String kind, String code, String nameKey, GrowthSnapshot snapshot, GroupResult group, YearMonth month) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("group", kind + ":" + code);
        row.put("code", code);
        row.put("name", snapshot.names().getOrDefault(nameKey, code));
        row.putAll(ResultDocument.figures(group.month(month.getMonthValue())));
        return row;
    }

    private static YearMonth parse(String period) {
        try {
            return YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Messages.get("monitor.error.period", period));
        }
    }
}
