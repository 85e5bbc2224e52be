package io.industrypulse.monitor;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.UserScope;
import io.industrypulse.engine.GroupResult;
import io.industrypulse.ingest.ResultDocument;
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
 * {@code GET /api/v1/growth?period=YYYY-MM&group=city|county|division}: the snapshot's figures of one month, keyed as
 * in golden/README.md. A county user gets the city, its own county and the city's divisions (city-wide totals).
 */
@RestController
class GrowthApiController {

    private final MonitorService monitor;
    private final CurrentUser currentUser;

    GrowthApiController(MonitorService monitor, CurrentUser currentUser) {
        this.monitor = monitor;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/growth")
    Map<String, Object> growth(@RequestParam String period, @RequestParam(defaultValue = "county") String group) {
        UserScope scope = currentUser.scope();
        GrowthSnapshot snapshot =
                monitor.snapshot().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "还没有月度数据"));
        YearMonth month = parse(period);
        int year = snapshot.result().year();
        if (month.getYear() != year || month.getMonthValue() > snapshot.result().lastMonth()) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "没有 " + period + " 的结果：现有 " + year + "-01 至 " + year + "-"
                            + String.format("%02d", snapshot.result().lastMonth()));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        switch (group) {
            case "city" ->
                rows.add(row(
                        "city",
                        snapshot.labels().cityCode(),
                        snapshot,
                        snapshot.result().city(),
                        month));
            case "county" -> {
                List<String> counties = snapshot.labels().countyCodes();
                for (int k = 0; k < counties.size(); k++) {
                    if (scope.coversCounty(counties.get(k))) {
                        rows.add(row(
                                "county",
                                counties.get(k),
                                snapshot,
                                snapshot.result().county(k),
                                month));
                    }
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
            default ->
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "group 参数只能是 city、county 或 division，收到 \"" + group + "\"");
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("period", period);
        response.put("group", group);
        response.put("groups", rows);
        return response;
    }

    private static Map<String, Object> row(
            String kind, String code, GrowthSnapshot snapshot, GroupResult group, YearMonth month) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("group", kind + ":" + code);
        row.put("code", code);
        row.put("name", snapshot.names().getOrDefault(code, code));
        row.putAll(ResultDocument.figures(group.month(month.getMonthValue())));
        return row;
    }

    private static YearMonth parse(String period) {
        try {
            return YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "period 参数应为 YYYY-MM，收到 \"" + period + "\"");
        }
    }
}
