package org.techbridge.deal.deal;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.platform.web.MoneyInput;

@Schema(name = "Installment", description = "One dated amount of an INSTALLMENTS plan")
public record InstallmentInput(
        @Schema(example = "2026-01-31") @NotNull LocalDate due,
        @NotNull @Valid MoneyInput amount) {
}
