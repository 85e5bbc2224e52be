package io.industrypulse.target;

import java.math.BigDecimal;

/**
 * A county's 奋斗目标 for a year: the value-added growth (%) it sets itself above its 人代会目标 (主动拔高目标). It is
 * shown beside the official target with what it asks of the remaining months; classes, 两个不低于 and rankings stay on
 * the official target.
 */
public record RaisedTarget(int year, String regionCode, BigDecimal value) {}
