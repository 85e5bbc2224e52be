package io.industrypulse.environment;

/**
 * A key industry of the 2020 guide (重点行业), editable by the ecology department.
 *
 * @param graded whether it grades A-D (else 绩效引领性 / 非引领性)
 */
public record KeyIndustry(String code, String name, boolean graded, int sortOrder) {}
