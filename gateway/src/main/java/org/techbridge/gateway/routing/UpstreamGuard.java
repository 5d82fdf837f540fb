package org.techbridge.gateway.routing;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;
import org.techbridge.gateway.web.Problems;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Stands between the proxy and one upstream: turns a timeout into {@code 504} and an unreachable
 * service into {@code 503}, both problem+json, and counts failures (those and {@code 5xx}
 * answers) in a circuit breaker, which answers {@code 503} at once while the circuit is open.
 */
final class UpstreamGuard implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamGuard.class);

    private final String upstream;
    private final CircuitBreaker breaker;
    /** Retry-After while the circuit is open: when the breaker will let a request through again. */
    private final String retryAfterSeconds;

    UpstreamGuard(String upstream, CircuitBreaker breaker, Duration resetAfter) {
        this.upstream = upstream;
        this.breaker = breaker;
        this.retryAfterSeconds = String.valueOf(Math.max(1, (resetAfter.toMillis() + 999) / 1000));
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return breaker.<ProxyResponse>execute(attempt -> context.sendRequest().onComplete(sent -> {
            if (sent.failed()) {
                attempt.fail(sent.cause());
            } else if (sent.result().getStatusCode() >= 500) {
                attempt.fail(new FailedAnswer(sent.result()));
            } else {
                attempt.complete(sent.result());
            }
        })).recover(failure -> Future.succeededFuture(answerFor(context, failure)));
    }

    private ProxyResponse answerFor(ProxyContext context, Throwable failure) {
        if (failure instanceof FailedAnswer answer) {
            // the service's own answer, passed on as it is
            return answer.response;
        }
        int status;
        String title;
        String detail;
        if (failure instanceof OpenCircuitException) {
            status = 503;
            title = "Service Unavailable";
            detail = "The " + upstream + " service failed repeatedly; the gateway is giving it a moment before trying again";
        } else if (failure instanceof TimeoutException) {
            status = 504;
            title = "Gateway Timeout";
            detail = "The " + upstream + " service did not answer in time";
        } else {
            status = 503;
            title = "Service Unavailable";
            detail = "The " + upstream + " service cannot be reached";
            LOG.warnf("%s unreachable: %s", upstream, failure.toString());
        }
        ProxyResponse response = context.request().release().response().setStatusCode(status)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .setBody(Body.body(Problems.body(status, title, detail, context.request().proxiedRequest().path())));
        if (failure instanceof OpenCircuitException) {
            response.putHeader("Retry-After", retryAfterSeconds);
        }
        return response;
    }

    /** A {@code 5xx} answer: a failure to the breaker, yet still what the caller receives. */
    private static final class FailedAnswer extends RuntimeException {

        private final transient ProxyResponse response;

        FailedAnswer(ProxyResponse response) {
            super(null, null, false, false);
            this.response = response;
        }
    }
}
