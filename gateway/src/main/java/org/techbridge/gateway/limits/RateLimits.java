package org.techbridge.gateway.limits;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.techbridge.gateway.GatewayConfig;
import org.techbridge.gateway.web.Problems;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;

/**
 * A token bucket per caller (Bucket4j): {@code burst} requests at once, refilled at
 * {@code perSecond}. Over the limit the caller gets {@code 429} with {@code Retry-After}. Buckets of
 * callers gone quiet are dropped.
 */
@ApplicationScoped
public class RateLimits {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();
    private final long perSecond;
    private final long burst;

    RateLimits(GatewayConfig config) {
        this.perSecond = config.rateLimit().perSecond();
        this.burst = config.rateLimit().burst();
    }

    /**
     * Takes a token from the caller's bucket (by verified subject, else by client address); when
     * none is left, answers 429 and says no.
     */
    public boolean admits(HttpServerRequest request, String subject) {
        String caller = subject != null ? "sub:" + subject : "ip:" + addressOf(request);
        Bucket bucket = buckets.get(caller, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1))).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            request.response().putHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
            return true;
        }
        long seconds = Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / 1e9));
        request.response().putHeader("Retry-After", String.valueOf(seconds));
        Problems.send(request, 429, "Too Many Requests",
                "More than " + perSecond + " requests a second; try again in " + seconds + " s");
        return false;
    }

    private static String addressOf(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
