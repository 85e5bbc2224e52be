package io.industrypulse.account;

/**
 * Another instance committed a change that may affect figures (issue 17): every cache of derived figures in this
 * instance (the growth snapshot, the warnings, the first period with data) is dropped, as the writer's own events
 * drop them there.
 *
 * @param version the shared data version that showed the change
 */
public record DataChangedElsewhere(long version) {}
