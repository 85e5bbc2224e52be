package io.industrypulse.dispatch;

/** Where a problem ticket (诉求) stands; the labels are in the bundle under {@code dispatch.ticket.state.*}. */
public enum TicketState {
    /** 待受理: waiting for the handler of its level. */
    SUBMITTED,
    /** 办理中: accepted by a named handler. */
    IN_PROGRESS,
    /** 已办结: the handler says what was done; waiting for the enterprise's rating. */
    SOLVED,
    /** 已回访: rated satisfactorily; waiting to be closed. */
    RATED,
    /** 已销号: closed, final. */
    CLOSED,
    /** 退回: back with the submitter, with a reason. */
    RETURNED;

    /** Whether the ticket is still being worked on, and so can be overdue. */
    public boolean open() {
        return this == SUBMITTED || this == IN_PROGRESS;
    }
}
