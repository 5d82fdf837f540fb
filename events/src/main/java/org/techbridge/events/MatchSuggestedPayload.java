package org.techbridge.events;

import java.util.UUID;

/** A new or changed achievement fits an open need strongly. */
public record MatchSuggestedPayload(UUID needId, UUID achievementId, double score) {
}
