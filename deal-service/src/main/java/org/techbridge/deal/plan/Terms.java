package org.techbridge.deal.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.techbridge.events.DealType;
import org.techbridge.events.Money;
import org.techbridge.events.PaymentModel;

/**
 * What the parties agree: deal type, exclusivity, amount and the payment plan. Any part may be
 * missing while they negotiate; signing needs all of it. The plan's fields depend on the model:
 * <ul>
 * <li>LUMP_SUM: the amount falls due on {@code dueOn};</li>
 * <li>INSTALLMENTS: a {@code schedule} of dated amounts that add up to the amount;</li>
 * <li>ROYALTY: {@code royaltyRate} percent of reported sales, and at least the amount in royalties
 * on the sales up to {@code dueOn} (the minimum), the shortfall falling due on {@code dueOn};</li>
 * <li>USE_FIRST_PAY_LATER: free use until {@code trialEndsOn}; then the amount falls due when the
 * {@code usageMilestone} is reached or on {@code dueOn}, whichever comes first, unless the
 * enterprise returns the technology.</li>
 * </ul>
 */
public record Terms(
        DealType dealType,
        Boolean exclusive,
        Money amount,
        PaymentModel paymentModel,
        LocalDate dueOn,
        List<Installment> schedule,
        BigDecimal royaltyRate,
        LocalDate trialEndsOn,
        String usageMilestone) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final String REQUIRED_TO_SIGN = "is required to sign";

    public Terms {
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
    }

    /** The same terms with amounts and rates in a canonical scale, to compare them by value. */
    public Terms normalized() {
        return new Terms(dealType, exclusive, amount == null ? null : canonical(amount), paymentModel, dueOn,
                schedule.stream().map(i -> new Installment(i.dueOn(), canonical(i.amount()))).toList(),
                royaltyRate == null ? null : royaltyRate.stripTrailingZeros(), trialEndsOn, usageMilestone);
    }

    private static Money canonical(Money money) {
        return new Money(money.amount().stripTrailingZeros(), money.currency());
    }

    /**
     * The rules the terms break; with {@code toSign}, also every part still missing. Fields are
     * named as in the request ({@code schedule[1].amount}).
     */
    public List<Violation> violations(boolean toSign) {
        List<Violation> found = new ArrayList<>();
        if (amount != null && amount.amount().signum() <= 0) {
            found.add(new Violation("amount.amount", "must be positive"));
        }
        if (amount != null && !Money.CNY.equals(amount.currency())) {
            found.add(new Violation("amount.currency", "must be CNY (deals are settled in yuan)"));
        }
        notFor("schedule", !schedule.isEmpty(), PaymentModel.INSTALLMENTS, found);
        notFor("royaltyRate", royaltyRate != null, PaymentModel.ROYALTY, found);
        notFor("trialEndsOn", trialEndsOn != null, PaymentModel.USE_FIRST_PAY_LATER, found);
        notFor("usageMilestone", usageMilestone != null, PaymentModel.USE_FIRST_PAY_LATER, found);
        if (dueOn != null && paymentModel == PaymentModel.INSTALLMENTS) {
            found.add(new Violation("dueOn", "is not used by INSTALLMENTS: each instalment has its own date"));
        }
        checkSchedule(found);
        if (royaltyRate != null && (royaltyRate.signum() < 0 || royaltyRate.compareTo(HUNDRED) > 0)) {
            found.add(new Violation("royaltyRate", "must be from 0 to 100 (percent of sales)"));
        }
        if (trialEndsOn != null && dueOn != null && dueOn.isBefore(trialEndsOn)) {
            found.add(new Violation("dueOn", "must not be before trialEndsOn: nothing is due during the trial"));
        }
        if (toSign) {
            requireToSign(found);
        }
        return found;
    }

    private void checkSchedule(List<Violation> found) {
        if (schedule.isEmpty() || paymentModel != PaymentModel.INSTALLMENTS) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        LocalDate previous = null;
        for (int i = 0; i < schedule.size(); i++) {
            Installment installment = schedule.get(i);
            if (installment.amount().amount().signum() <= 0) {
                found.add(new Violation("schedule[" + i + "].amount.amount", "must be positive"));
            }
            if (amount != null && !amount.currency().equals(installment.amount().currency())) {
                found.add(new Violation("schedule[" + i + "].amount.currency", "must be the currency of the amount"));
            }
            if (previous != null && !installment.dueOn().isAfter(previous)) {
                found.add(new Violation("schedule[" + i + "].due", "must be after the previous instalment's date"));
            }
            previous = installment.dueOn();
            sum = sum.add(installment.amount().amount());
        }
        if (amount != null && sum.compareTo(amount.amount()) != 0) {
            found.add(new Violation("schedule", "the instalments add up to " + sum.toPlainString()
                    + ", not to the amount " + amount.amount().toPlainString()));
        }
    }

    private void requireToSign(List<Violation> found) {
        require("dealType", dealType != null, found);
        require("exclusive", exclusive != null, found);
        require("amount", amount != null, found);
        require("paymentModel", paymentModel != null, found);
        if (paymentModel == null) {
            return;
        }
        switch (paymentModel) {
            case LUMP_SUM -> require("dueOn", dueOn != null, found);
            case INSTALLMENTS -> require("schedule", !schedule.isEmpty(), found);
            case ROYALTY -> {
                require("royaltyRate", royaltyRate != null, found);
                require("dueOn", dueOn != null, found);
            }
            case USE_FIRST_PAY_LATER -> {
                require("trialEndsOn", trialEndsOn != null, found);
                require("dueOn", dueOn != null, found);
            }
        }
    }

    private void notFor(String field, boolean present, PaymentModel model, List<Violation> found) {
        if (present && paymentModel != model) {
            found.add(new Violation(field, "is only for the " + model + " payment model"));
        }
    }

    private static void require(String field, boolean present, List<Violation> found) {
        if (!present) {
            found.add(new Violation(field, REQUIRED_TO_SIGN));
        }
    }
}
