package org.techbridge.deal.catalog;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.techbridge.platform.inbox.RetryingConsumer;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Consumes {@code techbridge.achievements} (poison records to {@code techbridge.achievements.dlq}). */
@ApplicationScoped
public class AchievementEventConsumer {

    private final AchievementDomains domains;

    AchievementEventConsumer(AchievementDomains domains) {
        this.domains = domains;
    }

    @Incoming("achievements")
    @Blocking(ordered = true)
    public void consume(String record) throws InterruptedException {
        RetryingConsumer.handle(record, domains::handle);
    }
}
