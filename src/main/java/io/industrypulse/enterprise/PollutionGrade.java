package io.industrypulse.enterprise;

/** Environmental performance grade (绩效分级) of a key air-polluting enterprise, A best (METHODOLOGY 7.1). */
public enum PollutionGrade {
    A,
    B,
    C,
    D
}
