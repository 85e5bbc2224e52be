package io.industrypulse.planning;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a county's 奋斗目标 asks of one month, beside the tasks of its 人代会目标: the same monthly plan (DESIGN.md section
 * 5) with the raised target. The enterprises' tasks stay those of the 人代会目标.
 *
 * @param target the 奋斗目标, %
 * @param requiredGrowth growth the remaining months need for it, %; null when undefined
 * @param requirement comparable value added the county must produce in the month for it, 万元
 */
public record RaisedRequirement(BigDecimal target, @Nullable Double requiredGrowth, BigDecimal requirement) {}
