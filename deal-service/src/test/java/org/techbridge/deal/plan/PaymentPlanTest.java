package org.techbridge.deal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.techbridge.events.DealType;
import org.techbridge.events.Money;
import org.techbridge.events.PaymentModel;

/** Outstanding and overdue under each payment model, on fixed days. */
class PaymentPlanTest {

    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);
    private static final LocalDate JUL_31 = LocalDate.of(2026, 7, 31);

    @Test
    void aLumpSumIsOverdueFromTheDayAfterItsDueDate() {
        Terms terms = new Terms(DealType.ASSIGNMENT, true, Money.cny("500000.00"), PaymentModel.LUMP_SUM, JAN_31,
                null, null, null, null);
        List<Obligation> owed = PaymentPlan.obligations(terms, List.of(), null, null);

        assertBalance(Balance.of(owed, money("0.00"), JAN_31), "500000.00", "0.00");
        assertBalance(Balance.of(owed, money("0.00"), JAN_31.plusDays(1)), "500000.00", "500000.00");
        assertBalance(Balance.of(owed, money("200000.00"), JAN_31.plusDays(1)), "300000.00", "300000.00");
        assertBalance(Balance.of(owed, money("500000.00"), JAN_31.plusDays(1)), "0.00", "0.00");
    }

    @Test
    void installmentsFallDueOneByOneAndPaymentsSettleTheEarliestFirst() {
        List<Obligation> owed = PaymentPlan.obligations(TermsTest.installments("2000000.00", "1200000.00", "800000.00"),
                List.of(), null, null);
        LocalDate august = LocalDate.of(2026, 8, 1);

        assertBalance(Balance.of(owed, money("0.00"), LocalDate.of(2026, 1, 1)), "2000000.00", "0.00");
        assertBalance(Balance.of(owed, money("0.00"), LocalDate.of(2026, 2, 1)), "2000000.00", "1200000.00");
        assertBalance(Balance.of(owed, money("1000000.00"), LocalDate.of(2026, 2, 1)), "1000000.00", "200000.00");
        assertBalance(Balance.of(owed, money("1200000.00"), august), "800000.00", "800000.00");
        assertEquals(JUL_31, Balance.of(owed, money("1200000.00"), august).nextDueOn());
        assertEquals(JAN_31, Balance.of(owed, money("1199999.99"), august).nextDueOn());
        assertNull(Balance.of(owed, money("2000000.00"), august).nextDueOn());
    }

    @Test
    void royaltiesOnReportedSalesAreDueThirtyDaysAfterThePeriodAndTheMinimumTopsThemUp() {
        Terms terms = new Terms(DealType.LICENSE, false, Money.cny("100000.00"), PaymentModel.ROYALTY, JUL_31,
                null, new BigDecimal("3.5"), null, null);
        List<SalesReport> sales = List.of(new SalesReport(LocalDate.of(2026, 3, 31), money("1000000.00")),
                new SalesReport(LocalDate.of(2026, 6, 30), money("333333.33")));

        List<Obligation> owed = PaymentPlan.obligations(terms, sales, null, null);

        // 3.5 % of 1 000 000.00 = 35 000.00 due 30 April; of 333 333.33 = 11 666.67 (half up) due 30 July;
        // the minimum 100 000.00 less 46 666.67 = 53 333.33 due 31 July
        assertEquals(List.of(new Obligation(LocalDate.of(2026, 4, 30), money("35000.00")),
                new Obligation(LocalDate.of(2026, 7, 30), money("11666.67")),
                new Obligation(JUL_31, money("53333.33"))), owed);
        assertBalance(Balance.of(owed, money("0.00"), LocalDate.of(2026, 5, 1)), "100000.00", "35000.00");
        assertBalance(Balance.of(owed, money("35000.00"), LocalDate.of(2026, 8, 1)), "65000.00", "65000.00");
    }

    @Test
    void royaltiesAboveTheMinimumAreOwedInFullAndSalesAfterTheMinimumDateAddToIt() {
        Terms terms = new Terms(DealType.LICENSE, false, Money.cny("10000.00"), PaymentModel.ROYALTY, JUL_31,
                null, new BigDecimal("10"), null, null);
        List<SalesReport> sales = List.of(new SalesReport(LocalDate.of(2026, 6, 30), money("200000.00")),
                new SalesReport(LocalDate.of(2026, 9, 30), money("50000.00")));

        Balance balance = Balance.of(PaymentPlan.obligations(terms, sales, null, null), money("0.00"),
                LocalDate.of(2026, 12, 31));

        assertBalance(balance, "25000.00", "25000.00");
    }

    @Test
    void useFirstPayLaterOwesNothingDuringTheTrialThenTheAmountAtTheMilestoneOrTheDateWhicheverFirst() {
        LocalDate trialEnd = LocalDate.of(2026, 12, 31);
        LocalDate payBy = LocalDate.of(2027, 6, 30);
        Terms terms = new Terms(DealType.LICENSE, false, Money.cny("800000.00"), PaymentModel.USE_FIRST_PAY_LATER,
                payBy, null, null, trialEnd, "1 000 reducers built in");

        List<Obligation> running = PaymentPlan.obligations(terms, List.of(), null, null);
        assertBalance(Balance.of(running, money("0.00"), LocalDate.of(2026, 10, 1)), "800000.00", "0.00");
        assertBalance(Balance.of(running, money("0.00"), payBy.plusDays(1)), "800000.00", "800000.00");

        LocalDate milestone = LocalDate.of(2027, 3, 1);
        List<Obligation> reached = PaymentPlan.obligations(terms, List.of(), UsageOutcome.MILESTONE_REACHED, milestone);
        assertEquals(List.of(new Obligation(milestone, money("800000.00"))), reached);
        assertBalance(Balance.of(reached, money("0.00"), milestone.plusDays(1)), "800000.00", "800000.00");

        List<Obligation> duringTrial = PaymentPlan.obligations(terms, List.of(), UsageOutcome.MILESTONE_REACHED,
                LocalDate.of(2026, 9, 1));
        assertEquals(trialEnd, duringTrial.get(0).dueOn());

        List<Obligation> returned = PaymentPlan.obligations(terms, List.of(), UsageOutcome.RETURNED, milestone);
        assertBalance(Balance.of(returned, money("0.00"), payBy.plusDays(1)), "0.00", "0.00");
    }

    @Test
    void theRoyaltyIsExactToTheFen() {
        assertEquals(money("0.04"), PaymentPlan.royalty(new BigDecimal("3.5"), money("1.00")));
        assertEquals(money("0.03"), PaymentPlan.royalty(new BigDecimal("3.4"), money("1.00")));
    }

    private static void assertBalance(Balance balance, String outstanding, String overdue) {
        assertEquals(money(outstanding), balance.outstanding(), "outstanding");
        assertEquals(money(overdue), balance.overdue(), "overdue");
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
