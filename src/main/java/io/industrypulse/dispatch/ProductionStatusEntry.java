package io.industrypulse.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise that is stopped, limited or in closed-loop production.
 *
 * @param since the day it stopped or was limited
 * @param expectedResume the day it is expected to produce normally again, if known
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
