package io.industrypulse.dispatch;

import org.jspecify.annotations.Nullable;

/** An enterprise's responsible cadre (包联干部): who answers for helping it, and how to reach them. */
public record Cadre(
        String creditCode,
        String name,
        @Nullable String phone,
        @Nullable String unit,
        String updatedBy) {}
