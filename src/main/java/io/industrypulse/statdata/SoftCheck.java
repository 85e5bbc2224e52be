package io.industrypulse.statdata;

/**
 * The soft review checks (核实性错误) of METHODOLOGY.md 6.3 that B204-1 as imported here allows; each belongs to one rule
 * S1-S6. S4 (implied price against product quantities) is absent: the imported layout carries no product quantities.
 */
public enum SoftCheck {
    /** S1: 产品销售率 (sales / output, month) outside the allowed range. */
    S1_SALES_RATIO("S1"),
    /** S2: |month y/y growth of output| above the threshold. */
    S2_MONTH_GROWTH("S2"),
    /** S2: |cumulative y/y growth of output| above the threshold. */
    S2_CUMULATIVE_GROWTH("S2"),
    /** S3: month growth of output and of electricity differ by more than the threshold (pp). */
    S3_ELECTRICITY_GAP("S3"),
    /** S3: output without electricity, or electricity without output. */
    S3_ZERO_MISMATCH("S3"),
    /** S5: cumulative revenue (B203) and cumulative sales value differ by more than the threshold (%). */
    S5_REVENUE_GAP("S5"),
    /** S6: new entrant (no report for the same month last year, or new production: output without a base). */
    S6_NEW_ENTRANT("S6"),
    /** S6: month-on-month change of output above the threshold. */
    S6_MONTH_JUMP("S6");

    private final String rule;

    SoftCheck(String rule) {
        this.rule = rule;
    }

    /** The rule of METHODOLOGY.md 6.3, {@code S1}..{@code S6}. */
    public String rule() {
        return rule;
    }
}
