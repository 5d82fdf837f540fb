package org.techbridge.deal.deal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.techbridge.deal.plan.Balance;
import org.techbridge.deal.plan.Installment;
import org.techbridge.deal.plan.Obligation;
import org.techbridge.deal.plan.Terms;
import org.techbridge.events.DealPayload;
import org.techbridge.events.Money;
import org.techbridge.platform.web.MoneyInput;

/** Between the deal entity and its representations: the REST view, the request, the terms, the event. */
public final class DealMapper {

    private DealMapper() {
    }

    public static DealView toView(Deal d, LocalDate today) {
        Balance balance = d.signedAt == null ? null : balance(d, today);
        return new DealView(d.id, d.achievementId, d.needId, d.institutionId, d.enterpriseId, d.roadshowId, d.stage,
                d.dealType, d.exclusive, money(d.amount, d.currency), d.paymentModel, d.dueOn, schedule(d),
                d.royaltyRate, d.trialEndsOn, d.usageMilestone, d.usageOutcome, d.usageOutcomeOn, d.sellerContact,
                d.buyerContact, d.notes, d.terminationReason, d.signedAt, cny(d.paidTotal),
                balance == null ? null : cny(balance.outstanding()), balance == null ? null : cny(balance.overdue()),
                balance == null ? null : balance.nextDueOn(), d.obligations.stream()
                        .map(o -> new ObligationView(o.dueOn(), cny(o.amount())))
                        .toList(),
                d.version, d.createdAt, d.updatedAt);
    }

    public static DealPayload toPayload(Deal d) {
        return new DealPayload(d.id, d.achievementId, d.needId, d.institutionId, d.enterpriseId, d.roadshowId,
                d.stage, d.dealType, d.exclusive, d.amount == null ? null : new Money(d.amount, d.currency),
                d.paymentModel, new Money(d.paidTotal, Money.CNY), d.version, d.updatedAt);
    }

    public static Balance balance(Deal d, LocalDate today) {
        List<Obligation> obligations = d.obligations.stream()
                .map(o -> new Obligation(o.dueOn(), o.amount()))
                .toList();
        return Balance.of(obligations, d.paidTotal, today);
    }

    /** The current state as a request, the base a merge patch applies to. */
    static DealRequest toRequest(Deal d) {
        return new DealRequest(d.achievementId, d.needId, d.institutionId, d.enterpriseId, d.roadshowId, d.dealType,
                d.exclusive, money(d.amount, d.currency), d.paymentModel, d.dueOn,
                d.schedule.isEmpty() ? null : schedule(d), d.royaltyRate, d.trialEndsOn, d.usageMilestone,
                d.sellerContact, d.buyerContact, d.notes);
    }

    public static Terms terms(Deal d) {
        return new Terms(d.dealType, d.exclusive, d.amount == null ? null : new Money(d.amount, d.currency),
                d.paymentModel, d.dueOn, d.schedule.stream()
                        .map(s -> new Installment(s.dueOn(), new Money(s.amount(), d.currency)))
                        .toList(),
                d.royaltyRate, d.trialEndsOn, d.usageMilestone);
    }

    static Terms terms(DealRequest r) {
        return new Terms(r.dealType(), r.exclusive(), money(r.amount()), r.paymentModel(), r.dueOn(),
                installments(r.schedule()), r.royaltyRate(), r.trialEndsOn(), trimmed(r.usageMilestone()));
    }

    static Terms terms(TermsInput t) {
        return new Terms(t.dealType(), t.exclusive(), money(t.amount()), t.paymentModel(), t.dueOn(),
                installments(t.schedule()), t.royaltyRate(), t.trialEndsOn(), trimmed(t.usageMilestone()));
    }

    /** The parts of a request that are not terms. */
    static void applyDetails(Deal d, DealRequest r) {
        d.roadshowId = r.roadshowId();
        d.sellerContact = r.sellerContact();
        d.buyerContact = r.buyerContact();
        d.notes = trimmed(r.notes());
    }

    static void applyTerms(Deal d, Terms t) {
        d.dealType = t.dealType();
        d.exclusive = t.exclusive();
        d.amount = t.amount() == null ? null : t.amount().amount().setScale(2, RoundingMode.UNNECESSARY);
        d.currency = t.amount() == null ? null : t.amount().currency();
        d.paymentModel = t.paymentModel();
        d.dueOn = t.dueOn();
        d.schedule.clear();
        t.schedule().forEach(i -> d.schedule.add(
                new ScheduledAmount(i.dueOn(), i.amount().amount().setScale(2, RoundingMode.UNNECESSARY))));
        d.royaltyRate = t.royaltyRate() == null ? null : t.royaltyRate().setScale(2, RoundingMode.UNNECESSARY);
        d.trialEndsOn = t.trialEndsOn();
        d.usageMilestone = t.usageMilestone();
    }

    static MoneyInput cny(BigDecimal amount) {
        return new MoneyInput(amount.setScale(2, RoundingMode.UNNECESSARY), Money.CNY);
    }

    private static List<InstallmentInput> schedule(Deal d) {
        return d.schedule.stream()
                .map(s -> new InstallmentInput(s.dueOn(), new MoneyInput(s.amount(), d.currency)))
                .toList();
    }

    private static List<Installment> installments(List<InstallmentInput> schedule) {
        return schedule == null ? List.of() : schedule.stream()
                .map(i -> new Installment(i.due(), money(i.amount())))
                .toList();
    }

    private static MoneyInput money(BigDecimal amount, String currency) {
        return amount == null ? null : new MoneyInput(amount, currency);
    }

    private static Money money(MoneyInput input) {
        return input == null ? null : new Money(input.amount(), input.currency());
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
