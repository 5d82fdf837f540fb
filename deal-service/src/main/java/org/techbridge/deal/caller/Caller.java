package org.techbridge.deal.caller;

import jakarta.enterprise.context.RequestScoped;

import org.techbridge.platform.web.Params;

import io.vertx.core.http.HttpServerRequest;

/**
 * Who is making the current request, as the stage history and payments record it. Until the
 * services verify tokens this is the optional {@code X-Caller} header (else "anonymous"); the
 * identity issue fills it from the JWT's subject instead, and nothing else has to change.
 */
@RequestScoped
public class Caller {

    public static final String HEADER = "X-Caller";
    public static final String DESCRIPTION = "who is calling, for the history (until the services check tokens)";
    static final String ANONYMOUS = "anonymous";

    private final HttpServerRequest request;

    Caller(HttpServerRequest request) {
        this.request = request;
    }

    public String name() {
        String name = Params.text(request.getHeader(HEADER), HEADER, 100);
        return name == null ? ANONYMOUS : name;
    }
}
