package org.techbridge.gateway.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/** The gateway's own error answers, RFC 9457 problem details like the services'. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Buffer body(int status, String title, String detail, String instance) {
        return new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                .put("detail", detail).put("instance", instance).toBuffer();
    }

    /** Answers the request with a problem, unless an answer has begun already. */
    public static void send(HttpServerRequest request, int status, String title, String detail) {
        if (request.response().headWritten()) {
            request.response().reset();
            return;
        }
        request.response().setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE)
                .end(body(status, title, detail, request.path()));
    }
}
