package org.techbridge.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The ids of consumed events (Debezium's message log idea): one row each, kept with the effect. */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;

    ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /** Records the event id; false when it was recorded before, i.e. the event was already applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(String eventId, String topic) {
        return em.createNativeQuery("insert into processed_event (event_id, topic) values (:id, :topic)"
                + " on conflict (event_id) do nothing")
                .setParameter("id", eventId)
                .setParameter("topic", topic)
                .executeUpdate() == 1;
    }
}
