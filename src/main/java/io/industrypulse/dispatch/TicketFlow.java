package io.industrypulse.dispatch;

import java.util.Optional;

/**
 * The ticket state machine (ours, after how enterprise-service platforms run 诉求 tickets; METHODOLOGY.md 14.3): who
 * acts is decided by the service, this only says where an action leads from where a ticket stands.
 *
 * <pre>
 * 待受理 --受理--> 办理中 --办结--> 已办结 --回访 3–5 且已解决--> 已回访 --销号--> 已销号
 *                                    \--回访 1–2 或未解决--> 办理中 (重新办理)
 * 待受理/办理中 --退回--> 退回 (县、市) or 市级待受理 (部门) ; 退回 --重新提交--> 县级待受理
 * 县级 待受理/办理中 --上报--> 市级待受理 ; 市级 --交办--> 部门待受理 ; 部门 --转办--> 部门待受理
 * </pre>
 */
final class TicketFlow {

    private TicketFlow() {}

    /** Where a ticket is: its state at its level. */
    record Position(TicketState state, TicketLevel level) {}

    /**
     * Where {@code action} leads from {@code from}; empty when it is not allowed there (the service answers 409).
     *
     * @param satisfied for {@link TicketAction#RATE}: rated 3–5 and the enterprise says the problem is solved
     */
    static Optional<Position> next(Position from, TicketAction action, boolean satisfied) {
        TicketState state = from.state();
        TicketLevel level = from.level();
        boolean open = state.open();
        Position to = switch (action) {
            case OPEN -> null;
            // an extension changes the due date, not where the ticket stands
            case EXTEND, APPROVE_EXTENSION, REFUSE_EXTENSION -> state == TicketState.IN_PROGRESS ? from : null;
            case ACCEPT -> state == TicketState.SUBMITTED ? at(TicketState.IN_PROGRESS, level) : null;
            case RETURN ->
                !open
                        ? null
                        : level == TicketLevel.DEPARTMENT
                                ? at(TicketState.SUBMITTED, TicketLevel.CITY)
                                : at(TicketState.RETURNED, level);
            case RESUBMIT -> state == TicketState.RETURNED ? at(TicketState.SUBMITTED, TicketLevel.COUNTY) : null;
            case ESCALATE -> open && level == TicketLevel.COUNTY ? at(TicketState.SUBMITTED, TicketLevel.CITY) : null;
            case ASSIGN -> open && level == TicketLevel.CITY ? at(TicketState.SUBMITTED, TicketLevel.DEPARTMENT) : null;
            case REASSIGN ->
                open && level == TicketLevel.DEPARTMENT ? at(TicketState.SUBMITTED, TicketLevel.DEPARTMENT) : null;
            case SOLVE -> state == TicketState.IN_PROGRESS ? at(TicketState.SOLVED, level) : null;
            case RATE ->
                state == TicketState.SOLVED ? at(satisfied ? TicketState.RATED : TicketState.IN_PROGRESS, level) : null;
            case CLOSE -> state == TicketState.RATED ? at(TicketState.CLOSED, level) : null;
        };
        return Optional.ofNullable(to);
    }

    private static Position at(TicketState state, TicketLevel level) {
        return new Position(state, level);
    }
}
