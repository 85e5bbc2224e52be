package io.industrypulse.enterprise;

import java.util.Set;

/**
 * Registry facts that feed the growth snapshot changed: an enterprise registered, its county, industry, key-enterprise
 * flag, chains or above-size spells changed, or the chains themselves. Published by {@link EnterpriseService} in the
 * writing transaction; {@code monitor} drops its snapshot after commit.
 *
 * @param creditCodes the enterprises concerned; empty when the change concerns groups (the chains) rather than
 *     enterprises
 */
public record EnterpriseChanged(Set<String> creditCodes) {

    public EnterpriseChanged {
        creditCodes = Set.copyOf(creditCodes);
    }
}
