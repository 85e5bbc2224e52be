package io.industrypulse.statdata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A stored soft flag (核实性错误) and where its explanation stands.
 *
 * @param id the flag's number
 * @param period the month reviewed (YYYY-MM)
 * @param creditCode the enterprise (unified social credit code)
 * @param enterpriseName its name in the registry
 * @param countyCode its county (GB/T 2260)
 * @param rule the rule of METHODOLOGY.md 6.3, S1 to S6
 * @param check the check within the rule (SoftCheck)
 * @param measured what was measured: % for S1 (sales ratio), S2 and S6 (growth, change on the month) and S3 (output
 *     growth); for S3's zero mismatch the month's output in 万元 or its electricity in 万千瓦时, whichever came without
 *     the other; 万元 for S5 (cumulative revenue) and S6 new entrants (the month's output)
 * @param measuredOther the figure it was compared with, where there is one: electricity growth in % (S3), cumulative
 *     sales value in 万元 (S5), last month's output in 万元 (S6)
 * @param threshold the setting it was held against: % for S1, S2, S5 and S6, percentage points for S3; 0 where any
 *     value raises it
 * @param message what is wrong, in Chinese, with the figures
 * @param state OPEN, EXPLAINED, ACCEPTED, RETURNED or CLOSED
 * @param raisedAt when the import raised it (ISO 8601 instant)
 * @param reasonCategory the category of the enterprise's or county's explanation, once explained
 * @param explanation the explanation, once given
 * @param explainedBy who explained it
 * @param explainedAt when it was explained
 * @param reviewedBy who accepted or returned the explanation
 * @param reviewedAt when it was accepted or returned
 * @param reviewComment the reviewer's comment
 * @param closedAt when it was closed (a later import no longer raised it)
 */
public record ReviewFlag(
        long id,
        YearMonth period,
        String creditCode,
        String enterpriseName,
        String countyCode,
        String rule,
        SoftCheck check,
        BigDecimal measured,
        @Nullable BigDecimal measuredOther,
        BigDecimal threshold,
        String message,
        FlagState state,
        Instant raisedAt,
        @Nullable ReasonCategory reasonCategory,
        @Nullable String explanation,
        @Nullable String explainedBy,
        @Nullable Instant explainedAt,
        @Nullable String reviewedBy,
        @Nullable Instant reviewedAt,
        @Nullable String reviewComment,
        @Nullable Instant closedAt) {}
