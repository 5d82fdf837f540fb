package org.techbridge.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.TransactionExceptionResult;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Publishes outbox rows to Kafka in commit order with an idempotent producer ({@code acks=all})
 * and stamps them sent in the same transaction that read them, up to the first event Kafka did
 * not acknowledge; that one and those after it stay unsent and go out on a later attempt: while
 * Kafka is down events wait in the table, never lost. One relay at a time holds a PostgreSQL advisory lock, so several instances
 * of the service never interleave and reorder the events of one aggregate.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;
    private static final long RELAY_LOCK = 0x6f7574626f78L;
    private static final long POLL_MILLIS = 1_000;
    private static final long MAX_BACKOFF_MILLIS = 10_000;

    private final EntityManager em;
    private final Map<String, Object> kafkaConfig;
    private final String application;
    private final Semaphore work = new Semaphore(0);
    private volatile boolean running;
    private KafkaProducer<String, String> producer;
    private Thread thread;

    OutboxRelay(EntityManager em, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.em = em;
        this.kafkaConfig = kafkaConfig;
        this.application = application;
    }

    void start(@Observes StartupEvent startup) {
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        work.release();
        thread.join(TimeUnit.SECONDS.toMillis(10));
        producer.close(Duration.ofSeconds(5));
    }

    /** Asks the relay to look at the table now (after a commit that added events). */
    public void wake() {
        work.release();
    }

    private void run() {
        long backoff = 0;
        while (running) {
            try {
                work.drainPermits();
                int sent = relayBatch();
                backoff = 0;
                if (sent < BATCH) {
                    work.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backoff = Math.min(Math.max(backoff * 2, 250), MAX_BACKOFF_MILLIS);
                LOG.warnf("outbox relay could not publish, retrying in %d ms: %s", backoff, e.getMessage());
                try {
                    // a wake-up also ends the wait: new events are a reason to try again
                    work.tryAcquire(backoff, TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Publishes the oldest unsent events; returns how many. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().timeout(120).exceptionHandler(e -> e instanceof RelayIncomplete
                ? TransactionExceptionResult.COMMIT : TransactionExceptionResult.ROLLBACK).call(() -> {
            boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                    .setParameter("key", RELAY_LOCK).getSingleResult();
            if (!locked) {
                return 0;
            }
            List<OutboxEvent> batch = em.createQuery(
                    "from OutboxEvent where sentAt is null order by seq", OutboxEvent.class)
                    .setMaxResults(BATCH).getResultList();
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (OutboxEvent event : batch) {
                ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.aggregateId, event.event);
                record.headers().add("content-type",
                        "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
                if (event.traceparent != null) {
                    record.headers().add("traceparent", event.traceparent.getBytes(StandardCharsets.UTF_8));
                }
                try {
                    acks.add(producer.send(record));
                } catch (KafkaException e) {
                    LOG.warnf("outbox relay stopped sending at event %s: %s", event.id, e.getMessage());
                    break;
                }
            }
            // only the acknowledged prefix counts as sent, so order holds and nothing is skipped
            Instant now = Instant.now();
            int sent = 0;
            for (Future<RecordMetadata> ack : acks) {
                try {
                    ack.get();
                } catch (ExecutionException e) {
                    LOG.warnf("outbox relay: event %s was not acknowledged: %s", batch.get(sent).id,
                            e.getCause().getMessage());
                    break;
                }
                batch.get(sent++).sentAt = now;
            }
            if (sent < batch.size()) {
                throw new RelayIncomplete(sent, batch.size());
            }
            return sent;
        });
    }

    /** Some events of a batch went out and were stamped; the rest wait for the next attempt. */
    static final class RelayIncomplete extends RuntimeException {
        RelayIncomplete(int sent, int batch) {
            super(sent + " of " + batch + " events published");
        }
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, application + "-outbox");
        return config;
    }
}
