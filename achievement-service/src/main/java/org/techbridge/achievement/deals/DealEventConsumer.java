package org.techbridge.achievement.deals;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.techbridge.platform.inbox.RetryingConsumer;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Consumes {@code techbridge.deals} (poison records to {@code techbridge.deals.dlq}). */
@ApplicationScoped
public class DealEventConsumer {

    private final DealEventHandler handler;

    DealEventConsumer(DealEventHandler handler) {
        this.handler = handler;
    }

    @Incoming("deals")
    @Blocking(ordered = true)
    public void consume(String record) throws InterruptedException {
        RetryingConsumer.handle(record, handler::handle);
    }
}
