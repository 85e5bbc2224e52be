package io.industrypulse.planning;

import io.industrypulse.account.ListPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The warnings page's arrangement of a month's warnings (in the user's scope): filtered by rule, county and level, the
 * city's and the counties' own warnings first, a page at a time, then the enterprises' warnings folded per county
 * (largest shortfall first), the first page of each.
 *
 * @param regionWarnings the warnings without an enterprise
 * @param enterpriseGroups per county, in county code order
 * @param enterpriseCount the enterprise warnings in all groups
 * @param any whether any warning passed the filters
 */
record WarningBoard(
        ListPage<Warning> regionWarnings, List<EnterpriseGroup> enterpriseGroups, int enterpriseCount, boolean any) {

    /** The warnings of one county's enterprises. */
    record EnterpriseGroup(String regionCode, String regionName, ListPage<Warning> rows) {}

    /**
     * @param level {@code county} (the city's and the counties' warnings) or {@code enterprise}; both when null
     * @param page the page of the county-level list
     * @param enterprisePage the page of the enterprise list of {@code county}, when one is filtered on
     */
    static WarningBoard of(
            List<Warning> warnings,
            @Nullable WarningRule rule,
            @Nullable String county,
            @Nullable String level,
            int page,
            int enterprisePage) {
        List<Warning> shown = warnings.stream()
                .filter(w -> rule == null || w.rule() == rule)
                .filter(w -> county == null || w.regionCode().equals(county))
                .toList();
        List<Warning> regionWarnings = "enterprise".equals(level)
                ? List.of()
                : shown.stream().filter(w -> w.creditCode() == null).toList();
        Map<String, List<Warning>> byCounty = new LinkedHashMap<>();
        if (!"county".equals(level)) {
            shown.stream()
                    .filter(w -> w.creditCode() != null)
                    .sorted(Comparator.comparing(Warning::regionCode)
                            .thenComparing(Warning::value, Comparator.reverseOrder()))
                    .forEach(w -> byCounty.computeIfAbsent(w.regionCode(), c -> new ArrayList<>())
                            .add(w));
        }
        List<EnterpriseGroup> groups = byCounty.values().stream()
                .map(rows -> {
                    String code = rows.get(0).regionCode();
                    return new EnterpriseGroup(
                            code,
                            rows.get(0).regionName(),
                            ListPage.of(rows, code.equals(county) ? enterprisePage : 1));
                })
                .toList();
        return new WarningBoard(
                ListPage.of(regionWarnings, page),
                groups,
                groups.stream().mapToInt(g -> g.rows().total()).sum(),
                !shown.isEmpty());
    }
}
