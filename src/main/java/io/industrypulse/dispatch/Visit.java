package io.industrypulse.dispatch;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A visit (走访 / 帮促对接): who went, where, when, what they found, and the tickets opened on it.
 *
 * @param id the visit's number
 * @param creditCode the enterprise visited (unified social credit code)
 * @param enterpriseName its name in the registry
 * @param countyCode its county (GB/T 2260)
 * @param visitDate the day of the visit
 * @param cadre who went (包联干部)
 * @param department the cadre's department, if one
 * @param findings what they found
 * @param recordedBy the user who recorded it
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
