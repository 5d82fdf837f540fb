package org.techbridge.deal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.techbridge.events.AchievementPayload;
import org.techbridge.events.CloudEvent;
import org.techbridge.events.EventJson;
import org.techbridge.events.MalformedEventException;
import org.techbridge.events.Topics;
import org.techbridge.platform.inbox.ProcessedEvents;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The domain of each achievement, projected from the catalog's events, so statistics can group
 * deals by domain. Statistics join it when they run, so a deal opened before its achievement's
 * event arrived is still counted under the right domain; an older event never overwrites a newer.
 */
@ApplicationScoped
public class AchievementDomains {

    private final ProcessedEvents processed;
    private final EntityManager em;

    AchievementDomains(ProcessedEvents processed, EntityManager em) {
        this.processed = processed;
        this.em = em;
    }

    @Transactional
    public void handle(String record) {
        CloudEvent<JsonNode> event = EventJson.readEnvelope(record);
        if (!event.type().startsWith("techbridge.achievement.")) {
            throw new MalformedEventException(new IllegalArgumentException("not an achievement event"));
        }
        AchievementPayload achievement = EventJson.dataAs(event, AchievementPayload.class);
        if (achievement == null || achievement.id() == null || achievement.domain() == null) {
            throw new MalformedEventException(new IllegalArgumentException(
                    "an achievement event needs data with id and domain"));
        }
        if (!processed.firstTime(event.id(), Topics.ACHIEVEMENTS)) {
            return;
        }
        em.createNativeQuery("insert into achievement_domain (achievement_id, domain, source_version, updated_at)"
                + " values (:id, :domain, :version, now())"
                + " on conflict (achievement_id) do update set domain = excluded.domain,"
                + " source_version = excluded.source_version, updated_at = excluded.updated_at"
                + " where achievement_domain.source_version < excluded.source_version")
                .setParameter("id", achievement.id())
                .setParameter("domain", achievement.domain().name())
                .setParameter("version", achievement.version())
                .executeUpdate();
    }
}
