package io.industrypulse.monitor;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One county of the 大排队 at month M, as published: every rate rounded half-up to one decimal (DESIGN.md section 3);
 * {@code null} where the engine leaves a value undefined.
 *
 * @param rankChange previous month's rank minus this month's (positive = moved up)
 * @param gap published cumulative growth minus target, percentage points
 * @param classification {@code on_track}, {@code below_target} or {@code negative}
 * @param pull pull on the city's cumulative growth, percentage points
 * @param contribution contribution to the city's cumulative increment, %
 * @param required growth the remaining months need for the county's target, %
 * @param visible whether the current user may open the county's page
 */
public record RankingRow(
        String code,
        String name,
        @Nullable Integer rank,
        @Nullable Integer rankChange,
        @Nullable Double cumGrowth,
        @Nullable Double cumChange,
        @Nullable Double monthGrowth,
        @Nullable Double target,
        @Nullable Double gap,
        @Nullable Boolean notBelowTarget,
        @Nullable Boolean notBelowProvince,
        @Nullable Boolean notBelowCity,
        @Nullable String classification,
        @Nullable Double pull,
        @Nullable Double contribution,
        @Nullable Double required,
        boolean visible) {

    /** The names of the rows of {@code classification}, in their order (the sentence above the ranking). */
    public static List<String> namesOf(List<RankingRow> rows, String classification) {
        return rows.stream()
                .filter(r -> classification.equals(r.classification()))
                .map(RankingRow::name)
                .toList();
    }

    /** The same row, visible or not to the user asking. */
    RankingRow visibleWhen(boolean shown) {
        return shown == visible
                ? this
                : new RankingRow(
                        code,
                        name,
                        rank,
                        rankChange,
                        cumGrowth,
                        cumChange,
                        monthGrowth,
                        target,
                        gap,
                        notBelowTarget,
                        notBelowProvince,
                        notBelowCity,
                        classification,
                        pull,
                        contribution,
                        required,
                        shown);
    }
}
