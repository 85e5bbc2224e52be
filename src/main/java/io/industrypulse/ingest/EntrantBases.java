package io.industrypulse.ingest;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * The same-period base of enterprises that entered above-size from outside the monthly reports: a 小升规 entrant's
 * output of last year is the one its application carried (METHODOLOGY.md 5), so its first reports must carry it as
 * 上年同月 for the growth to stay same-scope (METHODOLOGY.md 1.6). The monthly import holds 上年同月 to it (rule H5)
 * wherever last year has no report of its own. Provided by the module that keeps the applications.
 */
public interface EntrantBases {

    /** Output (万元) of the given month, by credit code, of the enterprises whose entry carried that month. */
    Map<String, BigDecimal> outputs(YearMonth month);
}
