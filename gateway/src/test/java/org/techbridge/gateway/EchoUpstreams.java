package org.techbridge.gateway;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * Three real HTTP servers standing in for the services behind the gateway: each answers with
 * what it received (its own name, method, URI, headers, body size), so a test sees what the
 * proxy passed on. {@code X-Test-Status} picks the status and {@code X-Test-Delay-Ms} holds the
 * answer back. The services themselves are played through the gateway by the e2e module.
 */
public class EchoUpstreams implements QuarkusTestResourceLifecycleManager {

    private static final Vertx VERTX = Vertx.vertx();
    private static final Map<String, HttpServer> SERVERS = new HashMap<>();
    private static final Map<String, Integer> PORTS = new HashMap<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String name : new String[] {"achievement", "matching", "deal"}) {
            startUpstream(name);
            config.put("techbridge.gateway.upstreams." + name, "http://127.0.0.1:" + PORTS.get(name));
        }
        return config;
    }

    @Override
    public void stop() {
        SERVERS.keySet().stream().toList().forEach(EchoUpstreams::stopUpstream);
        VERTX.close().toCompletionStage().toCompletableFuture().join();
    }

    /** Starts (or starts again, on its former port) the stand-in for one service. */
    public static void startUpstream(String name) {
        HttpServer server = VERTX.createHttpServer()
                .requestHandler(request -> request.body().onSuccess(body -> answer(name, request, body.length())))
                .listen(PORTS.getOrDefault(name, 0), "127.0.0.1")
                .toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        SERVERS.put(name, server);
        PORTS.put(name, server.actualPort());
    }

    public static void stopUpstream(String name) {
        SERVERS.remove(name).close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    private static void answer(String name, HttpServerRequest request, int bodyLength) {
        if (request.path().equals("/q/health/ready")) {
            request.response().end(new JsonObject().put("status", "UP").encode());
            return;
        }
        JsonObject headers = new JsonObject();
        request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(), header.getValue()));
        JsonObject echo = new JsonObject().put("upstream", name).put("method", request.method().name())
                .put("uri", request.uri()).put("headers", headers).put("bodyLength", bodyLength);
        int status = Integer.parseInt(request.headers().get("X-Test-Status") == null ? "200" : request.getHeader("X-Test-Status"));
        long delay = Long.parseLong(request.headers().get("X-Test-Delay-Ms") == null ? "0" : request.getHeader("X-Test-Delay-Ms"));
        Runnable send = () -> request.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .putHeader("X-Upstream", name).end(echo.encode());
        if (delay > 0) {
            VERTX.setTimer(delay, id -> send.run());
        } else {
            send.run();
        }
    }
}
