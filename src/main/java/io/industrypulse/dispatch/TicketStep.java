package io.industrypulse.dispatch;

import io.industrypulse.account.Department;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What comes with an action: the reason (退回, 上报), what was done (办结) or the comment (回访); the rating 1–5 and
 * whether the enterprise says the problem is solved (回访); the departments (交办, 转办); the working days asked for
 * (延期).
 *
 * @param note the reason (退回, 上报), what was done (办结) or the comment (回访); required where the action needs words
 * @param rating the enterprise's rating 1-5 (回访 only)
 * @param solved whether the enterprise says the problem is solved (回访 only)
 * @param departments the departments to assign it to (交办, 转办 only)
 * @param days the working days of delay asked for (延期 only)
 */
public record TicketStep(
        @Nullable String note,
        @Nullable Integer rating,
        @Nullable Boolean solved,
        @Nullable List<Department> departments,
        @Nullable Integer days) {

    public TicketStep {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    public static TicketStep none() {
        return new TicketStep(null, null, null, null, null);
    }
}
