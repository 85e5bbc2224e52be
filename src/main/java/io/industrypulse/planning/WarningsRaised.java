package io.industrypulse.planning;

import java.time.YearMonth;
import java.util.List;

/** Published after new data when the latest month has warnings; other modules may react (notify, open tickets). */
public record WarningsRaised(YearMonth period, List<Warning> warnings) {

    public WarningsRaised {
        warnings = List.copyOf(warnings);
    }
}
