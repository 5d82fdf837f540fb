package org.techbridge.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The state of a deal carried by every {@code techbridge.deal.*} event; a
 * {@code techbridge.deal.signed} event holds what the catalog needs to mark an achievement
 * transferred or count a licence (achievement, deal type, exclusivity, amount).
 */
public record DealPayload(
        UUID id,
        UUID achievementId,
        UUID needId,
        UUID institutionId,
        UUID enterpriseId,
        UUID roadshowId,
        DealStage stage,
        DealType dealType,
        Boolean exclusive,
        Money amount,
        PaymentModel paymentModel,
        Money paidTotal,
        long version,
        Instant updatedAt) {
}
