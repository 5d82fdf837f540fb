package org.techbridge.matching.supply;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.techbridge.events.AchievementPayload;
import org.techbridge.events.AchievementStatus;
import org.techbridge.events.CloudEvent;
import org.techbridge.events.EventJson;
import org.techbridge.events.MalformedEventException;
import org.techbridge.events.Topics;
import org.techbridge.platform.inbox.ProcessedEvents;
import org.techbridge.platform.tx.AfterCommit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Projects an achievement event into the supply table, once per event id, and into this
 * instance's index after the commit: published achievements are candidates, withdrawn and
 * transferred ones leave the candidate set, and an event older than the row changes nothing.
 */
@ApplicationScoped
public class AchievementEventHandler {

    private final ProcessedEvents processed;
    private final MatchIndex index;
    private final TransactionSynchronizationRegistry transactions;

    AchievementEventHandler(ProcessedEvents processed, MatchIndex index,
            TransactionSynchronizationRegistry transactions) {
        this.processed = processed;
        this.index = index;
        this.transactions = transactions;
    }

    /** Applies the event; returns the achievement's id when it has just become a candidate. */
    @Transactional
    public Optional<UUID> handle(String record) {
        CloudEvent<JsonNode> event = EventJson.readEnvelope(record);
        if (!event.type().startsWith("techbridge.achievement.")) {
            throw new MalformedEventException(new IllegalArgumentException("not an achievement event"));
        }
        AchievementPayload achievement = EventJson.dataAs(event, AchievementPayload.class);
        if (achievement == null || achievement.id() == null || achievement.status() == null
                || achievement.title() == null || achievement.domain() == null) {
            throw new MalformedEventException(new IllegalArgumentException(
                    "an achievement event needs data with id, status, title and domain"));
        }
        if (!processed.firstTime(event.id(), Topics.ACHIEVEMENTS)) {
            return Optional.empty();
        }
        SupplyAchievement row = SupplyAchievement.findById(achievement.id());
        if (row != null && row.sourceVersion > achievement.version()) {
            return Optional.empty();
        }
        if (achievement.status() == AchievementStatus.PUBLISHED) {
            boolean fresh = row == null;
            if (fresh) {
                row = new SupplyAchievement();
                row.id = achievement.id();
            }
            row.sourceVersion = achievement.version();
            row.payload = MatchIndex.json(achievement);
            row.updatedAt = Instant.now();
            if (fresh) {
                row.persist();
            }
            AfterCommit.run(transactions, () -> index.put(achievement));
            return fresh ? Optional.of(achievement.id()) : Optional.empty();
        } else {
            if (row != null) {
                row.delete();
            }
            AfterCommit.run(transactions, () -> index.remove(achievement.id().toString()));
            return Optional.empty();
        }
    }
}
