package io.industrypulse.cultivation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A pool enterprise's application for a batch (申报). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Application(
        long id,
        String creditCode,
        long batchId,
        ApplicationState state,
        @Nullable String reason,
        String updatedBy,
        Instant updatedAt) {}
