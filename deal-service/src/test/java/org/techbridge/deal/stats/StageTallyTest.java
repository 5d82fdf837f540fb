package org.techbridge.deal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.techbridge.events.DealStage;

class StageTallyTest {

    @Test
    void signedMeansInForceOrFulfilledAndConversionIsSignedPerDealOpened() {
        StageTally tally = new StageTally();
        tally.add(DealStage.INTENT, 3, new BigDecimal("0"), null, new BigDecimal("0.00"));
        tally.add(DealStage.SIGNED, 6, new BigDecimal("3100000.00"), new BigDecimal("2000000.00"), new BigDecimal("0.00"));
        tally.add(DealStage.COMPLETED, 1, new BigDecimal("300000.00"), new BigDecimal("300000.00"),
                new BigDecimal("300000.00"));
        tally.add(DealStage.TERMINATED, 1, new BigDecimal("9000000.00"), new BigDecimal("9000000.00"),
                new BigDecimal("10.00"));

        assertEquals(11, tally.deals());
        assertEquals(7, tally.signed());
        assertEquals(new BigDecimal("3400000.00"), tally.signedTotal());
        assertEquals(new BigDecimal("2000000.00"), tally.largestSigned());
        assertEquals(new BigDecimal("300010.00"), tally.paidTotal());
        assertEquals(new BigDecimal("0.6364"), tally.conversion());
        assertEquals(3L, tally.byStage().get(DealStage.INTENT));
        assertEquals(0L, tally.byStage().get(DealStage.NEGOTIATION));
    }

    @Test
    void withoutDealsEverythingIsZeroAndThereIsNoLargest() {
        StageTally tally = new StageTally();

        assertEquals(new BigDecimal("0.0000"), tally.conversion());
        assertEquals(new BigDecimal("0.00"), tally.signedTotal());
        assertNull(tally.largestSigned());
    }
}
