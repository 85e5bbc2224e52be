package io.industrypulse.dispatch;

/** 办理时限 of a category at a level, in working days: to accept (受理) and to solve (办结). */
record TimeLimit(TicketCategory category, TicketLevel level, int acceptDays, int solveDays) {

    /** The shipped default where the table has no row: accept in 1 working day, solve in 5 (county) or 10. */
    static TimeLimit byDefault(TicketCategory category, TicketLevel level) {
        return new TimeLimit(category, level, 1, level == TicketLevel.COUNTY ? 5 : 10);
    }
}
