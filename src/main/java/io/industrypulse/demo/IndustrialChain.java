package io.industrypulse.demo;

/** An industrial chain (产业链) the city promotes, e.g. {@code NEV} 新能源汽车. */
public record IndustrialChain(String code, String name) {}
