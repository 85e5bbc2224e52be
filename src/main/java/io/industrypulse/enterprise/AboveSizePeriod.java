package io.industrypulse.enterprise;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One spell of above-size (规上) status.
 *
 * @param since the first period above-size
 * @param entry how it entered
 * @param exitedFrom the first period no longer above-size (退规), {@code null} while still above-size
 * @param exitReason why it left, {@code null} while still above-size
 */
public record AboveSizePeriod(YearMonth since, AboveSizeEntry entry, YearMonth exitedFrom, String exitReason) {

    public AboveSizePeriod {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(entry, "entry");
    }

    /** Whether the enterprise is above-size in the period: {@code since <= period < exitedFrom}. */
    public boolean covers(YearMonth period) {
        return !period.isBefore(since) && (exitedFrom == null || period.isBefore(exitedFrom));
    }
}
