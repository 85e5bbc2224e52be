package io.industrypulse.engine;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All standard results of one computation (immutable). Groups: the city, every county, every division, every
 * county x division with rows, every tag group.
 *
 * @param year the current year
 * @param lastMonth the last month of the current year with data (0 when there is none)
 * @param newProduction current-year rows with output but no base, flagged (by month, then enterprise)
 */
public record EngineResult(
        int year, int lastMonth, Map<GroupKey, GroupResult> groups, List<NewProduction> newProduction) {

    public EngineResult {
        groups = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
        newProduction = List.copyOf(newProduction);
    }

    public GroupResult city() {
        return groups.get(GroupKey.CITY);
    }

    public GroupResult county(int county) {
        return groups.get(GroupKey.county(county));
    }

    public GroupResult division(int division) {
        return groups.get(GroupKey.division(division));
    }

    /** Empty when the county has no rows in the division. */
    public Optional<GroupResult> countyDivision(int county, int division) {
        return Optional.ofNullable(groups.get(GroupKey.countyDivision(county, division)));
    }

    public GroupResult tag(int tag) {
        return groups.get(GroupKey.tag(tag));
    }

    /** The groups of one kind, in index order. */
    public List<GroupResult> ofKind(GroupKind kind) {
        return groups.values().stream().filter(g -> g.key().kind() == kind).toList();
    }
}
