package org.techbridge.deal.payment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.deal.plan.UsageOutcome;

@Schema(name = "UsageReport", description = "USE_FIRST_PAY_LATER deals: the usage milestone was reached (the "
        + "amount falls due then, not before the trial ends) or the technology was returned (nothing is owed)")
public record UsageRequest(
        @Schema(example = "MILESTONE_REACHED") @NotNull UsageOutcome outcome,
        @Schema(example = "2026-10-15") @NotNull LocalDate on) {
}
