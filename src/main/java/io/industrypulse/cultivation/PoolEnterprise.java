package io.industrypulse.cultivation;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A below-size enterprise of the pool (培育库).
 *
 * @param creditCode the enterprise (unified social credit code)
 * @param name its name
 * @param countyCode its county (GB/T 2260)
 * @param industryClass GB/T 4754 4-digit class
 * @param kind SMALL (小升规) or NEW (新建新投产)
 * @param founded the day it was founded, if known
 * @param productionStart the day it started production, if known
 * @param contactPerson whom to call
 * @param contactPhone their phone number
 * @param cadre the responsible cadre (包联干部)
 * @param updatedBy the user who last changed it
 * @param updatedAt when it was last changed
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
