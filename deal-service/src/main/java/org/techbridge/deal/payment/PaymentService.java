package org.techbridge.deal.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.techbridge.deal.deal.Deal;
import org.techbridge.deal.deal.DealMapper;
import org.techbridge.deal.deal.DealService;
import org.techbridge.deal.deal.DealView;
import org.techbridge.deal.deal.ScheduledAmount;
import org.techbridge.deal.deal.Today;
import org.techbridge.deal.plan.Balance;
import org.techbridge.deal.plan.DealStateMachine;
import org.techbridge.deal.plan.PaymentPlan;
import org.techbridge.deal.plan.SalesReport;
import org.techbridge.deal.plan.UsageOutcome;
import org.techbridge.events.EventTypes;
import org.techbridge.events.PaymentModel;
import org.techbridge.platform.problem.ProblemException;

/**
 * Payments against a signed plan, and what changes what the plan makes owed: sales reported under
 * a royalty, the end of a use-first-pay-later trial. The deal row is locked for each, so two
 * payments at once cannot both take the same outstanding amount.
 */
@ApplicationScoped
public class PaymentService {

    private final DealService deals;

    PaymentService(DealService deals) {
        this.deals = deals;
    }

    @Transactional
    public PaymentView record(UUID dealId, PaymentRequest request, String actor) {
        Deal deal = running(dealId, "Payments are recorded");
        BigDecimal amount = request.amount().amount();
        LocalDate today = Today.date();
        if (amount.signum() <= 0) {
            throw ProblemException.badRequest("amount.amount", "must be positive");
        }
        if (!deal.currency.equals(request.amount().currency())) {
            throw ProblemException.badRequest("amount.currency", "must be " + deal.currency + ", the deal's currency");
        }
        if (request.paidOn().isAfter(today)) {
            throw ProblemException.badRequest("paidOn", "must not be in the future");
        }
        Balance balance = DealMapper.balance(deal, today);
        if (amount.compareTo(balance.outstanding()) > 0) {
            throw ProblemException.badRequest("amount.amount", "is more than the "
                    + balance.outstanding().toPlainString() + " " + deal.currency + " outstanding");
        }
        Payment payment = new Payment();
        payment.id = UUID.randomUUID();
        payment.dealId = deal.id;
        payment.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        payment.currency = deal.currency;
        payment.paidOn = request.paidOn();
        payment.reference = request.reference() == null || request.reference().isBlank() ? null
                : request.reference().trim();
        payment.recordedBy = actor;
        payment.recordedAt = Instant.now();
        payment.persist();
        deal.paidTotal = deal.paidTotal.add(payment.amount);
        deal.updatedAt = payment.recordedAt;
        deals.emit(deal, EventTypes.DEAL_PAYMENT_RECORDED);
        return PaymentView.of(payment);
    }

    public PaymentsView list(UUID dealId) {
        Deal deal = deals.requireVisible(dealId);
        List<PaymentView> items = Payment.<Payment>list("dealId = ?1 order by paidOn, recordedAt", dealId).stream()
                .map(PaymentView::of)
                .toList();
        DealView view = DealMapper.toView(deal, Today.date());
        return new PaymentsView(dealId, items, view.paid(), view.outstanding(), view.overdue(), view.nextDueOn());
    }

    /** Royalty deals: the royalty on the reported sales becomes owed. */
    @Transactional
    public DealView reportSales(UUID dealId, SalesReportRequest request, String actor) {
        Deal deal = running(dealId, "Sales are reported");
        requireModel(deal, PaymentModel.ROYALTY, "Sales are reported");
        if (!deal.currency.equals(request.sales().currency())) {
            throw ProblemException.badRequest("sales.currency", "must be " + deal.currency + ", the deal's currency");
        }
        if (request.periodEnd().isAfter(Today.date())) {
            throw ProblemException.badRequest("periodEnd", "must not be in the future");
        }
        ReportedSales report = new ReportedSales();
        report.id = UUID.randomUUID();
        report.dealId = deal.id;
        report.periodEnd = request.periodEnd();
        report.sales = request.sales().amount().setScale(2, RoundingMode.UNNECESSARY);
        report.reportedBy = actor;
        report.reportedAt = Instant.now();
        report.persist();
        deal.updatedAt = report.reportedAt;
        return reassess(deal);
    }

    /** Use-first-pay-later deals: the trial ended with the milestone reached, or the technology returned. */
    @Transactional
    public DealView reportUsage(UUID dealId, UsageRequest request) {
        Deal deal = running(dealId, "Usage is reported");
        requireModel(deal, PaymentModel.USE_FIRST_PAY_LATER, "Usage is reported");
        if (deal.usageOutcome != null) {
            throw ProblemException.conflict("The deal's usage was already reported: " + deal.usageOutcome
                    + " on " + deal.usageOutcomeOn + ".");
        }
        if (request.on().isAfter(Today.date())) {
            throw ProblemException.badRequest("on", "must not be in the future");
        }
        if (request.outcome() == UsageOutcome.RETURNED && deal.paidTotal.signum() > 0) {
            throw ProblemException.conflict("Payments were recorded for the deal; it can no longer be returned.");
        }
        deal.usageOutcome = request.outcome();
        deal.usageOutcomeOn = request.on();
        deal.updatedAt = Instant.now();
        return reassess(deal);
    }

    /** Derives the obligations again from the plan and everything reported so far. */
    private static DealView reassess(Deal deal) {
        List<SalesReport> sales = ReportedSales.<ReportedSales>list("dealId = ?1 order by periodEnd", deal.id)
                .stream()
                .map(r -> new SalesReport(r.periodEnd, r.sales))
                .toList();
        deal.obligations.clear();
        PaymentPlan.obligations(DealMapper.terms(deal), sales, deal.usageOutcome, deal.usageOutcomeOn)
                .forEach(o -> deal.obligations.add(new ScheduledAmount(o.dueOn(), o.amount())));
        Deal.flush();
        return DealMapper.toView(deal, Today.date());
    }

    private Deal running(UUID dealId, String what) {
        Deal deal = deals.requireForUpdate(dealId);
        deals.requireParty(deal);
        if (!DealStateMachine.acceptsPayments(deal.stage)) {
            throw ProblemException.conflict(what + " for SIGNED or IN_EXECUTION deals; this one is " + deal.stage + ".");
        }
        return deal;
    }

    private static void requireModel(Deal deal, PaymentModel model, String what) {
        if (deal.paymentModel != model) {
            throw ProblemException.conflict(what + " for " + model + " deals; this one is " + deal.paymentModel + ".");
        }
    }
}
