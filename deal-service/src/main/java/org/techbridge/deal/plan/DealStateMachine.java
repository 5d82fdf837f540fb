package org.techbridge.deal.plan;

import static org.techbridge.events.DealStage.COMPLETED;
import static org.techbridge.events.DealStage.INTENT;
import static org.techbridge.events.DealStage.IN_EXECUTION;
import static org.techbridge.events.DealStage.NEGOTIATION;
import static org.techbridge.events.DealStage.SIGNED;
import static org.techbridge.events.DealStage.TERMINATED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.techbridge.events.DealStage;

/**
 * INTENT → NEGOTIATION → SIGNED → IN_EXECUTION → COMPLETED, and TERMINATED from any stage before
 * COMPLETED; nothing else, and no stage moves to itself.
 */
public final class DealStateMachine {

    private static final Map<DealStage, Set<DealStage>> NEXT = Map.of(
            INTENT, EnumSet.of(NEGOTIATION, TERMINATED),
            NEGOTIATION, EnumSet.of(SIGNED, TERMINATED),
            SIGNED, EnumSet.of(IN_EXECUTION, TERMINATED),
            IN_EXECUTION, EnumSet.of(COMPLETED, TERMINATED),
            COMPLETED, EnumSet.noneOf(DealStage.class),
            TERMINATED, EnumSet.noneOf(DealStage.class));

    private DealStateMachine() {
    }

    public static boolean canMove(DealStage from, DealStage to) {
        return NEXT.get(from).contains(to);
    }

    /** Terms change only while the parties negotiate: from SIGNED on they hold, and an ended deal keeps its own. */
    public static boolean termsFrozen(DealStage stage) {
        return stage != INTENT && stage != NEGOTIATION;
    }

    /** Payments are recorded against a signed plan that is still running. */
    public static boolean acceptsPayments(DealStage stage) {
        return stage == SIGNED || stage == IN_EXECUTION;
    }

    /** Signed and still in force or fulfilled: what organisers count as signed. */
    public static boolean counted(DealStage stage) {
        return stage == SIGNED || stage == IN_EXECUTION || stage == COMPLETED;
    }
}
