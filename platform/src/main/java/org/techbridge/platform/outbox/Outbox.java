package org.techbridge.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.techbridge.events.CloudEvent;
import org.techbridge.events.EventJson;
import org.techbridge.platform.tx.AfterCommit;

/**
 * Writes events in the caller's transaction: they exist exactly when the change they describe
 * commits. After the commit the relay is woken so the event leaves at once, not at its next poll.
 */
@ApplicationScoped
public class Outbox {

    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    Outbox(TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.transactions = transactions;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, CloudEvent<?> event) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.fromString(event.id());
        row.topic = topic;
        row.aggregateId = event.subject();
        row.type = event.type();
        row.event = EventJson.write(event);
        row.createdAt = Instant.now();
        row.traceparent = TraceParent.current();
        row.persist();
        AfterCommit.run(transactions, relay::wake);
    }
}
