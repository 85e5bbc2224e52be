package io.industrypulse.environment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A row of the key air-polluting enterprise list (重点涉气企业清单), with the registry's name and county.
 *
 * @param creditCode the enterprise (unified social credit code)
 * @param name its name in the registry
 * @param countyCode its county (GB/T 2260)
 * @param industryCode its industry (GB/T 4754 division)
 * @param grade its performance grade (绩效分级): A_PLUS, A, B, B_MINUS, C, D, LEADING or NON_LEADING
 * @param guarantee 保障类 kind, {@code null} when not 保障类
 * @param allowedLoad for 保障类 the verified maximum load (share of normal output), else {@code null}
 * @param emissionBase the reduction base (减排基数), kg a day
 * @param dailyBase the production base, 万元 a day, when set; {@code null}: last year's same-period daily average
 * @param upwindFrom the first wind direction (degrees) of its upwind sector (our own rule), or {@code null}
 * @param upwindTo the last, clockwise
 * @param measureYellow its 一厂一策 measure in a yellow alert, as its plan words it
 * @param measureOrange its 一厂一策 measure in an orange alert, as its plan words it
 * @param measureRed its 一厂一策 measure in a red alert, as its plan words it
 * @param updatedBy the user who last changed the row
 * @param updatedAt when the row was last changed
 */
public record ListedEnterprise(
        String creditCode,
        String name,
        String countyCode,
        String industryCode,
        Grade grade,
        @Nullable Guarantee guarantee,
        @Nullable BigDecimal allowedLoad,
        Pollutants emissionBase,
        @Nullable BigDecimal dailyBase,
        @Nullable Integer upwindFrom,
        @Nullable Integer upwindTo,
        @Nullable String measureYellow,
        @Nullable String measureOrange,
        @Nullable String measureRed,
        String updatedBy,
        Instant updatedAt) {

    /** The most output an alert may take from it: all, or for 保障类 what its allowed load leaves. */
    @JsonIgnore
    public double cap() {
        return allowedLoad == null ? 1 : Math.max(0, 1 - allowedLoad.doubleValue());
    }

    /** Its 一厂一策 measure at the level, as worded; {@code null} when none is recorded. */
    public @Nullable String ownMeasure(AlertLevel level) {
        return switch (level) {
            case YELLOW -> measureYellow;
            case ORANGE -> measureOrange;
            case RED -> measureRed;
            case STAGGER -> null;
        };
    }

    /** The upwind sector {from, to}, when it has one. */
    java.util.Optional<double[]> sector() {
        return upwindFrom == null || upwindTo == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(new double[] {upwindFrom, upwindTo});
    }
}
