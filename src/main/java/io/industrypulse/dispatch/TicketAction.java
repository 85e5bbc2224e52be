package io.industrypulse.dispatch;

import java.util.Locale;
import java.util.Optional;

/** What someone does to a ticket; each is one transition of {@link TicketFlow} and one row of the history. */
public enum TicketAction {
    /** 提交: the ticket is opened (the first row of its history; not a transition of {@link TicketFlow}). */
    OPEN,
    /** 受理: the handler of the level takes it on. */
    ACCEPT,
    /** 退回: back to the submitter (from a department: back to the city), with a reason. */
    RETURN,
    /** 重新提交: the submitter sends a returned ticket again. */
    RESUBMIT,
    /** 上报市级: the county escalates a hard problem, with a reason. */
    ESCALATE,
    /** 交办: the city assigns it to one or more departments. */
    ASSIGN,
    /** 转办: the city moves it to other departments; the history stays. */
    REASSIGN,
    /** 办结: the handler says what was done. */
    SOLVE,
    /** 回访评价: the enterprise's rating 1–5; 1–2 or "未解决" reopens it (重新办理). */
    RATE,
    /** 销号: the county closes a county-level ticket, the city the others. */
    CLOSE,
    /** 申请延期: the handler asks once, with a reason, for more working days. */
    EXTEND,
    /** 同意延期: the level above grants the extension; the due date moves. */
    APPROVE_EXTENSION,
    /** 不同意延期: the level above refuses it. */
    REFUSE_EXTENSION;

    /** The action of a URL segment ({@code accept}, {@code escalate} …). */
    public static Optional<TicketAction> ofPath(String path) {
        for (TicketAction action : values()) {
            if (action.path().equals(path)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    /** The URL segment of the action: its name in lower case, words joined by "-". */
    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
