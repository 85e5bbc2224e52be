package io.industrypulse.enterprise;

/**
 * Registry facts that feed the growth snapshot changed: an enterprise registered, its county, industry, key-enterprise
 * flag, chains or above-size spells changed, or the chains themselves. Published by {@link EnterpriseService} in the
 * writing transaction; {@code monitor} drops its snapshot after commit. Kept small: the event publication registry
 * stores every event until its listeners complete.
 *
 * @param enterprises how many enterprises the change concerns; 0 when it concerns groups (the chains)
 */
public record EnterpriseChanged(int enterprises) {}
