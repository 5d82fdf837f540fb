package org.techbridge.deal.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.events.DealType;
import org.techbridge.events.PaymentModel;
import org.techbridge.platform.web.MoneyInput;

/** The agreed terms a move to SIGNED may carry; they replace the deal's terms as a whole. */
@Schema(name = "Terms", description = "Deal type, exclusivity, amount and payment plan, as signed "
        + "(fields as in DealRequest)")
public record TermsInput(
        DealType dealType,
        Boolean exclusive,
        @Valid MoneyInput amount,
        PaymentModel paymentModel,
        LocalDate dueOn,
        @Size(max = 120) List<@jakarta.validation.constraints.NotNull @Valid InstallmentInput> schedule,
        @Digits(integer = 3, fraction = 2) BigDecimal royaltyRate,
        LocalDate trialEndsOn,
        @Size(max = 500) String usageMilestone) {
}
