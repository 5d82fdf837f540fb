package org.techbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Loads the demo data through the public API, in the order a real roadshow series happens:
 * institutions, their achievements (published), roadshows and their line-ups, enterprise needs,
 * the deals signed on site with their payments, and the interests enterprises expressed.
 *
 * <p>Each item is looked up by its natural key first (an institution's name, an achievement's
 * title within its institution, a deal's achievement and buyer...), so a second run finds
 * everything in place and changes nothing; deals and payments also carry an Idempotency-Key,
 * so a run interrupted between the request and its answer does not open a deal twice.
 */
final class Seeder {

    private static final List<String> STAGES = List.of("INTENT", "NEGOTIATION", "SIGNED");
    private static final Duration EVENTS_WITHIN = Duration.ofSeconds(60);

    private final Api api;
    private final JsonNode data;
    private final Map<String, String> ids = new HashMap<>();
    /** achievement ref → its institution's id, need ref → its enterprise's id */
    private final Map<String, String> sellers = new HashMap<>();
    private final Map<String, String> buyers = new HashMap<>();
    private final Tally tally = new Tally();

    Seeder(Api api, JsonNode data) {
        this.api = api;
        this.data = data;
    }

    Tally run() {
        institutions();
        achievements();
        roadshows();
        needs();
        deals();
        interests();
        return tally;
    }

    private void institutions() {
        Map<String, String> existing = byKey(api.list("/api/v1/institutions"), Seeder::institutionKey);
        for (JsonNode institution : data.withArray("institutions")) {
            ids.put(ref(institution), foundOrCreated("institutions", existing.get(institutionKey(institution)),
                    "/api/v1/institutions", () -> body(institution, "ref")));
        }
    }

    private void achievements() {
        Map<String, Map<String, JsonNode>> byInstitution = new HashMap<>();
        for (JsonNode achievement : data.withArray("achievements")) {
            String institutionId = idOf(achievement.get("institution").asText());
            Map<String, JsonNode> existing = byInstitution.computeIfAbsent(institutionId, id -> byKey(
                    api.list("/api/v1/achievements?institutionId=" + id), item -> item.get("title").asText(),
                    item -> item));
            JsonNode found = existing.get(achievement.get("title").asText());
            String id;
            String status;
            if (found == null) {
                ObjectNode body = body(achievement, "ref", "institution", "publish").put("institutionId", institutionId);
                JsonNode created = api.call("POST", "/api/v1/achievements", body, null, 201).body();
                id = created.get("id").asText();
                status = created.get("status").asText();
                tally.created("achievements");
            } else {
                id = found.get("id").asText();
                status = found.get("status").asText();
                tally.found("achievements");
            }
            if (achievement.path("publish").asBoolean(false) && status.equals("DRAFT")) {
                api.call("POST", "/api/v1/achievements/" + id + "/publish", null, null, 200);
                tally.created("publications");
            }
            ids.put(ref(achievement), id);
            sellers.put(ref(achievement), institutionId);
        }
    }

    private void roadshows() {
        Map<String, String> existing = byKey(api.list("/api/v1/roadshows"), Seeder::roadshowKey);
        for (JsonNode roadshow : data.withArray("roadshows")) {
            ids.put(ref(roadshow), foundOrCreated("roadshows", existing.get(roadshowKey(roadshow)),
                    "/api/v1/roadshows", () -> roadshowBody(roadshow)));
        }
    }

    /** The roadshow as a request: its refs turned into the ids they now stand for. */
    private ObjectNode roadshowBody(JsonNode roadshow) {
        ObjectNode body = body(roadshow, "ref", "organiserInstitution", "lineup", "invitees");
        if (roadshow.hasNonNull("organiserInstitution")) {
            body.put("organiserId", idOf(roadshow.get("organiserInstitution").asText()));
        }
        roadshow.withArray("lineup").forEach(ref -> body.withArray("lineup").add(idOf(ref.asText())));
        roadshow.withArray("invitees").forEach(ref -> body.withArray("invitees").add(idOf(ref.asText())));
        return body;
    }

    private void needs() {
        Map<String, Map<String, String>> byEnterprise = new HashMap<>();
        for (JsonNode need : data.withArray("needs")) {
            String enterpriseId = idOf(need.get("enterprise").asText());
            String existing = byEnterprise.computeIfAbsent(enterpriseId, enterprise -> byKey(
                    api.list("/api/v1/needs?enterpriseId=" + enterprise), item -> item.get("title").asText()))
                    .get(need.get("title").asText());
            ids.put(ref(need), foundOrCreated("needs", existing, "/api/v1/needs",
                    () -> body(need, "ref", "enterprise").put("enterpriseId", enterpriseId)));
            buyers.put(ref(need), enterpriseId);
        }
    }

    private void deals() {
        for (JsonNode deal : data.withArray("deals")) {
            String achievementId = idOf(deal.get("achievement").asText());
            String enterpriseId = idOf(deal.get("enterprise").asText());
            List<JsonNode> existing = api.list("/api/v1/deals?achievementId=" + achievementId
                    + "&enterpriseId=" + enterpriseId);
            JsonNode current;
            if (existing.isEmpty()) {
                ObjectNode body = (ObjectNode) deal.get("terms").deepCopy();
                body.put("achievementId", achievementId).put("enterpriseId", enterpriseId)
                        .put("institutionId", sellers.get(deal.get("achievement").asText()));
                optionalRef(deal, "roadshow").ifPresent(id -> body.put("roadshowId", id));
                optionalRef(deal, "need").ifPresent(id -> body.put("needId", id));
                current = api.call("POST", "/api/v1/deals", body, "demo-" + ref(deal), 201).body();
                tally.created("deals");
            } else {
                current = existing.get(0);
                tally.found("deals");
            }
            String dealId = current.get("id").asText();
            moveForward(dealId, current.get("stage").asText(), deal);
            payments(dealId, deal);
        }
    }

    private void moveForward(String dealId, String stage, JsonNode deal) {
        int target = STAGES.indexOf(deal.path("stage").asText("INTENT"));
        for (int next = STAGES.indexOf(stage) + 1; next >= 1 && next <= target; next++) {
            ObjectNode move = JsonNodeFactory.instance.objectNode().put("to", STAGES.get(next));
            if (deal.hasNonNull("note")) {
                move.put("note", deal.get("note").asText());
            }
            api.call("POST", "/api/v1/deals/" + dealId + "/transitions", move, null, 200);
            tally.created("stage moves");
        }
    }

    private void payments(String dealId, JsonNode deal) {
        int recorded = api.get("/api/v1/deals/" + dealId + "/payments").get("items").size();
        List<JsonNode> payments = list(deal.path("payments"));
        for (int i = recorded; i < payments.size(); i++) {
            api.call("POST", "/api/v1/deals/" + dealId + "/payments", payments.get(i),
                    "demo-" + ref(deal) + "-payment-" + i, 201);
            tally.created("payments");
        }
        tally.add("payments", "found", Math.min(recorded, payments.size()));
    }

    /** Each interest opens a deal in the deal-service; waiting for it keeps a rerun's answer exact. */
    private void interests() {
        for (JsonNode interest : data.withArray("interests")) {
            String achievementId = idOf(interest.get("achievement").asText());
            String needId = idOf(interest.get("need").asText());
            String dealsOfPair = "/api/v1/deals?achievementId=" + achievementId + "&enterpriseId="
                    + buyers.get(interest.get("need").asText());
            if (!api.list(dealsOfPair).isEmpty()) {
                tally.found("interests");
                continue;
            }
            await("achievement " + achievementId + " to be matchable", () -> api.send("GET",
                    "/api/v1/achievements/" + achievementId + "/matches?limit=1", null, null).status() == 200);
            api.call("POST", "/api/v1/needs/" + needId + "/interests",
                    JsonNodeFactory.instance.objectNode().put("achievementId", achievementId), null, 202);
            await("the deal of need " + needId + " to open", () -> !api.list(dealsOfPair).isEmpty());
            tally.created("interests");
        }
    }

    /** Events take a moment to reach the other services; this waits for their effect. */
    private static void await(String what, BooleanSupplier done) {
        Instant deadline = Instant.now().plus(EVENTS_WITHIN);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("waited " + EVENTS_WITHIN.toSeconds() + " s for " + what
                        + "; are the services consuming their events?");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** The id found already, else that of the item created from the body; counted either way. */
    private String foundOrCreated(String kind, String existing, String path, Supplier<ObjectNode> body) {
        if (existing != null) {
            tally.found(kind);
            return existing;
        }
        tally.created(kind);
        return api.call("POST", path, body.get(), null, 201).body().get("id").asText();
    }

    private String idOf(String ref) {
        String id = ids.get(ref);
        if (id == null) {
            throw new IllegalArgumentException("the demo data refers to '" + ref + "' before defining it");
        }
        return id;
    }

    private Optional<String> optionalRef(JsonNode item, String field) {
        return item.hasNonNull(field) ? Optional.of(idOf(item.get(field).asText())) : Optional.empty();
    }

    /**
     * Names are not unique (anyone may register another 太原理工大学), so an institution is the
     * demo's only when name, English name, type and region all agree.
     */
    private static String institutionKey(JsonNode institution) {
        return String.join("|", institution.path("name").asText(), institution.path("nameEn").asText(""),
                institution.path("type").asText(), institution.path("region").asText());
    }

    private static String roadshowKey(JsonNode roadshow) {
        return roadshow.path("title").asText() + "|" + roadshow.path("date").asText();
    }

    private static String ref(JsonNode item) {
        return item.get("ref").asText();
    }

    /** The item as a request body: itself without the seeder's own fields. */
    private static ObjectNode body(JsonNode item, String... seedOnly) {
        ObjectNode body = item.deepCopy();
        body.remove(List.of(seedOnly));
        return body;
    }

    private static <T> Map<String, T> byKey(List<JsonNode> items, Function<JsonNode, String> key,
            Function<JsonNode, T> value) {
        Map<String, T> map = new HashMap<>();
        items.forEach(item -> map.putIfAbsent(key.apply(item), value.apply(item)));
        return map;
    }

    private static Map<String, String> byKey(List<JsonNode> items, Function<JsonNode, String> key) {
        return byKey(items, key, item -> item.get("id").asText());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
