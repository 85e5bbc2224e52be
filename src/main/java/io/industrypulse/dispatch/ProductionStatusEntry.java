package io.industrypulse.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise that is stopped, limited or in closed-loop production.
 *
 * @param creditCode the enterprise (unified social credit code)
 * @param name its name in the registry
 * @param countyCode its county (GB/T 2260)
 * @param status stopped, limited or closed-loop (ProductionStatus)
 * @param reason why (ProductionReason)
 * @param since the day it stopped or was limited
 * @param expectedResume the day it is expected to produce normally again, if known
 * @param note more words on it, if any
 * @param updatedBy the user who last changed it
 * @param updatedAt when it was last changed (ISO 8601 instant)
 */
public record ProductionStatusEntry(
        String creditCode,
        String name,
        String countyCode,
        ProductionStatus status,
        ProductionReason reason,
        LocalDate since,
        @Nullable LocalDate expectedResume,
        @Nullable String note,
        String updatedBy,
        Instant updatedAt) {}
