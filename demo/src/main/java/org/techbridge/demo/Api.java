package org.techbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The public REST API as the seeder sees it: JSON in and out with a bearer token, waiting out
 * {@code 429} (the gateway's rate limit) and {@code 503} (a service still starting) before giving up.
 */
final class Api {

    /** An answer the seeder did not expect. */
    static final class ApiException extends RuntimeException {
        ApiException(String method, String path, int status, String body) {
            super(method + " " + path + " answered " + status + ": " + body);
        }
    }

    record Answer(int status, JsonNode body, String etag) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ATTEMPTS = 30;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    Api(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    JsonNode get(String path) {
        return call("GET", path, null, null, 200).body();
    }

    /** Sends a request and insists on one of the expected statuses. */
    Answer call(String method, String path, Object body, String idempotencyKey, int... expected) {
        Answer answer = send(method, path, body, idempotencyKey);
        for (int status : expected) {
            if (answer.status() == status) {
                return answer;
            }
        }
        throw new ApiException(method, path, answer.status(), answer.body().toString());
    }

    /** All items of a paged list, following pages of 100. */
    List<JsonNode> list(String path) {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode answer = get(path + separator + "size=100&page=" + page);
            answer.get("items").forEach(items::add);
            if (items.size() >= answer.get("total").asLong() || answer.get("items").isEmpty()) {
                return items;
            }
        }
    }

    Answer send(String method, String path, Object body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = exchange(request.build());
            int status = response.statusCode();
            if ((status == 429 || status == 503) && attempt < ATTEMPTS) {
                pause(response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L));
                continue;
            }
            JsonNode json = response.body().isEmpty() ? JSON.nullNode() : read(response.body());
            return new Answer(status, json, response.headers().firstValue("ETag").orElse(null));
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void pause(long seconds) {
        try {
            Thread.sleep(Duration.ofSeconds(Math.max(1, Math.min(seconds, 5))).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }
}
