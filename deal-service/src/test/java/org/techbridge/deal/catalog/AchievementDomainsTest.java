package org.techbridge.deal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.techbridge.events.AchievementPayload;
import org.techbridge.events.AchievementStatus;
import org.techbridge.events.CloudEvent;
import org.techbridge.events.Domain;
import org.techbridge.events.EventJson;
import org.techbridge.events.EventTypes;
import org.techbridge.events.TransferMode;
import org.techbridge.testing.KafkaTopics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;

@QuarkusTest
class AchievementDomainsTest {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @ConfigProperty(name = "techbridge.topics.achievements")
    String topic;

    @Inject
    EntityManager em;

    @Test
    void anAchievementsDomainFollowsItsNewestEventAndAnOlderOneChangesNothing() {
        UUID id = UUID.randomUUID();
        UUID marker = UUID.randomUUID();

        send(id, id, Domain.AGRICULTURE, 1);
        send(id, id, Domain.ENERGY, 3);
        send(id, id, Domain.NEW_MATERIALS, 2);
        // records of one key are consumed in order: once the marker is there, so are the others
        send(id, marker, Domain.ENVIRONMENT, 1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> domainOf(marker) != null);

        assertEquals("ENERGY", domainOf(id));
    }

    @Test
    void aRecordThatIsNotAnAchievementEventGoesToTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        KafkaTopics.send(kafka, topic, key, "{\"type\": \"something else\"}");

        ConsumerRecord<String, String> dead = KafkaTopics.await(kafka, topic + ".dlq", r -> key.equals(r.key()));

        assertNotNull(KafkaTopics.header(dead, "dead-letter-reason"));
    }

    private String domainOf(UUID achievementId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select domain from achievement_domain where achievement_id = :id")
                    .setParameter("id", achievementId).getResultList();
            return rows.isEmpty() ? null : (String) rows.get(0);
        });
    }

    private void send(UUID key, UUID achievementId, Domain domain, long version) {
        AchievementPayload achievement = new AchievementPayload(achievementId, "高可靠气象仪器", "summary", null, "zh",
                domain, List.of(), 7, "PATENT", List.of(), UUID.randomUUID(), "山西省太原市",
                List.of(TransferMode.LICENSE), null, AchievementStatus.PUBLISHED, 0, version, Instant.now());
        KafkaTopics.send(kafka, topic, key.toString(), EventJson.write(CloudEvent.of("/achievement-service",
                EventTypes.ACHIEVEMENT_UPDATED, achievementId.toString(), achievement)));
    }
}
