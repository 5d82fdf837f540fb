package org.techbridge.achievement.deals;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.techbridge.events.MalformedEventException;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Consumes {@code techbridge.deals}. A record that is not a valid event goes to the dead-letter
 * topic at once; a valid one that fails (the database is away, say) is retried with backoff
 * before it is given up to the dead-letter topic, so consumption never stalls for good.
 */
@ApplicationScoped
public class DealEventConsumer {

    private static final Logger LOG = Logger.getLogger(DealEventConsumer.class);
    private static final int ATTEMPTS = 8;

    private final DealEventHandler handler;

    DealEventConsumer(DealEventHandler handler) {
        this.handler = handler;
    }

    @Incoming("deals")
    @Blocking(ordered = true)
    public void consume(String record) throws InterruptedException {
        Duration wait = Duration.ofMillis(200);
        for (int attempt = 1; ; attempt++) {
            try {
                handler.handle(record);
                return;
            } catch (MalformedEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("deal event failed (attempt %d of %d), retrying in %s: %s", attempt, ATTEMPTS, wait,
                        e.getMessage());
                TimeUnit.MILLISECONDS.sleep(wait.toMillis());
                wait = wait.multipliedBy(2);
            }
        }
    }
}
