package org.techbridge.deal.deal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.events.DealStage;

@Schema(name = "TransitionRequest", description = "Moves a deal to another stage")
public record TransitionRequest(
        @Schema(example = "NEGOTIATION") @NotNull DealStage to,
        @Schema(example = "双方已就许可范围达成一致", maxLength = 1000) @Size(max = 1000) String note,
        @Schema(description = "required to move to TERMINATED", maxLength = 1000) @Size(max = 1000) String reason,
        @Schema(description = "SIGNED only: the agreed terms; may be omitted when the deal already holds them")
        @Valid TermsInput terms) {
}
