package org.techbridge.matching.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.techbridge.events.Domain;
import org.techbridge.events.TransferMode;

/**
 * An achievement as the matcher sees it (supply).
 *
 * @param askingPrice in yuan; null when only negotiable
 */
public record Candidate(String id, String title, String summary, String description, List<String> keywords,
        Domain domain, int trl, BigDecimal askingPrice, Set<TransferMode> transferModes, String region) {

    public Candidate {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        transferModes = transferModes == null ? Set.of() : Set.copyOf(transferModes);
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
    }
}
