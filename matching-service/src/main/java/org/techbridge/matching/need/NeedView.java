package org.techbridge.matching.need;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.events.Domain;
import org.techbridge.events.TransferMode;
import org.techbridge.platform.web.MoneyInput;
import org.techbridge.platform.web.Versioned;

@Schema(name = "Need", description = "An enterprise's technical need as the matching-service holds it")
public record NeedView(UUID id, UUID enterpriseId, String title, String description, String language,
        Domain industry, List<String> keywords, @Schema(description = "absent when open") MoneyInput budget,
        Integer minTrl, String region, List<TransferMode> preferredModes, LocalDate deadline, NeedStatus status,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {
}
