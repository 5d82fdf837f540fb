package org.techbridge.deal.interest;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.techbridge.platform.inbox.RetryingConsumer;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Consumes {@code techbridge.matches} (poison records to {@code techbridge.matches.dlq}). */
@ApplicationScoped
public class InterestEventConsumer {

    private final InterestEventHandler handler;

    InterestEventConsumer(InterestEventHandler handler) {
        this.handler = handler;
    }

    @Incoming("matches")
    @Blocking(ordered = true)
    public void consume(String record) throws InterruptedException {
        RetryingConsumer.handle(record, handler::handle);
    }
}
