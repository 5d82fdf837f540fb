package org.techbridge.gateway.routing;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.techbridge.gateway.GatewayConfig;
import org.techbridge.gateway.identity.Identity;
import org.techbridge.gateway.limits.BodySizeLimit;
import org.techbridge.gateway.limits.RateLimits;
import org.techbridge.gateway.web.Problems;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;

/**
 * The {@code /api/v1} routes: after the caller's token ({@link Identity}), the body-size and
 * rate limits, each request streams through
 * a Vert.x reverse proxy to the service that owns its path ({@link Routes}); method, headers,
 * body and status pass through as they are.
 */
@ApplicationScoped
public class ProxyRoutes {

    /** After CORS, the request id and the token check, which come first. */
    static final int ORDER = 100;

    private final Map<String, HttpProxy> proxies = new HashMap<>();

    void register(@Observes Router router, Vertx vertx, GatewayConfig config, RateLimits rateLimits,
            BodySizeLimit bodySizeLimit) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(64).setKeepAlive(true).setTcpNoDelay(true).setMaxWaitQueueSize(1_000));
        config.upstreams().forEach((name, url) -> proxies.put(name, proxy(vertx, client, config, name, url)));
        router.route("/api/*").order(ORDER).handler(context -> {
            if (!bodySizeLimit.admits(context.request())
                    || !rateLimits.admits(context.request(), context.get(Identity.SUBJECT))) {
                return;
            }
            HttpProxy proxy = Routes.ownerOf(context.normalizedPath()).map(proxies::get).orElse(null);
            if (proxy == null) {
                Problems.send(context.request(), 404, "Not Found", "No TechBridge resource lives at " + context.normalizedPath());
                return;
            }
            proxy.handle(context.request());
        });
    }

    private static HttpProxy proxy(Vertx vertx, HttpClient client, GatewayConfig config, String name, URI url) {
        SocketAddress address = SocketAddress.inetSocketAddress(url.getPort() > 0 ? url.getPort() : 80, url.getHost());
        long timeout = config.timeoutOf(name).toMillis();
        CircuitBreaker breaker = CircuitBreaker.create(name, vertx, new CircuitBreakerOptions()
                .setMaxFailures(config.circuitBreaker().maxFailures())
                .setResetTimeout(config.circuitBreaker().resetAfter().toMillis())
                // the request's own idle timeout applies; the breaker only counts
                .setTimeout(-1)
                .setNotificationAddress(null));
        return HttpProxy.reverseProxy(client)
                .origin(context -> context.client().request(new RequestOptions().setServer(address).setIdleTimeout(timeout)))
                .addInterceptor(new UpstreamGuard(name, breaker, config.circuitBreaker().resetAfter()));
    }
}
