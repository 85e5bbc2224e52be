package io.industrypulse.report;

import java.time.YearMonth;
import java.util.Optional;

/** The published periods, as the pages know them (provided by the module that serves the growth figures). */
public interface ReportPeriods {

    boolean isPublished(YearMonth period);

    Optional<YearMonth> latest();
}
