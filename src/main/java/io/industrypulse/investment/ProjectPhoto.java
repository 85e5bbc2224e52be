package io.industrypulse.investment;

import java.time.Instant;
import java.time.YearMonth;

/** A site photo of a project's month (形象进度照片), without its bytes. */
public record ProjectPhoto(
        long id,
        String projectCode,
        YearMonth period,
        String fileName,
        String contentType,
        long sizeBytes,
        String uploadedBy,
        Instant uploadedAt) {}
