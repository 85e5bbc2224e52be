package io.industrypulse.dispatch;

import java.util.Collection;
import java.util.Map;

/**
 * The stakes of enterprises from the current snapshot. Implemented by {@code monitor}, which holds the snapshot and
 * already depends on this module (the county page lists production status), so the dependency points one way.
 */
public interface EnterpriseStakes {

    /** By credit code, for those of {@code creditCodes} with data in the latest month; empty when no month is left. */
    Map<String, EnterpriseStake> of(Collection<String> creditCodes);
}
