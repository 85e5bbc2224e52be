package io.industrypulse.dispatch;

import static io.industrypulse.dispatch.TicketAction.ACCEPT;
import static io.industrypulse.dispatch.TicketAction.ASSIGN;
import static io.industrypulse.dispatch.TicketAction.CLOSE;
import static io.industrypulse.dispatch.TicketAction.ESCALATE;
import static io.industrypulse.dispatch.TicketAction.RATE;
import static io.industrypulse.dispatch.TicketAction.SOLVE;
import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.dispatch.TicketFlow.Position;
import java.util.EnumSet;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The ticket state machine: the whole flow by hand, and random action sequences against its invariants. */
class TicketFlowTest {

    private static final Position START = new Position(TicketState.SUBMITTED, TicketLevel.COUNTY);

    @Test
    void theFlowOfAnEscalatedTicketThatIsReopenedOnce() {
        Position p = START;
        p = step(p, ACCEPT, false, TicketState.IN_PROGRESS, TicketLevel.COUNTY);
        p = step(p, ESCALATE, false, TicketState.SUBMITTED, TicketLevel.CITY);
        p = step(p, ASSIGN, false, TicketState.SUBMITTED, TicketLevel.DEPARTMENT);
        p = step(p, ACCEPT, false, TicketState.IN_PROGRESS, TicketLevel.DEPARTMENT);
        p = step(p, SOLVE, false, TicketState.SOLVED, TicketLevel.DEPARTMENT);
        // rated 2: 重新办理 by the same level
        p = step(p, RATE, false, TicketState.IN_PROGRESS, TicketLevel.DEPARTMENT);
        p = step(p, SOLVE, false, TicketState.SOLVED, TicketLevel.DEPARTMENT);
        p = step(p, RATE, true, TicketState.RATED, TicketLevel.DEPARTMENT);
        p = step(p, CLOSE, false, TicketState.CLOSED, TicketLevel.DEPARTMENT);
        for (TicketAction action : TicketAction.values()) {
            assertThat(TicketFlow.next(p, action, true))
                    .as("after 销号: " + action)
                    .isEmpty();
        }
    }

    @Test
    void outOfOrderActionsAreRefused() {
        assertThat(TicketFlow.next(START, SOLVE, false)).isEmpty(); // not accepted yet
        assertThat(TicketFlow.next(START, CLOSE, false)).isEmpty();
        assertThat(TicketFlow.next(START, ASSIGN, false)).isEmpty(); // only the city assigns
        assertThat(TicketFlow.next(new Position(TicketState.SUBMITTED, TicketLevel.CITY), ESCALATE, false))
                .isEmpty();
        assertThat(TicketFlow.next(new Position(TicketState.IN_PROGRESS, TicketLevel.COUNTY), RATE, true))
                .isEmpty();
    }

    /** Random walks: every position reached, and every step taken, is one the design allows. */
    @Test
    void noSequenceOfActionsLeavesTheAllowedStates() {
        SplittableRandom random = new SplittableRandom(20261203);
        TicketAction[] actions = TicketAction.values();
        for (int walk = 0; walk < 5_000; walk++) {
            Position p = START;
            for (int n = 0; n < 30; n++) {
                TicketAction action = actions[random.nextInt(actions.length)];
                Optional<Position> next = TicketFlow.next(p, action, random.nextBoolean());
                if (next.isEmpty()) {
                    continue;
                }
                Position to = next.get();
                assertThat(p.state()).as("nothing leaves 已销号").isNotEqualTo(TicketState.CLOSED);
                assertThat(to)
                        .as("a returned ticket is with the county's or the city's submitter")
                        .isNotEqualTo(new Position(TicketState.RETURNED, TicketLevel.DEPARTMENT));
                if (to.state() == TicketState.SOLVED) {
                    assertThat(p.state()).isEqualTo(TicketState.IN_PROGRESS);
                }
                if (to.state() == TicketState.RATED) {
                    assertThat(p.state()).isEqualTo(TicketState.SOLVED);
                }
                if (to.state() == TicketState.CLOSED) {
                    assertThat(p.state()).isEqualTo(TicketState.RATED);
                }
                if (to.level() != p.level()) {
                    assertThat(action).isIn(ESCALATE, ASSIGN, TicketAction.RETURN, TicketAction.RESUBMIT);
                }
                if (to.level() == TicketLevel.DEPARTMENT && p.level() != TicketLevel.DEPARTMENT) {
                    assertThat(action)
                            .as("only the city's 交办 reaches a department")
                            .isEqualTo(ASSIGN);
                }
                if (EnumSet.of(TicketState.SOLVED, TicketState.RATED, TicketState.CLOSED)
                        .contains(p.state())) {
                    assertThat(action)
                            .as("a solved ticket is only rated or closed")
                            .isIn(RATE, CLOSE);
                }
                p = to;
            }
        }
    }

    private static Position step(
            Position from, TicketAction action, boolean satisfied, TicketState state, TicketLevel level) {
        Position to =
                TicketFlow.next(from, action, satisfied).orElseThrow(() -> new AssertionError(action + " refused"));
        assertThat(to).isEqualTo(new Position(state, level));
        return to;
    }
}
