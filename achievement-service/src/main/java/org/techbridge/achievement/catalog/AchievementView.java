package org.techbridge.achievement.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.platform.web.MoneyInput;
import org.techbridge.achievement.institution.Contact;
import org.techbridge.platform.web.Versioned;
import org.techbridge.events.AchievementStatus;
import org.techbridge.events.Domain;
import org.techbridge.events.TransferMode;

@Schema(name = "Achievement", description = "A research achievement as the catalog holds it")
public record AchievementView(
        UUID id,
        String title,
        String summary,
        String description,
        String language,
        Domain domain,
        List<String> keywords,
        int trl,
        IpType ipType,
        List<String> ipNumbers,
        UUID institutionId,
        String region,
        List<TransferMode> transferModes,
        @Schema(description = "absent when the price is only negotiable") MoneyInput askingPrice,
        boolean negotiable,
        Contact contact,
        AchievementStatus status,
        @Schema(description = "licences signed so far") int licenceCount,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt) implements Versioned {
}
