package io.industrypulse.account;

import io.industrypulse.i18n.Messages;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the audit page; {@code null} or blank means "any". Dates are Beijing calendar days, both inclusive.
 * Pages count from 1.
 */
record AuditQuery(
        @Nullable String username,
        @Nullable String entityType,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        int page,
        int size) {

    AuditQuery {
        if (page < 1) {
            throw new IllegalArgumentException(Messages.get("account.error.page", page));
        }
        size = Math.min(Math.max(size, 1), ListPage.MAX_ROWS);
    }
}
