package io.industrypulse.dispatch;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A visit (走访 / 帮促对接): who went, where, when, what they found, and the tickets opened on it.
 *
 * @param tickets the ids of the tickets opened on this visit, in order
 */
public record Visit(
        long id,
        String creditCode,
        String enterpriseName,
        String countyCode,
        LocalDate visitDate,
        String cadre,
        @Nullable String department,
        String findings,
        String recordedBy,
        List<Long> tickets) {

    public Visit {
        tickets = List.copyOf(tickets);
    }
}
