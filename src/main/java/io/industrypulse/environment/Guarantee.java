package io.industrypulse.environment;

/**
 * 保障类: an enterprise the alert may not stop below its verified allowed load (METHODOLOGY.md 14.1); labels under
 * {@code environment.guarantee.*}.
 */
public enum Guarantee {
    /** 民生保障 以热定产 (heating, waste co-processing). */
    HEAT,
    /** 以量定产 (military or export orders). */
    VOLUME
}
