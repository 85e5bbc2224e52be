package io.industrypulse.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.industrypulse.engine.Classification;
import io.industrypulse.engine.EngineResult;
import io.industrypulse.engine.Formulas;
import io.industrypulse.engine.GroupResult;
import io.industrypulse.engine.LabelledInput;
import io.industrypulse.engine.MonthFigures;
import io.industrypulse.engine.TargetStatus;
import io.industrypulse.engine.TwoNotBelow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The results document of the {@code compute} command and of golden/README.md, as nested maps ready for JSON: city,
 * counties ({@code county:<code>}) and industries ({@code industry:<code>}), each with its months and complete
 * quarters. Undefined values are left out.
 */
public final class ResultDocument {

    private ResultDocument() {}

    public static Map<String, Object> of(EngineResult result, LabelledInput labels) {
        Map<String, Object> groups = new LinkedHashMap<>();
        groups.put("city", group(result.city(), result.year()));
        for (int k = 0; k < labels.countyCodes().size(); k++) {
            groups.put("county:" + labels.countyCodes().get(k), group(result.county(k), result.year()));
        }
        for (int d = 0; d < labels.divisionCodes().size(); d++) {
            groups.put("industry:" + labels.divisionCodes().get(d), group(result.division(d), result.year()));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("year", result.year());
        document.put("groups", groups);
        return document;
    }

    private static Map<String, Object> group(GroupResult group, int year) {
        Map<String, Object> periods = new TreeMap<>();
        for (MonthFigures month : group.months()) {
            periods.put(String.format("%d-%02d", year, month.month()), figures(month));
        }
        for (int q = 1; q <= group.quarterGrowth().size(); q++) {
            OptionalDouble growth = group.quarter(q);
            if (growth.isPresent()) {
                periods.put(year + "-Q" + q, Map.of("quarter_growth", growth.getAsDouble()));
            }
        }
        return periods;
    }

    /** One group's figures for one month, keyed as in golden/README.md; undefined values are left out. */
    public static Figures figures(MonthFigures month) {
        Optional<TargetStatus> status = month.targetStatus();
        return new Figures(
                month.comparableCum(),
                month.baseCum(),
                Formulas.orNull(month.monthGrowth()),
                Formulas.orNull(month.cumGrowth()),
                Formulas.orNull(month.pullCum()),
                Formulas.orNull(month.contributionCum()),
                month.rank().isPresent() ? month.rank().getAsInt() : null,
                status.map(TargetStatus::target).orElse(null),
                status.map(s -> Formulas.orNull(s.requiredRestGrowth())).orElse(null),
                status.flatMap(TargetStatus::classification)
                        .map(Classification::code)
                        .orElse(null),
                status.flatMap(TargetStatus::twoNotBelow).map(TwoNotBelow::met).orElse(null));
    }

    /**
     * A group's figures of one month (DESIGN.md section 5), under the names of golden/README.md, which the {@code
     * compute} command and the growth API share. Value added in 万元, growth in %, pull in percentage points; a value
     * the formulas leave undefined is left out.
     *
     * @param compCum comparable-price value added C of January to the month, 万元
     * @param baseCum the same-scope base A of January to the month (last year's value added), 万元
     * @param monthGrowth growth of the month, %: (C/A - 1) × 100, unrounded
     * @param cumGrowth cumulative growth from January, %, unrounded
     * @param pullCum cumulative pull (拉动) on the whole, percentage points: (C - A) / A of the whole × 100; not for
     *     the city
     * @param contributionCum cumulative contribution (贡献率) to the whole's growth, %; not for the city, nor when the
     *     whole's growth is negligible
     * @param rank counties only: the competition ranking (1, 2, 2, 4) on the published cumulative growth
     * @param target the region's annual growth target, %; the city and counties with a target
     * @param requiredRestGrowth growth the rest of the year needs to reach the target (倒推), %; absent when
     *     undefined
     * @param classification on the published cumulative growth g against the target t: {@code on_track} (g >= t),
     *     {@code below_target} (0 <= g < t) or {@code negative} (g < 0)
     * @param twoNotBelow 两个不低于 met: g not below the target, nor below the province's and the city's published
     *     cumulative growth; absent while a benchmark is not published
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figures(
            @JsonProperty("comp_cum") double compCum,
            @JsonProperty("base_cum") double baseCum,
            @JsonProperty("month_growth") @Nullable Double monthGrowth,
            @JsonProperty("cum_growth") @Nullable Double cumGrowth,
            @JsonProperty("pull_cum") @Nullable Double pullCum,
            @JsonProperty("contribution_cum") @Nullable Double contributionCum,
            @JsonProperty("rank") @Nullable Integer rank,
            @JsonProperty("target") @Nullable Double target,
            @JsonProperty("required_rest_growth") @Nullable Double requiredRestGrowth,
            @JsonProperty("class") @Nullable String classification,
            @JsonProperty("two_not_below") @Nullable Boolean twoNotBelow) {}
}
