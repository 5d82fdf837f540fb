package org.techbridge.deal.payment;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.platform.web.MoneyInput;

@Schema(name = "PaymentRequest", description = "A payment received against the deal's plan")
public record PaymentRequest(
        @NotNull @Valid MoneyInput amount,
        @Schema(example = "2026-03-01") @NotNull LocalDate paidOn,
        @Schema(description = "the bank's or the contract's reference", example = "HT-2026-0042", maxLength = 100)
        @Size(max = 100) String reference) {
}
