package io.industrypulse.cultivation;

import java.util.Set;

/**
 * Where an enterprise's application for a batch stands (no application: 培育); labels under {@code
 * cultivation.state.*}.
 */
public enum ApplicationState {
    /** 拟申报. */
    PLANNED,
    /** 已申报. */
    SUBMITTED,
    /** 已入库: registered above-size from the batch's effective month. */
    ENTERED,
    /** 未通过, with the reason. */
    REJECTED;

    /** The states it may go to. */
    public Set<ApplicationState> next() {
        return switch (this) {
            case PLANNED -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(ENTERED, REJECTED);
            case ENTERED, REJECTED -> Set.of();
        };
    }
}
