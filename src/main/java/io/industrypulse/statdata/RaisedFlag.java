package io.industrypulse.statdata;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A soft check raised on one enterprise's row of an import.
 *
 * @param measured the figure that raised it (ratio or growth in %, amount in 万元)
 * @param measuredOther the second figure compared, when there is one (e.g. electricity growth for S3)
 * @param threshold the threshold it was compared with
 * @param message what is wrong, in Chinese
 * @param fingerprint the input figures that raised it: a re-import with the same fingerprint keeps the flag
 */
public record RaisedFlag(
        String creditCode,
        String enterpriseName,
        String countyCode,
        SoftCheck check,
        BigDecimal measured,
        @Nullable BigDecimal measuredOther,
        BigDecimal threshold,
        String message,
        String fingerprint) {

    public RaisedFlag {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
