package io.industrypulse.target;

/** Whose published growth a benchmark is (两个不低于 compares a county with both). */
public enum BenchmarkScope {
    PROVINCE("province"),
    CITY("city");

    private final String code;

    BenchmarkScope(String code) {
        this.code = code;
    }

    /** The code used in the database and in {@code benchmarks.csv}. */
    public String code() {
        return code;
    }

    public static BenchmarkScope ofCode(String code) {
        for (BenchmarkScope scope : values()) {
            if (scope.code.equals(code)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("Unknown benchmark scope: " + code);
    }
}
