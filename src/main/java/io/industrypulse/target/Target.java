package io.industrypulse.target;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An annual target of a region: by default the growth of industrial value added above designated size (%, 人代会目标).
 *
 * @param year the year
 * @param regionCode GB/T 2260 code of the city or a county
 * @param indicator what the target is about, {@link #VA_GROWTH} unless stated
 * @param value the target: % for growth indicators
 */
public record Target(int year, String regionCode, String indicator, BigDecimal value) implements java.io.Serializable {

    /** 规上工业增加值增速. */
    public static final String VA_GROWTH = "VA_GROWTH";

    public Target {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
    }

    /** A value-added growth target. */
    public Target(int year, String regionCode, BigDecimal value) {
        this(year, regionCode, VA_GROWTH, value);
    }
}
