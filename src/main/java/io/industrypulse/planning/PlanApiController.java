package io.industrypulse.planning;

import io.industrypulse.engine.MonthlyPlan;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/plan?region=&year=}: the monthly and quarterly plan of the city or a county in scope. */
@RestController
class PlanApiController {

    private final PlanService plans;

    PlanApiController(PlanService plans) {
        this.plans = plans;
    }

    /**
     * The monthly plan of a region's year (倒推): the growth the remaining months require to reach the target, month by
     * month and by quarter, with the months done so far.
     *
     * @param region the city's or a county's code (GB/T 2260)
     * @param year the year
     */
    @GetMapping("/api/v1/plan")
    Map<String, Object> plan(@RequestParam String region, @RequestParam int year) {
        RegionPlan regionPlan = plans.plan(region, Year.of(year));
        MonthlyPlan plan = regionPlan.plan();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", regionPlan.year());
        body.put("region_code", regionPlan.regionCode());
        body.put("region_name", regionPlan.regionName());
        body.put("target", plan.target());
        body.put("months_done", plan.monthsDone());
        body.put("required_rest_growth", value(plan.requiredRestGrowth()));
        body.put("value_still_needed", value(plan.valueStillNeeded()));
        List<Map<String, Object>> months = plan.months().stream()
                .map(m -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("month", m.month());
                    row.put("actual", m.actual());
                    row.put("comparable", m.comparable());
                    row.put("base", m.base());
                    row.put("month_growth", value(m.monthGrowth()));
                    row.put("cum_growth", value(m.cumGrowth()));
                    return row;
                })
                .toList();
        body.put("months", months);
        body.put(
                "quarters",
                plan.quarters().stream()
                        .map(q -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("quarter", q.quarter());
                            row.put("actual", q.actual());
                            row.put("growth", value(q.growth()));
                            row.put("cum_growth", value(q.cumGrowth()));
                            return row;
                        })
                        .toList());
        body.put("q4_better_than_q3", plan.fourthQuarterBetterThanThird().orElse(null));
        return body;
    }

    static Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
