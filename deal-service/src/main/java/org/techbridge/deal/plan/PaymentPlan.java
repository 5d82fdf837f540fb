package org.techbridge.deal.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a signed plan makes the buyer owe, and when: the arithmetic of the four payment models. */
public final class PaymentPlan {

    /** Royalties on the sales of a period fall due this many days after the period ends. */
    public static final int ROYALTY_PAYMENT_DAYS = 30;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PaymentPlan() {
    }

    /**
     * The obligations of complete, valid terms, given the sales reported so far (ROYALTY) and how
     * the trial ended (USE_FIRST_PAY_LATER; both null while it runs).
     */
    public static List<Obligation> obligations(Terms terms, List<SalesReport> sales, UsageOutcome outcome,
            LocalDate outcomeOn) {
        BigDecimal amount = terms.amount().amount();
        return switch (terms.paymentModel()) {
            case LUMP_SUM -> List.of(new Obligation(terms.dueOn(), amount));
            case INSTALLMENTS -> terms.schedule().stream()
                    .map(i -> new Obligation(i.dueOn(), i.amount().amount()))
                    .toList();
            case ROYALTY -> royalties(terms, sales);
            case USE_FIRST_PAY_LATER -> afterTrial(terms, outcome, outcomeOn);
        };
    }

    /** The royalty on some sales: the rate in percent, to the fen, half up. */
    public static BigDecimal royalty(BigDecimal rate, BigDecimal sales) {
        return sales.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private static List<Obligation> royalties(Terms terms, List<SalesReport> sales) {
        List<Obligation> owed = new ArrayList<>();
        BigDecimal withinMinimum = BigDecimal.ZERO;
        for (SalesReport report : sales) {
            BigDecimal royalty = royalty(terms.royaltyRate(), report.sales());
            owed.add(new Obligation(report.periodEnd().plusDays(ROYALTY_PAYMENT_DAYS), royalty));
            if (!report.periodEnd().isAfter(terms.dueOn())) {
                withinMinimum = withinMinimum.add(royalty);
            }
        }
        BigDecimal shortfall = terms.amount().amount().subtract(withinMinimum);
        if (shortfall.signum() > 0) {
            owed.add(new Obligation(terms.dueOn(), shortfall));
        }
        owed.sort((a, b) -> a.dueOn().compareTo(b.dueOn()));
        return List.copyOf(owed);
    }

    private static List<Obligation> afterTrial(Terms terms, UsageOutcome outcome, LocalDate outcomeOn) {
        if (outcome == UsageOutcome.RETURNED) {
            return List.of();
        }
        LocalDate due = terms.dueOn();
        if (outcome == UsageOutcome.MILESTONE_REACHED && outcomeOn.isBefore(due)) {
            due = outcomeOn.isBefore(terms.trialEndsOn()) ? terms.trialEndsOn() : outcomeOn;
        }
        return List.of(new Obligation(due, terms.amount().amount()));
    }
}
