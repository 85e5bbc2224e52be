package io.industrypulse.enterprise;

/**
 * An industrial chain (产业链) the city promotes, e.g. 新能源汽车.
 *
 * @param code short stable key, e.g. {@code NEV}
 * @param name the Chinese name
 * @param sortOrder display order
 */
public record IndustrialChain(String code, String name, int sortOrder) {}
