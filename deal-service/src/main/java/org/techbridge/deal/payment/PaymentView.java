package org.techbridge.deal.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.platform.web.MoneyInput;

@Schema(name = "Payment")
public record PaymentView(UUID id, UUID dealId, MoneyInput amount, LocalDate paidOn, String reference,
        String recordedBy, Instant recordedAt) {

    static PaymentView of(Payment p) {
        return new PaymentView(p.id, p.dealId, new MoneyInput(p.amount, p.currency), p.paidOn, p.reference,
                p.recordedBy, p.recordedAt);
    }
}
