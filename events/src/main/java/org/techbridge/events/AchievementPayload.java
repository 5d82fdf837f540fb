package org.techbridge.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The full state of an achievement as the catalog holds it, carried by every
 * {@code techbridge.achievement.*} event so that no consumer has to call back.
 *
 * @param askingPrice null when the price is negotiable
 */
public record AchievementPayload(
        UUID id,
        String title,
        String summary,
        String description,
        String language,
        Domain domain,
        List<String> keywords,
        int trl,
        String ipType,
        List<String> ipNumbers,
        UUID institutionId,
        String region,
        List<TransferMode> transferModes,
        Money askingPrice,
        AchievementStatus status,
        int licenceCount,
        long version,
        Instant updatedAt) {
}
