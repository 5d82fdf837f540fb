package org.techbridge.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole of TechBridge as ops run it: the four services from their built jars, in their own
 * JVMs, against the real PostgreSQL and Kafka. A run gets fresh databases and its own topics and
 * ports and its own Kafka broker, so it never mixes with a stack started by {@code ./techbridge up}
 * or with other tests, and a test may take the broker away.
 */
final class Stack implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    /** One service: its module, its port, its database, the topics it knows and the channels it consumes. */
    record Service(String module, int port, String database, List<String> topics, List<String> channels) {
    }

    private static final List<String> AGGREGATES = List.of("achievements", "needs", "matches", "deals");
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    static final Service ACHIEVEMENT = new Service("achievement-service", 18081, "e2e_achievement",
            List.of("achievements", "deals"), List.of("deals"));
    static final Service MATCHING = new Service("matching-service", 18082, "e2e_matching",
            List.of("needs", "matches", "achievements"), List.of("achievements"));
    static final Service DEAL = new Service("deal-service", 18083, "e2e_deal",
            List.of("deals", "matches", "achievements"), List.of("matches", "achievements"));
    static final Service GATEWAY = new Service("gateway", 18080, null, List.of(), List.of());
    private static final List<Service> ALL = List.of(ACHIEVEMENT, MATCHING, DEAL, GATEWAY);

    private final String run = "e2e" + Long.toString(System.currentTimeMillis(), 36);
    private final Path logs = Script.ROOT.resolve("e2e/target/stack-logs");
    /** Its own PostgreSQL and Kafka, started by ./techbridge under target/, so a test may stop them. */
    private final Map<String, String> infrastructure = Map.of(
            "TECHBRIDGE_RUN_DIR", Script.ROOT.resolve("e2e/target/stack-run").toString(),
            "PGHOST", "127.0.0.1",
            "PGPORT", String.valueOf(freePort()),
            "KAFKA_PORT", String.valueOf(freePort()),
            "KAFKA_CONTROLLER_PORT", String.valueOf(freePort()),
            "KAFKA_HEAP", "-Xmx256m");
    private final Map<Service, Process> processes = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private Path publicKey;

    static Stack start() throws Exception {
        Stack stack = new Stack();
        try {
            stack.prepare();
            ALL.forEach(stack::launch);
            ALL.forEach(stack::awaitReady);
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    URI gateway() {
        return URI.create("http://127.0.0.1:" + GATEWAY.port());
    }

    String kafka() {
        return "127.0.0.1:" + infrastructure.get("KAFKA_PORT");
    }

    private String postgres() {
        return "//127.0.0.1:" + infrastructure.get("PGPORT") + "/";
    }

    /** Stops the stack's Kafka broker and waits for its exit; the services stay up. */
    void stopKafka() {
        infra("down", "kafka");
    }

    void startKafka() {
        infra("up");
    }

    /** Stops the stack's PostgreSQL and waits for its exit; the services stay up. */
    void stopDatabase() {
        infra("down", "postgres");
    }

    void startDatabase() {
        infra("up");
    }

    String topic(String aggregate) {
        return run + ".techbridge." + aggregate;
    }

    /** Stops a service as ops would (SIGTERM, then its shutdown hooks) and starts it again. */
    void restart(Service service) {
        stop(service);
        start(service);
    }

    /** Kills a service at once (SIGKILL): no shutdown hooks, whatever it was doing cut short. */
    void kill(Service service) {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts a stopped or killed service and waits until it is ready. */
    void start(Service service) {
        launch(service);
        awaitReady(service);
    }

    void stop(Service service) {
        Process process = processes.remove(service);
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        new ArrayList<>(processes.keySet()).forEach(this::stop);
        infra("down");
    }

    private void infra(String... command) {
        List<String> args = new ArrayList<>(List.of("infra"));
        args.addAll(List.of(command));
        try {
            Script.Result result = Script.run(infrastructure, args.toArray(String[]::new));
            if (result.exitCode() != 0) {
                throw new IllegalStateException("./techbridge " + args + " failed:\n" + result.output());
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("./techbridge " + args + " failed", e);
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void prepare() throws Exception {
        Files.createDirectories(logs);
        infra("up");
        publicKey = logs.resolve("jwt-public.pem");
        try (InputStream key = Stack.class.getResourceAsStream("/jwt/test-public.pem")) {
            Files.copy(key, publicKey, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Connection db = DriverManager.getConnection("jdbc:postgresql:" + postgres() + "postgres", "postgres", "postgres");
                Statement sql = db.createStatement()) {
            for (Service service : ALL) {
                if (service.database() != null) {
                    sql.execute("drop database if exists " + service.database() + " with (force)");
                    sql.execute("create database " + service.database());
                }
            }
        }
        try (Admin admin = admin()) {
            List<NewTopic> topics = new ArrayList<>();
            for (String aggregate : AGGREGATES) {
                topics.add(new NewTopic(topic(aggregate), 3, (short) 1));
                topics.add(new NewTopic(topic(aggregate) + ".dlq", 1, (short) 1));
            }
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
        }
    }

    private void launch(Service service) {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + service.port(),
                "-Dkafka.bootstrap.servers=" + kafka(),
                "-Dmp.jwt.verify.publickey.location=file:" + publicKey,
                "-Dmp.jwt.verify.issuer=https://techbridge.local"));
        if (service.database() != null) {
            command.add("-Dquarkus.datasource.jdbc.url=jdbc:postgresql:" + postgres() + service.database());
            service.topics().forEach(aggregate -> command.add("-Dtechbridge.topics." + aggregate + "=" + topic(aggregate)));
            service.channels().forEach(channel -> command.add(
                    "-Dmp.messaging.incoming." + channel + ".group.id=" + run + "-" + service.module()));
        } else {
            command.add("-Dtechbridge.gateway.upstreams.achievement=http://127.0.0.1:" + ACHIEVEMENT.port());
            command.add("-Dtechbridge.gateway.upstreams.matching=http://127.0.0.1:" + MATCHING.port());
            command.add("-Dtechbridge.gateway.upstreams.deal=http://127.0.0.1:" + DEAL.port());
        }
        command.addAll(List.of("-jar", jar(service).toString()));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(service.module() + ".log").toFile()));
            // ./techbridge test exports the shared broker's address, which the services would prefer
            builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", kafka());
            Process process = builder.start();
            processes.put(service, process);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + service.module(), e);
        }
    }

    private void awaitReady(Service service) {
        await(service.module() + " ready (log: e2e/target/stack-logs/" + service.module() + ".log)")
                .atMost(READY_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Process process = processes.get(service);
                    if (process == null || !process.isAlive()) {
                        throw new IllegalStateException(service.module() + " exited during start-up; see its log");
                    }
                    return ready(service);
                });
    }

    private boolean ready(Service service) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + service.port() + "/q/health/ready")).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path jar(Service service) {
        Path jar = Script.ROOT.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./techbridge test does)");
        }
        return jar;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", kafka()));
    }
}
