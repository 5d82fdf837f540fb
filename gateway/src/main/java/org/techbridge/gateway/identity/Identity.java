package org.techbridge.gateway.identity;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.techbridge.gateway.web.Problems;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The first check on {@code /api}: a bearer token, when sent, must be valid (RS256, trusted key,
 * issuer, not expired), else {@code 401}; a write needs a token ({@code 401}) of a role that may
 * write ({@code 403} for {@code partner}, which only reads). Whether the caller may touch the
 * particular resource is for the owning service to say: it checks the same token again.
 */
@ApplicationScoped
public class Identity {

    /** The verified token's subject, kept on the routing context for the rate limit. */
    public static final String SUBJECT = "techbridge.subject";
    static final int ORDER = 50;
    private static final Set<String> WRITERS = Set.of("institution", "enterprise", "broker");
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final JWTParser parser;

    Identity(JWTParser parser) {
        this.parser = parser;
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String authorization = request.getHeader("Authorization");
        JsonWebToken token = null;
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                refuse(request, 401, "Unauthorized", "Authorization must be a bearer token");
                return;
            }
            try {
                token = parser.parse(authorization.substring(7).trim());
            } catch (ParseException e) {
                refuse(request, 401, "Unauthorized", "The bearer token is not valid: expired, or not signed by the trusted issuer");
                return;
            }
        }
        if (!READS.contains(request.method())) {
            if (token == null) {
                refuse(request, 401, "Unauthorized", "Changes need a bearer token");
                return;
            }
            if (token.getGroups().stream().noneMatch(WRITERS::contains)) {
                Problems.send(request, 403, "Forbidden", "The roles " + token.getGroups() + " may only read");
                return;
            }
        }
        if (token != null) {
            context.put(SUBJECT, token.getSubject());
        }
        context.next();
    }

    private static void refuse(HttpServerRequest request, int status, String title, String detail) {
        request.response().putHeader("WWW-Authenticate", "Bearer");
        Problems.send(request, status, title, detail);
    }
}
