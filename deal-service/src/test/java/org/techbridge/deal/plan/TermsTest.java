package org.techbridge.deal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.techbridge.events.DealType;
import org.techbridge.events.Money;
import org.techbridge.events.PaymentModel;

class TermsTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 31);
    private static final LocalDate JUL = LocalDate.of(2026, 7, 31);

    @Test
    void openTermsAreFineWhileNegotiatingButNotToSign() {
        Terms open = new Terms(null, null, null, null, null, null, null, null, null);

        assertTrue(open.violations(false).isEmpty());
        assertEquals(List.of("dealType", "exclusive", "amount", "paymentModel"), fields(open.violations(true)));
    }

    @Test
    void installmentsMustAddUpToTheAmount() {
        Terms terms = installments("2000000.00", "1000000.00", "999999.99");

        assertEquals(List.of(new Violation("schedule", "the instalments add up to 1999999.99, not to the amount 2000000.00")),
                terms.violations(true));
        assertTrue(installments("2000000.00", "1000000.00", "1000000.00").violations(true).isEmpty());
    }

    @Test
    void installmentsAreDatedInOrderWithPositiveAmounts() {
        Terms terms = new Terms(DealType.ASSIGNMENT, true, Money.cny("100.00"), PaymentModel.INSTALLMENTS, null,
                List.of(new Installment(JUL, Money.cny("100.00")), new Installment(JAN, Money.cny("0.00"))),
                null, null, null);

        assertEquals(List.of("schedule[1].amount.amount", "schedule[1].due"), fields(terms.violations(true)));
    }

    @Test
    void aRoyaltyRateOutside0To100PercentIsRejected() {
        assertEquals(List.of("royaltyRate"), fields(royalty("100.01").violations(true)));
        assertEquals(List.of("royaltyRate"), fields(royalty("-0.01").violations(true)));
        assertTrue(royalty("100").violations(true).isEmpty());
        assertTrue(royalty("0").violations(true).isEmpty());
    }

    @Test
    void aZeroOrForeignAmountIsRejected() {
        Terms zero = new Terms(DealType.LICENSE, false, Money.cny("0.00"), PaymentModel.LUMP_SUM, JAN, null, null,
                null, null);
        Terms dollars = new Terms(DealType.LICENSE, false, new Money(new BigDecimal("10.00"), "USD"),
                PaymentModel.LUMP_SUM, JAN, null, null, null, null);

        assertEquals(List.of("amount.amount"), fields(zero.violations(false)));
        assertEquals(List.of("amount.currency"), fields(dollars.violations(false)));
    }

    @Test
    void planFieldsOfAnotherModelAreRejected() {
        Terms terms = new Terms(DealType.LICENSE, false, Money.cny("10.00"), PaymentModel.LUMP_SUM, JAN,
                List.of(new Installment(JAN, Money.cny("10.00"))), new BigDecimal("3"), JAN, "milestone");

        assertEquals(List.of("schedule", "royaltyRate", "trialEndsOn", "usageMilestone"), fields(terms.violations(false)));
    }

    @Test
    void useFirstPayLaterNeedsTheTrialEndAndAPayByDateNotBeforeIt() {
        Terms missing = new Terms(DealType.LICENSE, false, Money.cny("800000.00"), PaymentModel.USE_FIRST_PAY_LATER,
                null, null, null, null, null);
        Terms early = new Terms(DealType.LICENSE, false, Money.cny("800000.00"), PaymentModel.USE_FIRST_PAY_LATER,
                JAN, null, null, JUL, null);

        assertEquals(List.of("trialEndsOn", "dueOn"), fields(missing.violations(true)));
        assertEquals(List.of("dueOn"), fields(early.violations(true)));
    }

    @Test
    void termsEqualByValueOnceNormalized() {
        assertEquals(installments("2000000.00", "1000000.00", "1000000.00").normalized(),
                installments("2000000", "1000000.0", "1000000").normalized());
    }

    static Terms installments(String amount, String first, String second) {
        return new Terms(DealType.ASSIGNMENT, true, Money.cny(amount), PaymentModel.INSTALLMENTS, null,
                List.of(new Installment(JAN, Money.cny(first)), new Installment(JUL, Money.cny(second))),
                null, null, null);
    }

    private static Terms royalty(String rate) {
        return new Terms(DealType.LICENSE, false, Money.cny("100000.00"), PaymentModel.ROYALTY, JUL, null,
                new BigDecimal(rate), null, null);
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }
}
