package io.industrypulse.dispatch;

import io.industrypulse.account.Department;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A problem ticket (诉求) as its readers see it.
 *
 * @param id the ticket's number
 * @param creditCode the enterprise's unified social credit code
 * @param enterpriseName the enterprise's name in the registry
 * @param countyCode the enterprise's county (GB/T 2260)
 * @param category the kind of problem (TicketCategory)
 * @param description the problem in the enterprise's words
 * @param helpAsked what the enterprise asks the government to do
 * @param stopsProduction whether the problem stops or limits production
 * @param urgent whether it is urgent (due sooner)
 * @param state where it stands: SUBMITTED, IN_PROGRESS, SOLVED, RATED, CLOSED or RETURNED
 * @param level who holds it: COUNTY, CITY or DEPARTMENT
 * @param departments the departments it is assigned to (交办), empty before the city assigns it
 * @param handler who accepted it at its current level
 * @param result what was done (办结), the latest
 * @param rating the enterprise's rating 1-5 on the visit back (回访), once given
 * @param ratingComment the enterprise's comment on the visit back, if any
 * @param submittedBy the user who submitted it
 * @param submittedAt when it was submitted (ISO 8601 instant)
 * @param visitId the visit (走访) it was opened on, if it was
 * @param dueDate when the current step is due (受理 or 办结), on the working-day calendar
 * @param overdueDays working days past the due date while it is still open; 0 otherwise
 * @param stake what the enterprise's recovery is worth (for open tickets on enterprises not producing normally)
 * @param version the version for optimistic locking: send it back with an action so two hands cannot overwrite each
 *     other
 */
public record Ticket(
        long id,
        String creditCode,
        String enterpriseName,
        String countyCode,
        TicketCategory category,
        String description,
        String helpAsked,
        boolean stopsProduction,
        boolean urgent,
        TicketState state,
        TicketLevel level,
        List<Department> departments,
        @Nullable String handler,
        @Nullable String result,
        @Nullable Integer rating,
        @Nullable String ratingComment,
        String submittedBy,
        Instant submittedAt,
        @Nullable Long visitId,
        LocalDate dueDate,
        int overdueDays,
        @Nullable EnterpriseStake stake,
        int version) {

    public Ticket {
        departments = List.copyOf(departments);
    }

    Ticket with(int overdueDays, @Nullable EnterpriseStake stake) {
        return new Ticket(
                id,
                creditCode,
                enterpriseName,
                countyCode,
                category,
                description,
                helpAsked,
                stopsProduction,
                urgent,
                state,
                level,
                departments,
                handler,
                result,
                rating,
                ratingComment,
                submittedBy,
                submittedAt,
                visitId,
                dueDate,
                overdueDays,
                stake,
                version);
    }

    public boolean overdue() {
        return overdueDays > 0;
    }
}
