package io.industrypulse.dispatch;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A 百日攻坚 campaign.
 *
 * @param id the campaign's number
 * @param name its name, e.g. 百日攻坚
 * @param startDate its first day
 * @param endDate its last day, inclusive
 * @param counties its counties; empty for the whole city
 * @param visitGoal enterprises to visit; {@code null}: every above-size enterprise in scope (走访规上企业全覆盖)
 * @param goals the goals in words
 */
public record Campaign(
        long id,
        String name,
        LocalDate startDate,
        LocalDate endDate,
        List<String> counties,
        @Nullable Integer visitGoal,
        @Nullable String goals) {

    public Campaign {
        counties = List.copyOf(counties);
    }

    /** Whether the campaign covers the county. */
    public boolean covers(String county) {
        return counties.isEmpty() || counties.contains(county);
    }

    /** Whether the day lies in the campaign's window. */
    public boolean during(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /** Its weeks (the last may be short), from 1. */
    public int weeks() {
        return (int) ((endDate.toEpochDay() - startDate.toEpochDay()) / 7) + 1;
    }
}
