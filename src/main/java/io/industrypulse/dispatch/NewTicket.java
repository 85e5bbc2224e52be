package io.industrypulse.dispatch;

import org.jspecify.annotations.Nullable;

/**
 * A ticket as its submitter fills it in (the form, {@code POST /api/v1/tickets}).
 *
 * @param creditCode the enterprise's unified social credit code (18 characters); it must be in the submitter's scope
 * @param category the kind of problem (TicketCategory: its name)
 * @param description the problem in the enterprise's words
 * @param helpAsked what the enterprise asks the government to do
 * @param stopsProduction whether the problem stops or limits production (unset: no)
 * @param urgent whether it is urgent (unset: no); an urgent ticket is due sooner
 * @param visitId the visit (走访) on which the problem was found, if any: a visit to the same enterprise
 */
public record NewTicket(
        @Nullable String creditCode,
        @Nullable TicketCategory category,
        @Nullable String description,
        @Nullable String helpAsked,
        @Nullable Boolean stopsProduction,
        @Nullable Boolean urgent,
        @Nullable Long visitId) {

    /** A ticket not opened on a visit. */
    public NewTicket(
            @Nullable String creditCode,
            @Nullable TicketCategory category,
            @Nullable String description,
            @Nullable String helpAsked,
            @Nullable Boolean stopsProduction,
            @Nullable Boolean urgent) {
        this(creditCode, category, description, helpAsked, stopsProduction, urgent, null);
    }

    /** Whether the problem stops or limits production (unset: no). */
    public boolean stops() {
        return Boolean.TRUE.equals(stopsProduction);
    }

    public boolean urgentFlag() {
        return Boolean.TRUE.equals(urgent);
    }
}
