package org.techbridge.matching.supply;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.techbridge.events.AchievementPayload;
import org.techbridge.events.Money;
import org.techbridge.matching.engine.Candidate;
import org.techbridge.matching.engine.Glossary;
import org.techbridge.matching.engine.Match;
import org.techbridge.matching.engine.MatchEngine;
import org.techbridge.matching.engine.NeedQuery;
import org.techbridge.matching.engine.Weights;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * This instance's in-memory matching index over the supply projection: rebuilt from the table at
 * start, then kept current by the achievement events as they commit.
 */
@ApplicationScoped
public class MatchIndex {

    private static final Logger LOG = Logger.getLogger(MatchIndex.class);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final MatchEngine engine;

    MatchIndex(MatchingConfig config) {
        this.engine = new MatchEngine(Glossary.standard(), config.weights().toWeights());
    }

    void rebuild(@Observes StartupEvent startup) {
        List<Candidate> all = QuarkusTransaction.requiringNew().call(() -> SupplyAchievement
                .<SupplyAchievement>listAll().stream().map(row -> fromPayload(row.payload)).toList());
        engine.load(all);
        LOG.infof("matching index rebuilt with %d published achievements", all.size());
    }

    void close(@Observes ShutdownEvent shutdown) {
        engine.close();
    }

    public List<Match> match(NeedQuery need, int limit) {
        return engine.match(need, limit);
    }

    public java.util.Optional<Match> matchOne(NeedQuery need, String achievementId) {
        return engine.matchOne(need, achievementId);
    }

    public java.util.Optional<Candidate> candidate(String achievementId) {
        return engine.candidate(achievementId);
    }

    void put(AchievementPayload achievement) {
        engine.upsert(fromPayload(achievement));
    }

    void remove(String achievementId) {
        engine.remove(achievementId);
    }

    static Candidate fromPayload(String payloadJson) {
        return fromPayload(payload(payloadJson));
    }

    /** The owning institution of a projected achievement. */
    public static java.util.UUID institutionOf(String payloadJson) {
        return payload(payloadJson).institutionId();
    }

    private static AchievementPayload payload(String payloadJson) {
        try {
            return JSON.readValue(payloadJson, AchievementPayload.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable supply row", e);
        }
    }

    static Candidate fromPayload(AchievementPayload a) {
        Money price = a.askingPrice();
        return new Candidate(a.id().toString(), a.title(), a.summary(), a.description(), a.keywords(), a.domain(),
                a.trl(), price != null && Money.CNY.equals(price.currency()) ? price.amount() : null,
                a.transferModes() == null ? null : java.util.Set.copyOf(a.transferModes()), a.region());
    }

    static String json(AchievementPayload payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
