package io.industrypulse.cultivation;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A below-size enterprise of the pool (培育库).
 *
 * @param industryClass GB/T 4754 4-digit class
 * @param cadre the responsible cadre (包联干部)
 */
public record PoolEnterprise(
        String creditCode,
        String name,
        String countyCode,
        String industryClass,
        PoolKind kind,
        @Nullable LocalDate founded,
        @Nullable LocalDate productionStart,
        @Nullable String contactPerson,
        @Nullable String contactPhone,
        @Nullable String cadre,
        String updatedBy,
        Instant updatedAt) {}
