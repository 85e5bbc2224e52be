package io.industrypulse.cultivation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A pool enterprise's application for a batch (申报). */
public record Application(
        long id,
        String creditCode,
        long batchId,
        ApplicationState state,
        @Nullable String reason,
        String updatedBy,
        Instant updatedAt) {}
