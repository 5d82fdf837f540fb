package org.techbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbridge.e2e.Script.Result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code ./techbridge token}: a bearer token for trying the API, signed with the local key pair. */
class TokenCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void printsOnItsLastLineAnRs256TokenTheLocalPublicKeyVerifies(@TempDir Path state) throws Exception {
        UUID org = UUID.randomUUID();

        Result result = Script.run(Map.of("TECHBRIDGE_RUN_DIR", state.toString()),
                "token", "--role", "enterprise", "--org", org.toString(), "--hours", "2");

        assertEquals(0, result.exitCode(), result.output());
        List<String> lines = result.output().lines().toList();
        String[] parts = lines.get(lines.size() - 1).split("\\.");
        assertEquals(3, parts.length, result.output());
        JsonNode header = decode(parts[0]);
        JsonNode claims = decode(parts[1]);
        assertEquals("RS256", header.path("alg").asText());
        assertEquals("https://techbridge.local", claims.path("iss").asText());
        assertEquals("enterprise", claims.path("groups").path(0).asText());
        assertEquals(org.toString(), claims.path("org").asText());
        assertEquals(2 * 3600, claims.path("exp").asLong() - claims.path("iat").asLong());

        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(publicKey(state.resolve("jwt/public.pem")));
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(parts[2])), "the signature does not verify");
    }

    @Test
    void refusesAnUnknownRoleAMissingOrganisationAndAnIdThatIsNoUuid(@TempDir Path state) throws Exception {
        Map<String, String> env = Map.of("TECHBRIDGE_RUN_DIR", state.toString());
        for (List<String> args : List.of(
                List.of("token", "--role", "admin"),
                List.of("token", "--role", "institution"),
                List.of("token", "--role", "enterprise", "--org", "42; rm -rf /"),
                List.of("token", "--role", "broker", "--sub", "\"}],\"groups\":[\"broker"))) {
            Result result = Script.run(env, args.toArray(String[]::new));
            assertNotEquals(0, result.exitCode(), args + " was accepted: " + result.output());
            assertTrue(result.output().startsWith("techbridge: "), result.output());
        }
    }

    private static JsonNode decode(String part) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(part));
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
