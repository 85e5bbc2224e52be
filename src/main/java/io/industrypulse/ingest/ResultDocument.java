package io.industrypulse.ingest;

import io.industrypulse.engine.EngineResult;
import io.industrypulse.engine.GroupResult;
import io.industrypulse.engine.MonthFigures;
import io.industrypulse.engine.TargetStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The results document of the {@code compute} command and of golden/README.md, as nested maps ready for JSON: city,
 * counties ({@code county:<code>}) and industries ({@code industry:<code>}), each with its months and complete
 * quarters. Undefined values are left out.
 */
public final class ResultDocument {

    private ResultDocument() {}

    public static Map<String, Object> of(EngineResult result, PackageInput labels) {
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
    public static Map<String, Object> figures(MonthFigures month) {
        Map<String, Object> values = new TreeMap<>();
        values.put("comp_cum", month.comparableCum());
        values.put("base_cum", month.baseCum());
        put(values, "month_growth", month.monthGrowth());
        put(values, "cum_growth", month.cumGrowth());
        put(values, "pull_cum", month.pullCum());
        put(values, "contribution_cum", month.contributionCum());
        month.rank().ifPresent(rank -> values.put("rank", rank));
        month.targetStatus().ifPresent(status -> target(values, status));
        return values;
    }

    private static void target(Map<String, Object> values, TargetStatus status) {
        values.put("target", status.target());
        put(values, "required_rest_growth", status.requiredRestGrowth());
        status.classification().ifPresent(c -> values.put("class", c.code()));
        status.twoNotBelow().ifPresent(t -> values.put("two_not_below", t.met()));
    }

    private static void put(Map<String, Object> values, String key, OptionalDouble value) {
        value.ifPresent(v -> values.put(key, v));
    }
}
