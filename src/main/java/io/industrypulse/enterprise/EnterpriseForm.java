package io.industrypulse.enterprise;

import java.util.List;

/**
 * What a user enters to register or change an enterprise, as typed (strings); {@link EnterpriseService} validates
 * it. On update the credit code and the above-size fields are ignored.
 *
 * @param creditCode unified social credit code
 * @param name enterprise name
 * @param countyCode county code
 * @param industryClass GB/T 4754 4-digit class
 * @param aboveSizeSince first above-size period {@code YYYY-MM}, blank when not above-size
 * @param entryKind {@link AboveSizeEntry} name, blank for {@code INITIAL}
 * @param keyEnterprise 重点企业
 * @param pollutionGrade {@code A}..{@code D} or blank
 * @param airPolluting 涉气
 * @param chainCodes codes of the industrial chains
 * @param contactPerson contact person
 * @param contactPhone contact phone
 * @param address address
 * @param legacyCodeReason a city administrator's reason to accept a credit code failing the check character
 */
public record EnterpriseForm(
        String creditCode,
        String name,
        String countyCode,
        String industryClass,
        String aboveSizeSince,
        String entryKind,
        Boolean keyEnterprise,
        String pollutionGrade,
        Boolean airPolluting,
        List<String> chainCodes,
        String contactPerson,
        String contactPhone,
        String address,
        String legacyCodeReason) {

    public EnterpriseForm {
        chainCodes = chainCodes == null ? List.of() : List.copyOf(chainCodes);
    }

    /** An empty form. */
    public static EnterpriseForm empty() {
        return new EnterpriseForm(null, null, null, null, null, null, false, null, false, null, null, null, null, null);
    }

    /** The form showing an existing enterprise, for editing. */
    public static EnterpriseForm of(EnterpriseDetail detail) {
        Enterprise e = detail.enterprise();
        AboveSizePeriod first =
                detail.aboveSize().isEmpty() ? null : detail.aboveSize().get(0);
        return new EnterpriseForm(
                e.creditCode(),
                e.name(),
                e.countyCode(),
                e.industryClass(),
                first == null ? null : first.since().toString(),
                first == null ? null : first.entry().name(),
                e.keyEnterprise(),
                e.pollutionGrade() == null ? null : e.pollutionGrade().name(),
                e.airPolluting(),
                detail.chains().stream().map(IndustrialChain::code).toList(),
                e.contactPerson(),
                e.contactPhone(),
                e.address(),
                e.legacyCodeReason());
    }
}
