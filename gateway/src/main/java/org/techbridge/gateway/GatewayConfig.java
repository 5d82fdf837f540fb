package org.techbridge.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "techbridge.gateway")
public interface GatewayConfig {

    /** Base URL of each upstream service by short name (achievement, matching, deal). */
    Map<String, URI> upstreams();

    /** How long an upstream may stay silent before the gateway answers 504. */
    @WithDefault("10s")
    Duration timeout();

    /** Per upstream, a timeout other than {@link #timeout()}, e.g. for slower matching. */
    Map<String, Duration> timeouts();

    /** Largest request body the gateway passes on; larger ones are refused with 413. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    RateLimit rateLimit();

    CircuitBreaker circuitBreaker();

    /** Per caller (token subject, else client address): a token bucket. */
    interface RateLimit {

        /** Requests a caller may make per second, sustained. */
        @WithDefault("50")
        long perSecond();

        /** Requests a caller may make at once after a quiet spell. */
        @WithDefault("100")
        long burst();
    }

    /** Stops sending requests to an upstream that keeps failing, then tries it again. */
    interface CircuitBreaker {

        /** Failures in a row (unreachable, timeout, 5xx) that open the circuit. */
        @WithDefault("5")
        int maxFailures();

        /** How long the circuit stays open before one request is let through to try. */
        @WithDefault("10s")
        Duration resetAfter();
    }

    default Duration timeoutOf(String upstream) {
        return Optional.ofNullable(timeouts().get(upstream)).orElse(timeout());
    }
}
