package org.techbridge.gateway.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Every request carries an {@code X-Request-Id}: the caller's when it is a plain token, else a new
 * one. It goes on to the service (the proxy passes the request headers), back to the caller, and
 * into the access-log line ({@code quarkus.http.access-log.pattern}).
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final int ORDER = 10;
    /** Printable and short, so a caller cannot forge log lines with it. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            String id = context.request().getHeader(HEADER);
            if (id == null || !PLAIN.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
                context.request().headers().set(HEADER, id);
            }
            context.response().putHeader(HEADER, id);
            context.next();
        });
    }
}
