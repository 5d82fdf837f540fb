package org.techbridge.deal.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.deal.plan.UsageOutcome;
import org.techbridge.events.DealStage;
import org.techbridge.events.DealType;
import org.techbridge.events.PaymentModel;
import org.techbridge.platform.web.MoneyInput;
import org.techbridge.platform.web.Versioned;

@Schema(name = "Deal", description = "A deal and where it stands: stage, terms and, once signed, its balance")
public record DealView(
        UUID id,
        UUID achievementId,
        UUID needId,
        UUID institutionId,
        UUID enterpriseId,
        UUID roadshowId,
        DealStage stage,
        DealType dealType,
        Boolean exclusive,
        MoneyInput amount,
        PaymentModel paymentModel,
        LocalDate dueOn,
        List<InstallmentInput> schedule,
        BigDecimal royaltyRate,
        LocalDate trialEndsOn,
        String usageMilestone,
        @Schema(description = "USE_FIRST_PAY_LATER: how the trial ended, once it has") UsageOutcome usageOutcome,
        LocalDate usageOutcomeOn,
        Contact sellerContact,
        Contact buyerContact,
        String notes,
        String terminationReason,
        Instant signedAt,
        @Schema(description = "the sum of the payments recorded") MoneyInput paid,
        @Schema(description = "what remains to be paid under the signed plan; absent before signing")
        MoneyInput outstanding,
        @Schema(description = "the part of outstanding that fell due before today; absent before signing")
        MoneyInput overdue,
        @Schema(description = "the date of the earliest obligation not yet paid in full") LocalDate nextDueOn,
        @Schema(description = "what the signed plan makes owed and when, from the sales reported and the "
                + "trial's end so far; empty before signing and once terminated") List<ObligationView> obligations,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
