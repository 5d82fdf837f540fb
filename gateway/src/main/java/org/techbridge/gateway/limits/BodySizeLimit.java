package org.techbridge.gateway.limits;

import jakarta.enterprise.context.ApplicationScoped;

import org.techbridge.gateway.GatewayConfig;
import org.techbridge.gateway.web.Problems;

import io.vertx.core.http.HttpServerRequest;

/**
 * Refuses, with {@code 413}, a request whose declared body is larger than the gateway passes on.
 * A body sent in chunks without a length streams through and meets the service's own limit.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;

    BodySizeLimit(GatewayConfig config) {
        this.maxBytes = config.maxBodySize().asLongValue();
    }

    public boolean admits(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        long bytes;
        try {
            bytes = length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            Problems.send(request, 400, "Bad Request", "Content-Length is not a number");
            return false;
        }
        if (bytes > maxBytes) {
            // the body is not read: the connection closes after the answer
            request.response().putHeader("Connection", "close");
            Problems.send(request, 413, "Content Too Large",
                    "The request body has " + bytes + " bytes; at most " + maxBytes + " are accepted");
            return false;
        }
        return true;
    }
}
