package org.techbridge.matching.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.techbridge.events.Domain;
import org.techbridge.events.TransferMode;

/**
 * An enterprise need as the matcher sees it (demand).
 *
 * @param budget in yuan; null when open
 * @param minTrl null when any readiness will do
 */
public record NeedQuery(String id, String title, String description, List<String> keywords, Domain industry,
        Integer minTrl, BigDecimal budget, String region, Set<TransferMode> preferredModes) {

    public NeedQuery {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        preferredModes = preferredModes == null ? Set.of() : Set.copyOf(preferredModes);
        description = description == null ? "" : description;
    }
}
