package org.techbridge.matching.need;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The open needs a published achievement could serve, each with why. */
@Schema(name = "AchievementMatches")
public record AchievementMatchesView(UUID achievementId, List<NeedMatch> matches) {

    @Schema(name = "NeedMatch")
    public record NeedMatch(UUID needId, String title, UUID enterpriseId,
            @Schema(description = "overall fit in [0, 1]") double score,
            @Schema(description = "each factor in [0, 1]: text, domain, trl, price, mode, region")
            Map<String, Double> breakdown, List<String> matchedTerms) {
    }
}
