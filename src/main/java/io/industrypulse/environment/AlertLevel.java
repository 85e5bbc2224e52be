package io.industrypulse.environment;

/**
 * Heavy-pollution alert levels (METHODOLOGY.md 7.2) with the national reduction floors of SO2, NOx, PM and VOCs:
 * 10% (yellow), 20% (orange), 30% (red). A city raises them per episode; these are only the defaults.
 */
public enum AlertLevel {
    YELLOW(0.10),
    ORANGE(0.20),
    RED(0.30);

    private final double defaultFloor;

    AlertLevel(double defaultFloor) {
        this.defaultFloor = defaultFloor;
    }

    /** The national floor as a share (0.2 = 20%). */
    public double defaultFloor() {
        return defaultFloor;
    }
}
