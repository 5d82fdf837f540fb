package org.techbridge.matching.need;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.techbridge.events.CloudEvent;
import org.techbridge.events.EventTypes;
import org.techbridge.events.InterestExpressedPayload;
import org.techbridge.matching.config.TopicConfig;
import org.techbridge.matching.engine.Candidate;
import org.techbridge.matching.need.MatchesView.MatchView;
import org.techbridge.matching.supply.MatchIndex;
import org.techbridge.matching.supply.SupplyAchievement;
import org.techbridge.platform.outbox.Outbox;
import org.techbridge.platform.problem.ProblemException;
import org.techbridge.platform.security.Caller;

/** The matches of a need, and the interest an enterprise expresses in one of them. */
@ApplicationScoped
public class NeedMatching {

    private final NeedService needs;
    private final MatchIndex index;
    private final Outbox outbox;
    private final TopicConfig topics;
    private final Caller caller;

    NeedMatching(NeedService needs, MatchIndex index, Outbox outbox, TopicConfig topics, Caller caller) {
        this.needs = needs;
        this.index = index;
        this.outbox = outbox;
        this.topics = topics;
        this.caller = caller;
    }

    public MatchesView matches(UUID needId, int limit) {
        Need need = needs.find(needId);
        List<MatchView> matches = index.match(NeedMapper.toQuery(need), limit).stream()
                .map(m -> new MatchView(UUID.fromString(m.candidateId()),
                        index.candidate(m.candidateId()).map(Candidate::title).orElse(null), m.score(),
                        m.breakdown(), m.matchedTerms()))
                .toList();
        return new MatchesView(needId, matches);
    }

    /**
     * Records the interest and announces it (the deal-service opens a deal from it); an open need
     * becomes MATCHED. Expressing the same interest again changes nothing and announces nothing.
     */
    @Transactional
    public void expressInterest(UUID needId, UUID achievementId) {
        Need need = needs.findOwned(needId);
        if (need.status == NeedStatus.CLOSED) {
            throw ProblemException.conflict("The need is CLOSED.");
        }
        SupplyAchievement achievement = SupplyAchievement.findById(achievementId);
        if (achievement == null) {
            throw ProblemException.badRequest("achievementId", "no published achievement with id " + achievementId);
        }
        if (Interest.findById(new Interest.Key(needId, achievementId)) != null) {
            return;
        }
        Interest interest = new Interest();
        interest.needId = needId;
        interest.achievementId = achievementId;
        interest.expressedAt = Instant.now();
        interest.persist();
        if (need.status == NeedStatus.OPEN) {
            needs.markMatched(need);
        }
        UUID institutionId = MatchIndex.institutionOf(achievement.payload);
        outbox.append(topics.matches(), CloudEvent.of(NeedService.SOURCE, EventTypes.MATCH_INTEREST_EXPRESSED,
                needId.toString(), new InterestExpressedPayload(needId, achievementId, need.enterpriseId,
                        institutionId, caller.name())));
    }
}
