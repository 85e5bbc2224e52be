package io.industrypulse.enterprise;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One enterprise for {@link EnterpriseService#registerAll(List)} (bulk loaders: demo data, imports).
 *
 * @param creditCode unified social credit code; must pass the GB 32100 check
 * @param name enterprise name
 * @param countyCode code of a county-level region
 * @param industryCode GB/T 4754 4-digit class, or just the 2-digit division when the class is unknown; 06-46
 * @param aboveSizeSince first above-size period, {@code null} when never above-size
 * @param entryKind how it entered; {@code null} means {@link AboveSizeEntry#INITIAL}
 * @param exitedFrom first period no longer above-size (退规), or {@code null}
 * @param exitReason reason of the exit; required with {@code exitedFrom}
 * @param keyEnterprise 重点企业
 * @param pollutionGrade environmental performance grade or {@code null}
 * @param airPolluting 涉气
 * @param chainCodes codes of existing industrial chains (see {@link EnterpriseService#saveChains(List)})
 * @param contactPerson contact person or {@code null}
 * @param contactPhone contact phone or {@code null}
 * @param address address or {@code null}
 */
public record EnterpriseRegistration(
        String creditCode,
        String name,
        String countyCode,
        String industryCode,
        YearMonth aboveSizeSince,
        AboveSizeEntry entryKind,
        YearMonth exitedFrom,
        String exitReason,
        boolean keyEnterprise,
        PollutionGrade pollutionGrade,
        boolean airPolluting,
        List<String> chainCodes,
        String contactPerson,
        String contactPhone,
        String address) {

    public EnterpriseRegistration {
        chainCodes = chainCodes == null ? List.of() : List.copyOf(chainCodes);
    }

    /** The minimal registration of an above-size enterprise: no tags, no contact, never exited. */
    public static EnterpriseRegistration of(
            String creditCode, String name, String countyCode, String industryCode, YearMonth aboveSizeSince) {
        Objects.requireNonNull(creditCode, "creditCode");
        return new EnterpriseRegistration(
                creditCode,
                name,
                countyCode,
                industryCode,
                aboveSizeSince,
                AboveSizeEntry.INITIAL,
                null,
                null,
                false,
                null,
                false,
                List.of(),
                null,
                null,
                null);
    }
}
