package io.industrypulse.environment;

import io.industrypulse.engine.ControlPlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One figure per pollutant of the floors, in the engine's order (SO2, NOx, PM, VOCs): emissions in kg a day, cuts and
 * floors as shares.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Pollutants(BigDecimal so2, BigDecimal nox, BigDecimal pm, BigDecimal voc) {

    /** The codes of the pollutants, for labels ({@code environment.pollutant.*}) and columns. */
    public static final String[] CODES = {"SO2", "NOX", "PM", "VOC"};

    public double[] values() {
        return new double[] {so2.doubleValue(), nox.doubleValue(), pm.doubleValue(), voc.doubleValue()};
    }

    public BigDecimal get(int p) {
        return switch (p) {
            case 0 -> so2;
            case 1 -> nox;
            case 2 -> pm;
            default -> voc;
        };
    }

    /** The shares of {@code values}, kept to {@code scale} places. */
    static Pollutants of(double[] values, int scale) {
        if (values.length != ControlPlan.POLLUTANTS) {
            throw new IllegalArgumentException("one value per pollutant");
        }
        BigDecimal[] v = new BigDecimal[values.length];
        for (int p = 0; p < values.length; p++) {
            v[p] = BigDecimal.valueOf(values[p]).setScale(scale, RoundingMode.HALF_UP);
        }
        return new Pollutants(v[0], v[1], v[2], v[3]);
    }

    /** The same share for every pollutant. */
    static Pollutants all(BigDecimal share) {
        return new Pollutants(share, share, share, share);
    }
}
