package org.techbridge.deal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.techbridge.events.DealStage.COMPLETED;
import static org.techbridge.events.DealStage.INTENT;
import static org.techbridge.events.DealStage.IN_EXECUTION;
import static org.techbridge.events.DealStage.NEGOTIATION;
import static org.techbridge.events.DealStage.SIGNED;
import static org.techbridge.events.DealStage.TERMINATED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.techbridge.events.DealStage;

class DealStateMachineTest {

    private static final Map<DealStage, Set<DealStage>> LEGAL = Map.of(
            INTENT, EnumSet.of(NEGOTIATION, TERMINATED),
            NEGOTIATION, EnumSet.of(SIGNED, TERMINATED),
            SIGNED, EnumSet.of(IN_EXECUTION, TERMINATED),
            IN_EXECUTION, EnumSet.of(COMPLETED, TERMINATED),
            COMPLETED, EnumSet.noneOf(DealStage.class),
            TERMINATED, EnumSet.noneOf(DealStage.class));

    @Test
    void everyPairOfStagesIsLegalExactlyWhenTheLifecycleSaysSo() {
        for (DealStage from : DealStage.values()) {
            for (DealStage to : DealStage.values()) {
                assertEquals(LEGAL.get(from).contains(to), DealStateMachine.canMove(from, to), from + " → " + to);
            }
        }
    }

    @Test
    void termsChangeOnlyWhileTheDealIsNegotiated() {
        for (DealStage stage : DealStage.values()) {
            assertEquals(stage != INTENT && stage != NEGOTIATION, DealStateMachine.termsFrozen(stage), stage.name());
        }
    }

    @Test
    void onlyRunningSignedDealsTakePayments() {
        for (DealStage stage : DealStage.values()) {
            assertEquals(stage == SIGNED || stage == IN_EXECUTION, DealStateMachine.acceptsPayments(stage), stage.name());
        }
    }
}
