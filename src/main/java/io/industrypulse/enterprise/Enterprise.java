package io.industrypulse.enterprise;

import java.time.OffsetDateTime;

/**
 * A registered enterprise as shown in lists and the API (names of county and division joined in).
 *
 * @param creditCode unified social credit code (GB 32100), the natural key
 * @param name the enterprise's name
 * @param countyCode GB/T 2260 code of its county
 * @param countyName the county's name
 * @param industryClass GB/T 4754 4-digit class (小类), {@code null} when only the division is known
 * @param divisionCode 2-digit division (大类) 06-46, the first two digits of the class
 * @param divisionName the division's name
 * @param legacyCodeReason the administrator's reason for accepting a credit code failing the check, else {@code null}
 * @param contactPerson contact person
 * @param contactPhone contact phone
 * @param address address
 * @param keyEnterprise 重点企业
 * @param pollutionGrade environmental performance grade, {@code null} when not graded
 * @param airPolluting 涉气企业
 * @param createdAt when it was registered (UTC)
 * @param updatedAt when it was last changed (UTC)
 */
public record Enterprise(
        String creditCode,
        String name,
        String countyCode,
        String countyName,
        String industryClass,
        String divisionCode,
        String divisionName,
        String legacyCodeReason,
        String contactPerson,
        String contactPhone,
        String address,
        boolean keyEnterprise,
        PollutionGrade pollutionGrade,
        boolean airPolluting,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
