package io.industrypulse.environment;

/**
 * Heavy-pollution alert levels (METHODOLOGY.md 7.2) with the national reduction floors of SO2, NOx, PM and VOCs:
 * 10% (yellow), 20% (orange), 30% (red). A city raises them per episode; these are only the defaults. {@link
 * #STAGGER} is the 错峰生产 calendar of one key industry (METHODOLOGY.md 7.4): its measures come from the rules, it
 * has no floors and so no plans to compare.
 */
public enum AlertLevel {
    YELLOW(0.10),
    ORANGE(0.20),
    RED(0.30),
    STAGGER(0);

    private final double defaultFloor;

    AlertLevel(double defaultFloor) {
        this.defaultFloor = defaultFloor;
    }

    /** The national floor as a share (0.2 = 20%). */
    public double defaultFloor() {
        return defaultFloor;
    }

    /** Whether this is an alert with reduction floors (not a 错峰 calendar). */
    public boolean alert() {
        return this != STAGGER;
    }
}
