package org.techbridge.achievement.deals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.techbridge.achievement.catalog.AchievementService;
import org.techbridge.platform.inbox.ProcessedEvents;
import org.techbridge.events.CloudEvent;
import org.techbridge.events.DealPayload;
import org.techbridge.events.DealType;
import org.techbridge.events.EventJson;
import org.techbridge.events.EventTypes;
import org.techbridge.events.MalformedEventException;
import org.techbridge.events.Topics;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Applies a deal event to the catalog, once: the event id is recorded in the same transaction as
 * the effect, so a redelivered event finds its id and changes nothing. A signed assignment
 * transfers the achievement; a signed licence counts one more licence.
 */
@ApplicationScoped
public class DealEventHandler {

    private static final Logger LOG = Logger.getLogger(DealEventHandler.class);

    private final ProcessedEvents processed;
    private final AchievementService achievements;

    DealEventHandler(ProcessedEvents processed, AchievementService achievements) {
        this.processed = processed;
        this.achievements = achievements;
    }

    @Transactional
    public void handle(String record) {
        CloudEvent<JsonNode> event = EventJson.readEnvelope(record);
        if (!EventTypes.DEAL_SIGNED.equals(event.type())) {
            return;
        }
        DealPayload deal = EventJson.dataAs(event, DealPayload.class);
        if (deal == null || deal.id() == null || deal.achievementId() == null || deal.dealType() == null) {
            throw new MalformedEventException(new IllegalArgumentException(
                    "a signed deal needs data with id, achievementId and dealType"));
        }
        // once per event, and once per deal should it ever be announced signed twice
        boolean newEvent = processed.firstTime(event.id(), Topics.DEALS);
        boolean newDeal = processed.firstTime("signed:" + deal.id(), Topics.DEALS);
        if (!newEvent || !newDeal) {
            LOG.debugf("deal event %s (deal %s) already applied", event.id(), deal.id());
            return;
        }
        if (deal.dealType() == DealType.ASSIGNMENT) {
            achievements.markTransferred(deal.achievementId(), deal.id());
        } else if (deal.dealType() == DealType.LICENSE) {
            achievements.countLicence(deal.achievementId(), deal.id());
        }
    }
}
