package org.techbridge.matching.supply;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.techbridge.platform.inbox.RetryingConsumer;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Consumes {@code techbridge.achievements} into the supply projection (poison records to the DLQ). */
@ApplicationScoped
public class AchievementEventConsumer {

    private final AchievementEventHandler handler;

    AchievementEventConsumer(AchievementEventHandler handler) {
        this.handler = handler;
    }

    @Incoming("achievements")
    @Blocking(ordered = true)
    public void consume(String record) throws InterruptedException {
        RetryingConsumer.handle(record, handler::handle);
    }
}
