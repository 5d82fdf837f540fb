package org.techbridge.deal.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import org.techbridge.deal.config.TopicConfig;
import org.techbridge.deal.plan.Balance;
import org.techbridge.deal.plan.DealStateMachine;
import org.techbridge.deal.plan.PaymentPlan;
import org.techbridge.deal.plan.Terms;
import org.techbridge.deal.plan.Violation;
import org.techbridge.events.CloudEvent;
import org.techbridge.events.DealStage;
import org.techbridge.events.EventTypes;
import org.techbridge.events.InterestExpressedPayload;
import org.techbridge.platform.outbox.Outbox;
import org.techbridge.platform.problem.Problem.FieldError;
import org.techbridge.platform.problem.ProblemException;
import org.techbridge.platform.security.Caller;
import org.techbridge.platform.web.ETags;
import org.techbridge.platform.web.JsonMergePatch;
import org.techbridge.platform.web.Page;
import org.techbridge.platform.web.PageRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Deals: opening, edits while negotiating, the stage moves with their history, and their events. */
@ApplicationScoped
public class DealService {

    static final String SOURCE = "/deal-service";
    private static final String PAIR_CONSTRAINT = "deal_need_achievement";

    private final Outbox outbox;
    private final TopicConfig topics;
    private final JsonMergePatch mergePatch;
    private final DealSearch search;
    private final Caller caller;

    DealService(Outbox outbox, TopicConfig topics, JsonMergePatch mergePatch, DealSearch search, Caller caller) {
        this.outbox = outbox;
        this.topics = topics;
        this.mergePatch = mergePatch;
        this.search = search;
        this.caller = caller;
    }

    /** A new deal starts in INTENT, with whatever terms are already known. */
    @Transactional
    public DealView open(DealRequest request, String actor) {
        requireParty(request.institutionId(), request.enterpriseId());
        Terms terms = DealMapper.terms(request);
        rejectIfAny(terms.violations(false), null);
        if (request.needId() != null) {
            Deal existing = forPair(request.needId(), request.achievementId());
            if (existing != null) {
                throw pairTaken(existing.id);
            }
        }
        Deal deal = newDeal(request.achievementId(), request.needId(), request.institutionId(),
                request.enterpriseId());
        DealMapper.applyDetails(deal, request);
        DealMapper.applyTerms(deal, terms);
        try {
            deal.persist();
            record(deal, null, DealStage.INTENT, actor, null);
            return emit(deal, EventTypes.DEAL_OPENED);
        } catch (PersistenceException e) {
            // a concurrent request opened the same pair between the check and the insert (which
            // may run as early as the history's insert, which needs the deal's row)
            if (violates(e, PAIR_CONSTRAINT)) {
                throw pairTaken(null);
            }
            throw e;
        }
    }

    /**
     * Opens the deal an expressed interest asks for, unless its need and achievement already have
     * one; false when there was one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean openFromInterest(InterestExpressedPayload interest, String actor) {
        if (forPair(interest.needId(), interest.achievementId()) != null) {
            return false;
        }
        Deal deal = newDeal(interest.achievementId(), interest.needId(), interest.institutionId(),
                interest.enterpriseId());
        deal.persist();
        record(deal, null, DealStage.INTENT, actor, "opened by the enterprise's interest");
        emit(deal, EventTypes.DEAL_OPENED);
        return true;
    }

    public DealView get(UUID id) {
        return DealMapper.toView(requireVisible(id), Today.date());
    }

    /** The deals the caller may see: every deal for a broker, else those of the caller's organisation. */
    public Page<DealView> list(DealQuery query, PageRequest page) {
        if (!caller.is(Caller.BROKER)) {
            UUID org = caller.org().orElseThrow(
                    () -> ProblemException.forbidden("A token without an organisation sees no deals"));
            query = caller.is(Caller.INSTITUTION) ? query.withInstitution(org) : query.withEnterprise(org);
        }
        if (query.signedFrom() != null && query.signedTo() != null && query.signedFrom().isAfter(query.signedTo())) {
            throw ProblemException.badRequest("signedFrom", "must not be after signedTo");
        }
        var today = Today.date();
        return search.find(query, page, today).map(d -> DealMapper.toView(d, today));
    }

    public List<StageChangeView> history(UUID id) {
        requireVisible(id);
        return StageChange.<StageChange>list("dealId = ?1 order by id", id).stream()
                .map(c -> new StageChangeView(c.actor, c.changedAt, c.fromStage, c.toStage, c.note))
                .toList();
    }

    /**
     * Applies an RFC 7396 merge patch: parties and ids are fixed, the terms may change until the
     * deal is signed, contacts and notes always.
     */
    @Transactional
    public DealView patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        Deal deal = requireVisible(id);
        ETags.requireMatch(ifMatch, deal.version);
        DealRequest merged = mergePatch.apply(DealMapper.toRequest(deal), patch, DealRequest.class);
        List<FieldError> fixed = new ArrayList<>();
        unchanged("achievementId", deal.achievementId, merged.achievementId(), fixed);
        unchanged("needId", deal.needId, merged.needId(), fixed);
        unchanged("institutionId", deal.institutionId, merged.institutionId(), fixed);
        unchanged("enterpriseId", deal.enterpriseId, merged.enterpriseId(), fixed);
        if (!fixed.isEmpty()) {
            throw ProblemException.invalid(fixed);
        }
        Terms terms = DealMapper.terms(merged);
        if (DealStateMachine.termsFrozen(deal.stage)) {
            if (!terms.normalized().equals(DealMapper.terms(deal).normalized())) {
                throw ProblemException.conflict("The deal is " + deal.stage + ": its terms are frozen (they change "
                        + "only while negotiating); only contacts and notes may change.");
            }
        } else {
            rejectIfAny(terms.violations(false), null);
            DealMapper.applyTerms(deal, terms);
        }
        DealMapper.applyDetails(deal, merged);
        deal.updatedAt = Instant.now();
        Deal.flush();
        return DealMapper.toView(deal, Today.date());
    }

    /**
     * Moves a deal to another stage: signing fixes the terms and derives what will be owed;
     * terminating needs a reason and ends what was owed; completing needs everything paid.
     */
    @Transactional
    public DealView move(UUID id, String ifMatch, TransitionRequest request, String actor) {
        Deal deal = requireVisible(id);
        ETags.checkMatch(ifMatch, deal.version);
        DealStage from = deal.stage;
        DealStage to = request.to();
        if (!DealStateMachine.canMove(from, to)) {
            throw ProblemException.illegalTransition("deal", from, to);
        }
        if (request.terms() != null && to != DealStage.SIGNED) {
            throw ProblemException.badRequest("terms", "only a move to SIGNED carries terms");
        }
        String note = blankToNull(request.note());
        switch (to) {
            case SIGNED -> sign(deal, request.terms());
            case TERMINATED -> {
                String reason = blankToNull(request.reason());
                if (reason == null) {
                    throw ProblemException.badRequest("reason", "is required to terminate a deal");
                }
                deal.terminationReason = reason;
                deal.obligations.clear();
                note = note == null ? reason : note;
            }
            case COMPLETED -> {
                Balance balance = DealMapper.balance(deal, Today.date());
                if (balance.outstanding().signum() > 0) {
                    throw ProblemException.conflict("The deal still has " + balance.outstanding().toPlainString()
                            + " CNY outstanding; record the payments before completing it.");
                }
            }
            default -> {
            }
        }
        deal.stage = to;
        deal.updatedAt = Instant.now();
        record(deal, from, to, actor, note);
        return emit(deal, to == DealStage.SIGNED ? EventTypes.DEAL_SIGNED : EventTypes.DEAL_STAGE_CHANGED);
    }

    /** The deal, or a 404. */
    /** The deal, when the caller is a broker or one of its two parties; else 403. */
    public Deal requireVisible(UUID id) {
        Deal deal = require(id);
        requireParty(deal);
        return deal;
    }

    /** Refuses with 403 unless the caller is a broker or acts for one of the deal's parties. */
    public void requireParty(Deal deal) {
        requireParty(deal.institutionId, deal.enterpriseId);
    }

    private void requireParty(UUID institutionId, UUID enterpriseId) {
        if (!caller.actsFor(institutionId, Caller.INSTITUTION) && !caller.actsFor(enterpriseId, Caller.ENTERPRISE)) {
            throw ProblemException.forbidden("Only the deal's institution, its enterprise or a broker may see or change it");
        }
    }

    public Deal require(UUID id) {
        Deal deal = Deal.findById(id);
        if (deal == null) {
            throw ProblemException.notFound("deal", id);
        }
        return deal;
    }

    /** The deal, locked until the transaction ends (for changes that read, then write its balance). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Deal requireForUpdate(UUID id) {
        Deal deal = Deal.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (deal == null) {
            throw ProblemException.notFound("deal", id);
        }
        return deal;
    }

    /** Flushes first, so the event and the answer carry the version the change produced. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DealView emit(Deal deal, String type) {
        Deal.flush();
        outbox.append(topics.deals(), CloudEvent.of(SOURCE, type, deal.id.toString(), DealMapper.toPayload(deal)));
        return DealMapper.toView(deal, Today.date());
    }

    private static void sign(Deal deal, TermsInput input) {
        Terms terms = input != null ? DealMapper.terms(input) : DealMapper.terms(deal);
        rejectIfAny(terms.violations(true), "terms");
        DealMapper.applyTerms(deal, terms);
        deal.signedAt = Instant.now();
        deal.obligations.clear();
        PaymentPlan.obligations(terms, List.of(), null, null)
                .forEach(o -> deal.obligations.add(new ScheduledAmount(o.dueOn(), o.amount())));
    }

    private static Deal newDeal(UUID achievementId, UUID needId, UUID institutionId, UUID enterpriseId) {
        Deal deal = new Deal();
        deal.id = UUID.randomUUID();
        deal.achievementId = achievementId;
        deal.needId = needId;
        deal.institutionId = institutionId;
        deal.enterpriseId = enterpriseId;
        deal.stage = DealStage.INTENT;
        deal.paidTotal = BigDecimal.ZERO.setScale(2);
        deal.createdAt = Instant.now();
        deal.updatedAt = deal.createdAt;
        return deal;
    }

    private static void record(Deal deal, DealStage from, DealStage to, String actor, String note) {
        StageChange change = new StageChange();
        change.dealId = deal.id;
        change.fromStage = from;
        change.toStage = to;
        change.actor = actor;
        change.note = note;
        change.changedAt = deal.updatedAt;
        change.persist();
    }

    private static Deal forPair(UUID needId, UUID achievementId) {
        return Deal.find("needId = ?1 and achievementId = ?2", needId, achievementId).firstResult();
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && constraint.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException pairTaken(UUID existing) {
        return new ProblemException(409, "Conflict", "A deal for this need and achievement is already open.",
                List.of(), existing == null ? Map.of() : Map.of("dealId", existing.toString()));
    }

    static void rejectIfAny(List<Violation> violations, String prefix) {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream()
                    .map(v -> prefix == null ? v : v.under(prefix))
                    .map(v -> new FieldError(v.field(), v.message()))
                    .toList());
        }
    }

    private static void unchanged(String field, Object current, Object requested, List<FieldError> errors) {
        if (!Objects.equals(current, requested)) {
            errors.add(new FieldError(field, "cannot be changed: open another deal instead"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
