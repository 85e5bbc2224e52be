package io.industrypulse.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The published form of a rate: rounded half-up to one decimal (DESIGN.md section 3), used for every status decision. */
public final class Published {

    private Published() {}

    /** {@code rate} rounded half-up to one decimal, as published. */
    public static double round(double rate) {
        return new BigDecimal(Double.toString(rate))
                .setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
