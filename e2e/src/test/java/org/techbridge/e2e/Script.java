package org.techbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the project's {@code ./techbridge} script as a user would, output and errors together. */
final class Script {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    record Result(int exitCode, String output) {
    }

    private Script() {
    }

    static Result run(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("techbridge").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().remove("KAFKA_BOOTSTRAP_SERVERS");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "techbridge " + String.join(" ", args) + " hung");
        return new Result(process.exitValue(), output);
    }
}
