package org.techbridge.platform.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.techbridge.platform.problem.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who makes the current request, from the verified bearer token: its subject, roles
 * ({@code groups}) and the organisation it acts for ({@code org}). Resources say which roles may
 * call them ({@code @RolesAllowed}); this answers the finer question, whether the caller may
 * touch a particular institution's or enterprise's resource.
 */
@RequestScoped
public class Caller {

    public static final String INSTITUTION = "institution";
    public static final String ENTERPRISE = "enterprise";
    public static final String BROKER = "broker";
    public static final String PARTNER = "partner";

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The token's subject, as histories record it; "anonymous" without a token. */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** The organisation (institution or enterprise) the caller acts for, when the token says. */
    public Optional<UUID> org() {
        Object org = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim("org") : null;
        if (org == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(org.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True for a broker, and for a caller in one of the roles acting for {@code owner}. */
    public boolean actsFor(UUID owner, String... roles) {
        if (is(BROKER)) {
            return true;
        }
        return owner != null && Arrays.stream(roles).anyMatch(this::is) && org().filter(owner::equals).isPresent();
    }

    /** Refuses with 403 unless {@link #actsFor} holds. */
    public void requireActingFor(UUID owner, String what, String... roles) {
        if (!actsFor(owner, roles)) {
            throw ProblemException.forbidden("Only " + String.join(" or ", roles)
                    + " users of its own organisation, or a broker, may change " + what);
        }
    }
}
