package org.techbridge.deal.interest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.techbridge.deal.deal.DealService;
import org.techbridge.events.CloudEvent;
import org.techbridge.events.EventJson;
import org.techbridge.events.EventTypes;
import org.techbridge.events.InterestExpressedPayload;
import org.techbridge.events.MalformedEventException;
import org.techbridge.events.Topics;
import org.techbridge.platform.inbox.ProcessedEvents;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Opens a deal in INTENT for an expressed interest, once: the event id is recorded in the same
 * transaction as the deal, and a need and achievement that already have a deal get no second one
 * (a unique index holds that even against a concurrent POST). Other match events are not ours.
 */
@ApplicationScoped
public class InterestEventHandler {

    private static final Logger LOG = Logger.getLogger(InterestEventHandler.class);

    private final ProcessedEvents processed;
    private final DealService deals;

    InterestEventHandler(ProcessedEvents processed, DealService deals) {
        this.processed = processed;
        this.deals = deals;
    }

    @Transactional
    public void handle(String record) {
        CloudEvent<JsonNode> event = EventJson.readEnvelope(record);
        if (!EventTypes.MATCH_INTEREST_EXPRESSED.equals(event.type())) {
            return;
        }
        InterestExpressedPayload interest = EventJson.dataAs(event, InterestExpressedPayload.class);
        if (interest == null || interest.needId() == null || interest.achievementId() == null
                || interest.enterpriseId() == null || interest.institutionId() == null) {
            throw new MalformedEventException(new IllegalArgumentException(
                    "an interest needs data with needId, achievementId, enterpriseId and institutionId"));
        }
        if (!processed.firstTime(event.id(), Topics.MATCHES)) {
            LOG.debugf("interest event %s already applied", event.id());
            return;
        }
        String actor = interest.expressedBy() == null || interest.expressedBy().isBlank()
                ? event.source() : interest.expressedBy().trim();
        if (!deals.openFromInterest(interest, actor.length() > 100 ? actor.substring(0, 100) : actor)) {
            LOG.debugf("need %s and achievement %s already have a deal", interest.needId(), interest.achievementId());
        }
    }
}
