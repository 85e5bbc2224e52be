package io.industrypulse.investment;

import java.time.Instant;
import java.time.YearMonth;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A site photo of a project's month (形象进度照片), without its bytes. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProjectPhoto(
        long id,
        String projectCode,
        YearMonth period,
        String fileName,
        String contentType,
        long sizeBytes,
        String uploadedBy,
        Instant uploadedAt) {}
