package io.industrypulse.dispatch;

import io.industrypulse.account.Department;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's figures as of one day (our rules; METHODOLOGY.md 14.3 names the KPIs): enterprises visited (distinct,
 * by the visits up to that day) against those to visit; tickets opened up to that day; solved (已办结, 已回访 or 已销号
 * on that day, so a reopened ticket counts again only once solved again); 超期 (still open that day and more than the
 * setting's working days past its due date); 化解率 = solved ÷ opened; 满意率 = rated 4–5 ÷ rated.
 *
 * @param visited enterprises visited
 * @param toVisit enterprises to visit (the goal)
 * @param opened tickets opened (count)
 * @param solved tickets solved (count): 已办结, 已回访 or 已销号
 * @param overdue tickets still open and past the setting's working days beyond their due date (count)
 * @param rated tickets rated on the visit back (count)
 * @param satisfied tickets rated 4 or 5 (count)
 */
public record CampaignFigures(int visited, int toVisit, int opened, int solved, int overdue, int rated, int satisfied) {

    /** 化解率 in %, {@code null} without a ticket. */
    public @Nullable Double solvedRate() {
        return opened == 0 ? null : 100.0 * solved / opened;
    }

    /** 满意率 in %, {@code null} without a rating. */
    public @Nullable Double satisfiedRate() {
        return rated == 0 ? null : 100.0 * satisfied / rated;
    }

    /** 走访进度 in %, {@code null} without a goal. */
    public @Nullable Double visitRate() {
        return toVisit == 0 ? null : 100.0 * visited / toVisit;
    }

    /** A ticket as the figures need it: where it stood on each day it moved. */
    record TicketFacts(
            String county,
            List<Department> departments,
            LocalDate opened,
            Map<LocalDate, TicketState> stateAtEndOf,
            @Nullable Integer rating,
            @Nullable LocalDate ratedOn,
            LocalDate due) {

        /** Its state at the end of {@code day}: the last move on or before it. */
        @Nullable
        TicketState stateOn(LocalDate day) {
            TicketState state = null;
            for (Map.Entry<LocalDate, TicketState> move : new TreeMap<>(stateAtEndOf).entrySet()) {
                if (move.getKey().isAfter(day)) {
                    break;
                }
                state = move.getValue();
            }
            return state;
        }
    }

    record VisitFacts(String county, String creditCode, LocalDate date) {}

    /** The whole campaign, one county's part ({@code county}), or one department's ({@code department}). */
    static CampaignFigures of(
            List<TicketFacts> tickets,
            List<VisitFacts> visits,
            int toVisit,
            LocalDate day,
            WorkingDays days,
            int overdueAfter,
            @Nullable String county,
            @Nullable Department department) {
        Set<String> visited = new HashSet<>();
        for (VisitFacts v : visits) {
            if (!v.date().isAfter(day) && (county == null || v.county().equals(county))) {
                visited.add(v.creditCode());
            }
        }
        int opened = 0;
        int solved = 0;
        int overdue = 0;
        int rated = 0;
        int satisfied = 0;
        for (TicketFacts t : tickets) {
            if (t.opened().isAfter(day)
                    || (county != null && !t.county().equals(county))
                    || (department != null && !t.departments().contains(department))) {
                continue;
            }
            opened++;
            TicketState state = t.stateOn(day);
            if (state == TicketState.SOLVED || state == TicketState.RATED || state == TicketState.CLOSED) {
                solved++;
            }
            if (state != null && state.open() && days.workingDaysAfter(t.due(), day) > overdueAfter) {
                overdue++;
            }
            if (t.rating() != null && t.ratedOn() != null && !t.ratedOn().isAfter(day)) {
                rated++;
                if (t.rating() >= 4) {
                    satisfied++;
                }
            }
        }
        return new CampaignFigures(visited.size(), toVisit, opened, solved, overdue, rated, satisfied);
    }
}
