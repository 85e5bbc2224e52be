package io.industrypulse.cultivation;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A batch of the calendar (申报批次).
 *
 * @param id the batch's number
 * @param year the statistical year it belongs to
 * @param kind ANNUAL, or MONTHLY (only for 新建新投产 enterprises)
 * @param name its name
 * @param deadline the last day applications are taken
 * @param effectiveMonth the first month its entrants report as above-size
 */
public record Batch(long id, int year, BatchKind kind, String name, LocalDate deadline, YearMonth effectiveMonth) {

    /** The month whose twelve months to it the qualifying test uses: the month before the deadline's. */
    public YearMonth referenceMonth() {
        return YearMonth.from(deadline).minusMonths(1);
    }
}
