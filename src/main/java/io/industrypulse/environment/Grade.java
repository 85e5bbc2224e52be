package io.industrypulse.environment;

/**
 * Performance grade (绩效分级) of a key air-polluting enterprise (METHODOLOGY.md 7.1): A+ (2026), A, B, B- (local
 * lists), C, D for the graded industries; 绩效引领性 / 非引领性 for those without A-D grading. Labels under {@code
 * environment.grade.*}.
 */
public enum Grade {
    A_PLUS,
    A,
    B,
    B_MINUS,
    C,
    D,
    /** 绩效引领性. */
    LEADING,
    /** 非引领性. */
    NON_LEADING;

    /** Whether the guide lets it take autonomous measures (自主减排) in every alert: A+, A and 绩效引领性. */
    public boolean autonomous() {
        return this == A_PLUS || this == A || this == LEADING;
    }
}
