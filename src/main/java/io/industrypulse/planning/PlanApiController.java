package io.industrypulse.planning;

import io.industrypulse.engine.Formulas;
import io.industrypulse.engine.MonthlyPlan;
import java.time.Year;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
     * A region's monthly plan of a year (以月保季、以季保年), as {@code GET /api/v1/plan} answers it.
     *
     * @param year the year
     * @param regionCode the city or the county (GB/T 2260)
     * @param regionName its name
     * @param target its annual growth target t, %
     * @param monthsDone M, the months with actual data (0 to 12)
     * @param requiredRestGrowth growth the months M+1 to 12 need so that the year reaches the target (倒推), %; null
     *     when M = 12 or the remaining base is zero
     * @param valueStillNeeded comparable value added the months M+1 to 12 must produce, 万元; null with {@code
     *     required_rest_growth}
     * @param months the twelve months, actual or planned
     * @param quarters the four quarters
     * @param q4BetterThanQ3 whether the fourth quarter's growth beats the third's on the published (one-decimal)
     *     values; null while either is undefined
     */
    record Plan(
            int year,
            String regionCode,
            String regionName,
            double target,
            int monthsDone,
            @Nullable Double requiredRestGrowth,
            @Nullable Double valueStillNeeded,
            List<PlanMonth> months,
            List<PlanQuarter> quarters,
            @Nullable Boolean q4BetterThanQ3) {}

    /**
     * A month of the plan: actual where its data are in, else planned so that the year reaches the target.
     *
     * @param month the month, 1 to 12
     * @param actual whether its data are in; otherwise the figures are planned
     * @param comparable comparable value added C of the month, 万元 (planned: (1 + r) × the estimated base)
     * @param base the base A of the month, 万元 (planned: the estimated base from last year's own profile)
     * @param monthGrowth growth of the month, %: (C/A - 1) × 100
     * @param cumGrowth cumulative growth from January, %
     */
    record PlanMonth(
            int month,
            boolean actual,
            double comparable,
            double base,
            @Nullable Double monthGrowth,
            @Nullable Double cumGrowth) {}

    /**
     * A quarter of the plan.
     *
     * @param quarter the quarter, 1 to 4
     * @param actual whether all its three months are actual
     * @param growth growth over the quarter's months, %: (ΣC / ΣA - 1) × 100
     * @param cumGrowth cumulative growth at the quarter's end (1-3月, 1-6月, 1-9月, the year), %
     */
    record PlanQuarter(
            int quarter,
            boolean actual,
            @Nullable Double growth,
            @Nullable Double cumGrowth) {}

    /**
     * The monthly plan of a region's year (倒推): the growth the remaining months require to reach the target, month by
     * month and by quarter, with the months done so far.
     *
     * @param region the city's or a county's code (GB/T 2260)
     * @param year the year
     */
    @GetMapping("/api/v1/plan")
    Plan plan(@RequestParam String region, @RequestParam int year) {
        RegionPlan regionPlan = plans.plan(region, Year.of(year));
        MonthlyPlan plan = regionPlan.plan();
        return new Plan(
                regionPlan.year(),
                regionPlan.regionCode(),
                regionPlan.regionName(),
                plan.target(),
                plan.monthsDone(),
                Formulas.orNull(plan.requiredRestGrowth()),
                Formulas.orNull(plan.valueStillNeeded()),
                plan.months().stream()
                        .map(m -> new PlanMonth(
                                m.month(),
                                m.actual(),
                                m.comparable(),
                                m.base(),
                                Formulas.orNull(m.monthGrowth()),
                                Formulas.orNull(m.cumGrowth())))
                        .toList(),
                plan.quarters().stream()
                        .map(q -> new PlanQuarter(
                                q.quarter(), q.actual(), Formulas.orNull(q.growth()), Formulas.orNull(q.cumGrowth())))
                        .toList(),
                plan.fourthQuarterBetterThanThird().orElse(null));
    }
}
