package org.techbridge.matching.need;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.techbridge.events.CloudEvent;
import org.techbridge.events.Domain;
import org.techbridge.events.EventTypes;
import org.techbridge.matching.config.TopicConfig;
import org.techbridge.platform.outbox.Outbox;
import org.techbridge.platform.problem.ProblemException;
import org.techbridge.platform.security.Caller;
import org.techbridge.platform.web.ETags;
import org.techbridge.platform.web.JsonMergePatch;
import org.techbridge.platform.web.Page;
import org.techbridge.platform.web.PageRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.panache.common.Sort;

/** Enterprise needs: posting, editing, closing, and the events each change produces. */
@ApplicationScoped
public class NeedService {

    static final String SOURCE = "/matching-service";

    private final Outbox outbox;
    private final TopicConfig topics;
    private final JsonMergePatch mergePatch;
    private final Caller caller;

    NeedService(Outbox outbox, TopicConfig topics, JsonMergePatch mergePatch, Caller caller) {
        this.outbox = outbox;
        this.topics = topics;
        this.mergePatch = mergePatch;
        this.caller = caller;
    }

    @Transactional
    public NeedView create(NeedRequest request) {
        caller.requireActingFor(request.enterpriseId(), "its needs", Caller.ENTERPRISE);
        Need need = new Need();
        need.id = UUID.randomUUID();
        need.status = NeedStatus.OPEN;
        need.createdAt = Instant.now();
        NeedMapper.apply(need, request);
        need.persist();
        return emit(need, EventTypes.NEED_POSTED);
    }

    public NeedView get(UUID id) {
        return NeedMapper.toView(find(id));
    }

    /** The need, when the caller may act on it (its enterprise, or a broker). */
    public Need findOwned(UUID id) {
        Need need = find(id);
        caller.requireActingFor(need.enterpriseId, "its needs", Caller.ENTERPRISE);
        return need;
    }

    public Need find(UUID id) {
        Need need = Need.findById(id);
        if (need == null) {
            throw ProblemException.notFound("need", id);
        }
        return need;
    }

    public Page<NeedView> list(UUID enterpriseId, Domain industry, NeedStatus status, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (enterpriseId != null) {
            where.add("enterpriseId = :enterpriseId");
            params.put("enterpriseId", enterpriseId);
        }
        if (industry != null) {
            where.add("industry = :industry");
            params.put("industry", industry);
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        var query = Need.<Need>find(String.join(" and ", where), Sort.descending("createdAt").and("id"), params);
        return Page.of(query.page(page.page(), page.size()).list(), page, query.count()).map(NeedMapper::toView);
    }

    @Transactional
    public NeedView replace(UUID id, String ifMatch, NeedRequest request) {
        Need need = findOwned(id);
        ETags.requireMatch(ifMatch, need.version);
        return update(need, request);
    }

    @Transactional
    public NeedView patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        Need need = findOwned(id);
        ETags.requireMatch(ifMatch, need.version);
        NeedRequest merged = mergePatch.apply(NeedMapper.toRequest(need), patch, NeedRequest.class);
        return update(need, merged);
    }

    @Transactional
    public NeedView close(UUID id, String ifMatch) {
        Need need = findOwned(id);
        ETags.checkMatch(ifMatch, need.version);
        if (!need.status.canMoveTo(NeedStatus.CLOSED)) {
            throw ProblemException.illegalTransition("need", need.status, NeedStatus.CLOSED);
        }
        need.status = NeedStatus.CLOSED;
        need.updatedAt = Instant.now();
        return emit(need, EventTypes.NEED_CLOSED);
    }

    /** A need whose enterprise took up one of its matches. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markMatched(Need need) {
        need.status = NeedStatus.MATCHED;
        need.updatedAt = Instant.now();
        emit(need, EventTypes.NEED_UPDATED);
    }

    private NeedView update(Need need, NeedRequest request) {
        if (need.status == NeedStatus.CLOSED) {
            throw ProblemException.conflict("A CLOSED need can no longer be changed.");
        }
        if (!request.enterpriseId().equals(need.enterpriseId)) {
            caller.requireActingFor(request.enterpriseId(), "its needs", Caller.ENTERPRISE);
        }
        NeedMapper.apply(need, request);
        return emit(need, EventTypes.NEED_UPDATED);
    }

    /** Flushes first, so the event and the answer carry the version the change produced. */
    private NeedView emit(Need need, String type) {
        Need.flush();
        outbox.append(topics.needs(), CloudEvent.of(SOURCE, type, need.id.toString(), NeedMapper.toPayload(need)));
        return NeedMapper.toView(need);
    }
}
