package org.techbridge.matching.need;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The achievements that fit a need best, each with why. */
@Schema(name = "NeedMatches")
public record MatchesView(UUID needId, List<MatchView> matches) {

    @Schema(name = "Match")
    public record MatchView(UUID achievementId, String title,
            @Schema(description = "overall fit in [0, 1]", example = "0.87") double score,
            @Schema(description = "each factor in [0, 1]: text, domain, trl, price, mode, region")
            Map<String, Double> breakdown,
            @Schema(description = "words need and achievement share", example = "[\"谐波减速器\", \"robot\"]")
            List<String> matchedTerms) {
    }
}
