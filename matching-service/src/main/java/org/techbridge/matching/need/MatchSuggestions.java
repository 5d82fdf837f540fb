package org.techbridge.matching.need;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.techbridge.events.CloudEvent;
import org.techbridge.events.EventTypes;
import org.techbridge.events.MatchSuggestedPayload;
import org.techbridge.matching.config.TopicConfig;
import org.techbridge.matching.supply.MatchingConfig;
import org.techbridge.platform.outbox.Outbox;

/** When an achievement is newly published, open needs it fits strongly hear of it. */
@ApplicationScoped
public class MatchSuggestions {

    private final NeedsForAchievement needs;
    private final Outbox outbox;
    private final TopicConfig topics;
    private final MatchingConfig config;

    MatchSuggestions(NeedsForAchievement needs, Outbox outbox, TopicConfig topics, MatchingConfig config) {
        this.needs = needs;
        this.outbox = outbox;
        this.topics = topics;
        this.config = config;
    }

    /** Emits {@code techbridge.match.suggested} for each open need scoring at least the threshold. */
    @Transactional
    public void suggestFor(UUID achievementId) {
        needs.scored(achievementId).stream()
                .filter(match -> match.score() >= config.suggestionThreshold())
                .forEach(match -> outbox.append(topics.matches(), CloudEvent.of(NeedService.SOURCE,
                        EventTypes.MATCH_SUGGESTED, match.needId().toString(),
                        new MatchSuggestedPayload(match.needId(), achievementId, match.score()))));
    }
}
