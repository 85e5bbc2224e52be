package io.industrypulse.cultivation;

import org.jspecify.annotations.Nullable;

/** A pool enterprise as typed (the form or an import row); dates {@code yyyy-MM-dd}, the kind SMALL / NEW or 小升规. */
public record PoolForm(
        @Nullable String creditCode,
        @Nullable String name,
        @Nullable String countyCode,
        @Nullable String industryClass,
        @Nullable String kind,
        @Nullable String founded,
        @Nullable String productionStart,
        @Nullable String contactPerson,
        @Nullable String contactPhone,
        @Nullable String cadre) {

    static PoolForm of(PoolEnterprise e) {
        return new PoolForm(
                e.creditCode(),
                e.name(),
                e.countyCode(),
                e.industryClass(),
                e.kind().name(),
                e.founded() == null ? "" : e.founded().toString(),
                e.productionStart() == null ? "" : e.productionStart().toString(),
                e.contactPerson(),
                e.contactPhone(),
                e.cadre());
    }
}
