package org.techbridge.platform.inbox;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jboss.logging.Logger;
import org.techbridge.events.MalformedEventException;

/**
 * How every consumer treats a record: one that is not a valid event fails at once (and goes to
 * the dead-letter topic); a valid one that fails, say while the database is away, is retried with
 * backoff before it is given up to the dead-letter topic, so consumption never stalls for good.
 */
public final class RetryingConsumer {

    private static final Logger LOG = Logger.getLogger(RetryingConsumer.class);
    private static final int ATTEMPTS = 8;

    private RetryingConsumer() {
    }

    public static void handle(String record, Consumer<String> handler) throws InterruptedException {
        Duration wait = Duration.ofMillis(200);
        for (int attempt = 1; ; attempt++) {
            try {
                handler.accept(record);
                return;
            } catch (MalformedEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("event failed (attempt %d of %d), retrying in %s: %s", attempt, ATTEMPTS, wait,
                        e.getMessage());
                TimeUnit.MILLISECONDS.sleep(wait.toMillis());
                wait = wait.multipliedBy(2);
            }
        }
    }
}
