package org.techbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./techbridge seed}: loads the demo roadshow series through the gateway.
 *
 * <p>Usage: {@code Seed [GATEWAY_URL] [DATA_FILE]}, the token in {@code TECHBRIDGE_TOKEN} (a
 * broker's: the platform operator enters what happened at the roadshows).
 */
public final class Seed {

    static final String BUNDLED = "/demo/roadshow-series.json";

    private Seed() {
    }

    public static void main(String[] args) throws IOException {
        URI gateway = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
        String token = System.getenv("TECHBRIDGE_TOKEN");
        if (token == null || token.isBlank()) {
            System.err.println("seed: TECHBRIDGE_TOKEN must hold a broker's bearer token");
            System.exit(2);
        }
        JsonNode data = args.length > 1 ? read(Files.newInputStream(Path.of(args[1]))) : bundled();
        try {
            Tally tally = load(gateway, token, data);
            System.out.print(tally);
            System.out.println(tally.created() == 0 ? "demo data already loaded; nothing changed" : "demo data loaded");
        } catch (RuntimeException e) {
            System.err.println("seed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Loads {@code data} through the gateway with a broker's token; says what it created. */
    public static Tally load(URI gateway, String token, JsonNode data) {
        return new Seeder(new Api(gateway, token), data).run();
    }

    /** The demo roadshow series shipped with this module. */
    public static JsonNode bundled() throws IOException {
        return read(Seed.class.getResourceAsStream(BUNDLED));
    }

    private static JsonNode read(InputStream in) throws IOException {
        try (in) {
            return new ObjectMapper().readTree(in);
        }
    }
}
