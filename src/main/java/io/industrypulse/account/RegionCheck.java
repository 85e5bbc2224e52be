package io.industrypulse.account;

import java.util.function.Predicate;

/**
 * Tells the account module whether a region code exists, so a user cannot be scoped to a county that is not in the
 * registry. The region module provides the bean ({@code @Bean RegionCheck regionCheck(RegionService regions)}); the
 * account module depends on no other module, and without such a bean only the code's format and its city prefix are
 * checked.
 */
@FunctionalInterface
public interface RegionCheck extends Predicate<String> {}
