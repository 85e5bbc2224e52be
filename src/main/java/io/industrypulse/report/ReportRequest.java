package io.industrypulse.report;

import io.industrypulse.account.UserScope;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * What a part is asked to write: the document, the published period and the scope the figures are read in. The city's
 * version is read in a city scope; a county's version in that county's scope, so every service the parts call limits
 * the detail to the county exactly as it does on the county user's pages.
 *
 * @param county the county of a county's version, {@code null} for the city's
 */
public record ReportRequest(
        ReportKind kind,
        YearMonth period,
        UserScope scope,
        @Nullable String county) {

    /** Whether this is the city's version. */
    public boolean city() {
        return county == null;
    }
}
