package io.industrypulse.dispatch;

import io.industrypulse.account.Department;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ticket of an existing ledger (问题台账) brought onto the platform as it stands: a county's spreadsheet of past
 * problems, or the demo city's. Its history is the opening and the step that brought it where it is.
 */
public record LedgerTicket(
        String creditCode,
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
        String submittedBy,
        LocalDate submittedOn,
        LocalDate lastStepOn,
        @Nullable Long visitId) {

    public LedgerTicket {
        departments = List.copyOf(departments);
    }

    /** The same ticket, opened on that visit. */
    public LedgerTicket onVisit(long visit) {
        return new LedgerTicket(
                creditCode,
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
                submittedBy,
                submittedOn,
                lastStepOn,
                visit);
    }
}
