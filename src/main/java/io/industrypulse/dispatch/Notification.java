package io.industrypulse.dispatch;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message of the inbox about a ticket. */
public record Notification(
        long id,
        Kind kind,
        long ticketId,
        String message,
        Instant createdAt,
        @Nullable Instant readAt) {

    /** Why it was sent; labels under {@code dispatch.inbox.kind.*}. */
    public enum Kind {
        /** a ticket came to my level or department (提交, 上报, 交办, 转办, 退回 by a department). */
        ASSIGNED,
        /** my ticket was returned to me. */
        RETURNED,
        /** my enterprise's ticket was solved: to be rated. */
        SOLVED,
        /** a ticket I handled was rated. */
        RATED,
        /** 催办: a ticket I handle, or whose level I stand above, is overdue. */
        OVERDUE
    }

    public boolean unread() {
        return readAt == null;
    }

    /** {@link #createdAt()} in Beijing time, for the page. */
    public java.time.LocalDateTime createdAtShown() {
        return java.time.LocalDateTime.ofInstant(createdAt, io.industrypulse.account.ShownTime.ZONE);
    }
}
