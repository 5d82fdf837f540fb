package org.techbridge.matching.supply;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.techbridge.matching.need.MatchSuggestions;
import org.techbridge.platform.inbox.RetryingConsumer;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Consumes {@code techbridge.achievements} into the supply projection (poison records to the DLQ);
 * a newly published achievement is then suggested to the open needs it fits strongly.
 */
@ApplicationScoped
public class AchievementEventConsumer {

    private final AchievementEventHandler handler;
    private final MatchSuggestions suggestions;

    AchievementEventConsumer(AchievementEventHandler handler, MatchSuggestions suggestions) {
        this.handler = handler;
        this.suggestions = suggestions;
    }

    @Incoming("achievements")
    @Blocking(ordered = true)
    public void consume(String record) throws InterruptedException {
        RetryingConsumer.handle(record, r -> handler.handle(r).ifPresent(suggestions::suggestFor));
    }
}
