package io.industrypulse.dispatch;

/** 办理时限 of a category at a level, in working days: to accept (受理) and to solve (办结). */
record TimeLimit(TicketCategory category, TicketLevel level, int acceptDays, int solveDays) {}
