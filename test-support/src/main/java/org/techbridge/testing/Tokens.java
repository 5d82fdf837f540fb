package org.techbridge.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;

/**
 * Bearer tokens for tests, signed (RS256) with the test key pair under {@code jwt/} in this
 * module; services and the gateway trust its public half in their {@code %test} profile only.
 * The key pair is for tests and nothing else.
 */
public final class Tokens {

    public static final String ISSUER = "https://techbridge.local";
    private static final String PRIVATE_KEY = "jwt/test-private.pem";

    private Tokens() {
    }

    /** A token of the platform operator, who may do everything (one per test run). */
    public static String broker() {
        return Broker.TOKEN;
    }

    private static final class Broker {
        static final String TOKEN = of("broker", null);
    }

    /** A token of someone in the given role acting for the organisation {@code org}. */
    public static String of(String role, UUID org) {
        return sign("test-" + role + (org == null ? "" : "-" + org), Set.of(role), org, Instant.now().plus(Duration.ofHours(1)));
    }

    /** Authorization header value for {@link #of}. */
    public static String bearer(String role, UUID org) {
        return "Bearer " + of(role, org);
    }

    /** Authorization header value of a token with a readable subject, e.g. for a history. */
    public static String bearerNamed(String subject, String role, UUID org) {
        return "Bearer " + sign(subject, Set.of(role), org, Instant.now().plus(Duration.ofHours(1)));
    }

    /** The subject of {@link #broker()}, as histories show it. */
    public static final String BROKER_SUBJECT = "test-broker";

    /** A token that expired an hour ago. */
    public static String expired(String role, UUID org) {
        return sign("test-" + role, Set.of(role), org, Instant.now().minus(Duration.ofHours(1)));
    }

    /** A well-formed token signed with a key nobody trusts. */
    public static String signedByAStranger(String role, UUID org) {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER).subject("stranger").groups(Set.of(role)).claim("org", String.valueOf(org))
                    .expiresAt(Instant.now().plus(Duration.ofHours(1))).sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(String subject, Set<String> groups, UUID org, Instant expiresAt) {
        var claims = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(groups)
                .issuedAt(expiresAt.minus(Duration.ofHours(2))).expiresAt(expiresAt);
        if (org != null) {
            claims.claim("org", org.toString());
        }
        return claims.jws().keyId("test").sign(PRIVATE_KEY);
    }
}
