package org.techbridge.deal.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.platform.web.MoneyInput;

@Schema(name = "Payments", description = "The payments of a deal, oldest first, and its balance "
        + "(outstanding and overdue are absent before signing)")
public record PaymentsView(UUID dealId, List<PaymentView> items, MoneyInput paid, MoneyInput outstanding,
        MoneyInput overdue, LocalDate nextDueOn) {
}
