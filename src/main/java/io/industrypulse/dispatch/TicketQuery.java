package io.industrypulse.dispatch;

import io.industrypulse.account.Department;
import org.jspecify.annotations.Nullable;

/**
 * The ticket list's filters (none: every ticket the user may see) and page.
 *
 * @param byStake sort by what the enterprise's recovery is worth to its county, largest first (else newest first)
 */
public record TicketQuery(
        @Nullable String county,
        @Nullable Department department,
        @Nullable TicketCategory category,
        @Nullable TicketState state,
        boolean overdueOnly,
        boolean byStake,
        int page) {}
