package io.industrypulse.enterprise;

import java.time.YearMonth;
import java.util.List;

/**
 * An enterprise with its above-size history (oldest first) and its industrial chains.
 *
 * @param enterprise the registry fields
 * @param aboveSize the above-size spells, oldest first
 * @param chains the chains it belongs to, in display order
 */
public record EnterpriseDetail(Enterprise enterprise, List<AboveSizePeriod> aboveSize, List<IndustrialChain> chains) {

    public EnterpriseDetail {
        aboveSize = List.copyOf(aboveSize);
        chains = List.copyOf(chains);
    }

    /** Whether the enterprise is above-size in the period. */
    public boolean aboveSizeIn(YearMonth period) {
        return aboveSize.stream().anyMatch(spell -> spell.covers(period));
    }
}
