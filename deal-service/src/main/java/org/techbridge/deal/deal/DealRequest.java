package org.techbridge.deal.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.events.DealType;
import org.techbridge.events.PaymentModel;
import org.techbridge.platform.web.MoneyInput;

/**
 * What a client sends to open a deal (POST) and what a merge patch applies to (PATCH). The terms
 * (deal type to usage milestone) may be left open while the parties negotiate; signing needs them.
 */
@Schema(name = "DealRequest", description = "A deal between a seller institution and a buyer enterprise")
public record DealRequest(
        @NotNull UUID achievementId,
        @Schema(description = "the enterprise need the deal answers, if any") UUID needId,
        @Schema(description = "the seller") @NotNull UUID institutionId,
        @Schema(description = "the buyer") @NotNull UUID enterpriseId,
        @Schema(description = "the roadshow the deal came from, if any") UUID roadshowId,
        @Schema(example = "LICENSE") DealType dealType,
        @Schema(example = "false") Boolean exclusive,
        @Schema(description = "the agreed amount, in CNY; for ROYALTY the minimum royalty") @Valid MoneyInput amount,
        @Schema(example = "USE_FIRST_PAY_LATER") PaymentModel paymentModel,
        @Schema(description = "LUMP_SUM: when the amount is due; ROYALTY: when the minimum must have been "
                + "paid; USE_FIRST_PAY_LATER: the latest date to pay", example = "2027-06-30") LocalDate dueOn,
        @Schema(description = "INSTALLMENTS only: dated amounts that add up to the amount", maxItems = 120)
        @Size(max = 120) List<@NotNull @Valid InstallmentInput> schedule,
        @Schema(description = "ROYALTY only: percent of reported sales, 0 to 100", example = "3.50")
        @Digits(integer = 3, fraction = 2) BigDecimal royaltyRate,
        @Schema(description = "USE_FIRST_PAY_LATER only: the end of the free trial", example = "2026-12-31")
        LocalDate trialEndsOn,
        @Schema(description = "USE_FIRST_PAY_LATER only: the usage that makes the amount due",
                example = "10 000 reducers shipped in the buyer's robots", maxLength = 500)
        @Size(max = 500) String usageMilestone,
        @Valid Contact sellerContact,
        @Valid Contact buyerContact,
        @Schema(maxLength = 4000) @Size(max = 4000) String notes) {
}
