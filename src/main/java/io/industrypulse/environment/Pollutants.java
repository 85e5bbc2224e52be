package io.industrypulse.environment;

import java.math.BigDecimal;

/**
 * One figure per pollutant of the floors, in the engine's order (SO2, NOx, PM, VOCs): emissions in kg a day, cuts and
 * floors as shares.
 *
 * @param so2 sulphur dioxide: kg a day for emissions, a share (0-1) for cuts and floors
 * @param nox nitrogen oxides: kg a day for emissions, a share (0-1) for cuts and floors
 * @param pm particulate matter: kg a day for emissions, a share (0-1) for cuts and floors
 * @param voc volatile organic compounds: kg a day for emissions, a share (0-1) for cuts and floors
 */
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
}
