package org.techbridge.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The full state of an enterprise need, carried by every {@code techbridge.need.*} event. */
public record NeedPayload(
        UUID id,
        UUID enterpriseId,
        String title,
        String description,
        String language,
        Domain industry,
        List<String> keywords,
        Money budget,
        Integer minTrl,
        String region,
        List<TransferMode> preferredModes,
        LocalDate deadline,
        String status,
        long version,
        Instant updatedAt) {
}
