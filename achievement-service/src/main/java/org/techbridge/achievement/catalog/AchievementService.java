package org.techbridge.achievement.catalog;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.techbridge.achievement.institution.Institution;
import org.techbridge.platform.outbox.Outbox;
import org.techbridge.achievement.outbox.TopicConfig;
import org.techbridge.platform.problem.ProblemException;
import org.techbridge.platform.security.Caller;
import org.techbridge.platform.web.ETags;
import org.techbridge.platform.web.JsonMergePatch;
import org.techbridge.platform.web.Page;
import org.techbridge.platform.web.PageRequest;
import org.techbridge.events.AchievementStatus;
import org.techbridge.events.CloudEvent;
import org.techbridge.events.EventTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** The catalog of achievements: edits, the lifecycle, and the events both produce. */
@ApplicationScoped
public class AchievementService {

    private static final Logger LOG = Logger.getLogger(AchievementService.class);
    static final String SOURCE = "/achievement-service";

    private final AchievementSearch search;
    private final Outbox outbox;
    private final TopicConfig topics;
    private final JsonMergePatch mergePatch;
    private final Caller caller;

    AchievementService(AchievementSearch search, Outbox outbox, TopicConfig topics,
            JsonMergePatch mergePatch, Caller caller) {
        this.search = search;
        this.outbox = outbox;
        this.topics = topics;
        this.mergePatch = mergePatch;
        this.caller = caller;
    }

    /** A new achievement starts as a DRAFT, visible to nobody downstream until it is published. */
    @Transactional
    public AchievementView create(AchievementRequest request) {
        caller.requireActingFor(request.institutionId(), "its achievements", Caller.INSTITUTION);
        requireInstitution(request.institutionId());
        Achievement achievement = new Achievement();
        achievement.id = UUID.randomUUID();
        achievement.status = AchievementStatus.DRAFT;
        achievement.createdAt = Instant.now();
        AchievementMapper.apply(achievement, request);
        achievement.persist();
        return AchievementMapper.toView(achievement);
    }

    public AchievementView get(UUID id) {
        return AchievementMapper.toView(find(id));
    }

    public Page<AchievementView> list(AchievementQuery query, PageRequest page) {
        if (query.trlMin() != null && query.trlMax() != null && query.trlMin() > query.trlMax()) {
            throw ProblemException.badRequest("trlMin", "must not exceed trlMax");
        }
        return search.find(query, page).map(AchievementMapper::toView);
    }

    @Transactional
    public AchievementView replace(UUID id, String ifMatch, AchievementRequest request) {
        Achievement achievement = findOwned(id);
        ETags.requireMatch(ifMatch, achievement.version);
        return update(achievement, request);
    }

    /** Applies an RFC 7396 merge patch to the current state, then validates the whole result. */
    @Transactional
    public AchievementView patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        Achievement achievement = findOwned(id);
        ETags.requireMatch(ifMatch, achievement.version);
        AchievementRequest merged = mergePatch.apply(AchievementMapper.toRequest(achievement), patch,
                AchievementRequest.class);
        return update(achievement, merged);
    }

    @Transactional
    public AchievementView publish(UUID id, String ifMatch) {
        Achievement achievement = findOwned(id);
        ETags.checkMatch(ifMatch, achievement.version);
        move(achievement, AchievementStatus.PUBLISHED);
        achievement.publishedAt = achievement.updatedAt;
        return emit(achievement, EventTypes.ACHIEVEMENT_PUBLISHED);
    }

    @Transactional
    public AchievementView withdraw(UUID id, String ifMatch) {
        Achievement achievement = findOwned(id);
        ETags.checkMatch(ifMatch, achievement.version);
        move(achievement, AchievementStatus.WITHDRAWN);
        return emit(achievement, EventTypes.ACHIEVEMENT_WITHDRAWN);
    }

    /** A signed assignment: the achievement has changed hands and leaves the market. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markTransferred(UUID id, UUID dealId) {
        Achievement achievement = Achievement.findById(id);
        if (achievement == null || !AchievementLifecycle.canMove(achievement.status, AchievementStatus.TRANSFERRED)) {
            LOG.warnf("deal %s assigns achievement %s, which is %s: nothing to transfer", dealId, id,
                    achievement == null ? "unknown" : achievement.status);
            return;
        }
        move(achievement, AchievementStatus.TRANSFERRED);
        emit(achievement, EventTypes.ACHIEVEMENT_TRANSFERRED);
    }

    /** A signed licence: the achievement stays on offer, with one more licensee. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void countLicence(UUID id, UUID dealId) {
        Achievement achievement = Achievement.findById(id);
        if (achievement == null) {
            LOG.warnf("deal %s licenses unknown achievement %s", dealId, id);
            return;
        }
        achievement.licenceCount++;
        achievement.updatedAt = Instant.now();
        if (achievement.status == AchievementStatus.PUBLISHED) {
            emit(achievement, EventTypes.ACHIEVEMENT_UPDATED);
        }
    }

    private AchievementView update(Achievement achievement, AchievementRequest request) {
        if (!AchievementLifecycle.editable(achievement.status)) {
            throw ProblemException.conflict("A " + achievement.status + " achievement can no longer be changed.");
        }
        if (!request.institutionId().equals(achievement.institutionId)) {
            caller.requireActingFor(request.institutionId(), "its achievements", Caller.INSTITUTION);
            requireInstitution(request.institutionId());
        }
        AchievementMapper.apply(achievement, request);
        if (achievement.status == AchievementStatus.PUBLISHED) {
            return emit(achievement, EventTypes.ACHIEVEMENT_UPDATED);
        }
        Achievement.flush();
        return AchievementMapper.toView(achievement);
    }

    private static void move(Achievement achievement, AchievementStatus to) {
        if (!AchievementLifecycle.canMove(achievement.status, to)) {
            throw ProblemException.illegalTransition("achievement", achievement.status, to);
        }
        achievement.status = to;
        achievement.updatedAt = Instant.now();
    }

    /** Flushes first, so the event and the answer carry the version the change produced. */
    private AchievementView emit(Achievement achievement, String type) {
        Achievement.flush();
        outbox.append(topics.achievements(), CloudEvent.of(SOURCE, type, achievement.id.toString(),
                AchievementMapper.toPayload(achievement)));
        return AchievementMapper.toView(achievement);
    }

    /** The achievement, when the caller may change it (its institution, or a broker). */
    private Achievement findOwned(UUID id) {
        Achievement achievement = find(id);
        caller.requireActingFor(achievement.institutionId, "its achievements", Caller.INSTITUTION);
        return achievement;
    }

    private Achievement find(UUID id) {
        Achievement achievement = Achievement.findById(id);
        if (achievement == null) {
            throw ProblemException.notFound("achievement", id);
        }
        return achievement;
    }

    private static void requireInstitution(UUID institutionId) {
        if (Institution.findById(institutionId) == null) {
            throw ProblemException.badRequest("institutionId", "no institution with id " + institutionId);
        }
    }
}
