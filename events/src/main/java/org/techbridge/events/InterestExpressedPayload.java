package org.techbridge.events;

import java.util.UUID;

/** An enterprise wants to talk about an achievement for one of its needs; opens a deal. */
public record InterestExpressedPayload(
        UUID needId,
        UUID achievementId,
        UUID enterpriseId,
        UUID institutionId,
        String expressedBy) {
}
