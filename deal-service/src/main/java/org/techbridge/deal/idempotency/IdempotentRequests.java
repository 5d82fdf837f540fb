package org.techbridge.deal.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.techbridge.platform.problem.ProblemException;
import org.techbridge.platform.web.Params;
import org.techbridge.platform.web.Versioned;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code Idempotency-Key} for POSTs that create money-relevant state: the first request with a key
 * claims it by inserting a row in the same transaction as its effect, and stores its answer there;
 * a retry gets that answer again and creates nothing. Between concurrent retries the primary key
 * decides: the later insert waits for the first transaction and then finds its row (or, if that
 * one rolled back, claims the key itself). A key reused with another body is a 422.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";

    private final EntityManager em;
    private final ObjectMapper json;

    IdempotentRequests(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** What a creating POST produced: where the resource is, its representation and its version, if any. */
    public record Created(URI location, Object body, Long version) {

        public Created(URI location, Versioned body) {
            this(location, body, body.version());
        }
    }

    /** Runs {@code create} once per key and scope; without a key, every time. */
    @Transactional
    public Response once(String scope, String key, Object request, Supplier<Created> create) {
        String idempotencyKey = Params.text(key, HEADER, 200);
        if (idempotencyKey == null) {
            Created created = create.get();
            Response.ResponseBuilder answer = Response.created(created.location()).entity(created.body());
            return created.version() == null ? answer.build() : answer.tag(tag(created.version())).build();
        }
        String hash = hash(request);
        int claimed = em.createNativeQuery("insert into idempotent_request (scope, key, request_hash)"
                + " values (:scope, :key, :hash) on conflict do nothing")
                .setParameter("scope", scope).setParameter("key", idempotencyKey).setParameter("hash", hash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(scope, idempotencyKey, hash);
        }
        Created created = create.get();
        String body = write(created.body());
        em.createNativeQuery("update idempotent_request set status = 201, location = :location, etag = :etag,"
                + " body = :body where scope = :scope and key = :key")
                .setParameter("location", created.location().toString())
                .setParameter("etag", created.version() == null ? null : created.version().toString())
                .setParameter("body", body)
                .setParameter("scope", scope).setParameter("key", idempotencyKey)
                .executeUpdate();
        return answer(201, created.location().toString(),
                created.version() == null ? null : created.version().toString(), body);
    }

    private Response replay(String scope, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, status, location, etag, body"
                + " from idempotent_request where scope = :scope and key = :key", Object[].class)
                .setParameter("scope", scope).setParameter("key", key).getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new ProblemException(422, "Idempotency key reused",
                    "This Idempotency-Key was first used with another request body; use a new key for a new request.",
                    List.of(), Map.of());
        }
        return answer(((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4]);
    }

    private static Response answer(int status, String location, String etag, String body) {
        Response.ResponseBuilder answer = Response.status(status).location(URI.create(location))
                .type(MediaType.APPLICATION_JSON).entity(body);
        return etag == null ? answer.build() : answer.tag(new EntityTag(etag)).build();
    }

    private static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
