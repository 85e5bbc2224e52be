package io.industrypulse.dispatch;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a user reports: the enterprise, its status and reason, since when, until when it is expected, a note. */
public record ProductionStatusChange(
        String creditCode,
        ProductionStatus status,
        ProductionReason reason,
        LocalDate since,
        @Nullable LocalDate expectedResume,
        @Nullable String note) {}
