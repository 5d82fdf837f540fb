package org.techbridge.gateway.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.techbridge.gateway.GatewayConfig;

/**
 * Reports the readiness of each upstream service. The gateway itself stays ready when one
 * upstream is not: the routes of the others still work, and a route to a missing service
 * answers 503 on its own.
 */
@Readiness
@ApplicationScoped
public class UpstreamsHealthCheck implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final GatewayConfig config;

    UpstreamsHealthCheck(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<String>> states = new TreeMap<>();
        config.upstreams().forEach((name, url) -> states.put(name, stateOf(url)));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Upstream services").up();
        states.forEach((name, state) -> response.withData(name, state.join()));
        return response.build();
    }

    private CompletableFuture<String> stateOf(URI upstream) {
        HttpRequest request = HttpRequest.newBuilder(upstream.resolve("/q/health/ready")).timeout(TIMEOUT).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> response.statusCode() == 200 ? "UP" : "DOWN (" + response.statusCode() + ")")
                .exceptionally(failure -> "UNREACHABLE");
    }
}
