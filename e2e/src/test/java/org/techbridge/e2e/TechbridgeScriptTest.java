package org.techbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.techbridge.e2e.Script.Result;
import org.techbridge.testing.KafkaRoundTrip;

/**
 * Drives {@code ./techbridge infra} on ports and a state directory of its own, so it starts a
 * private PostgreSQL cluster and a fresh Kafka broker beside whatever the suite itself runs on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TechbridgeScriptTest {

    private static final Path STATE = Path.of("target/script-test-run").toAbsolutePath();

    private static int pgPort;
    private static int kafkaPort;
    private static int controllerPort;

    @BeforeAll
    static void startFromNothing() throws IOException {
        deleteRecursively(STATE);
        pgPort = freePort();
        kafkaPort = freePort();
        controllerPort = freePort();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        run("infra", "down");
    }

    @Test
    @Order(1)
    void infraUpStartsARealPostgresAndKafkaAndCreatesTheDatabases() throws Exception {
        Result up = run("infra", "up");

        assertEquals(0, up.exitCode(), up.output());
        assertTrue(up.output().contains("initialising a private PostgreSQL cluster"), up.output());
        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + pgPort + "/deal", "postgres", "");
                ResultSet row = db.createStatement().executeQuery("select current_database()")) {
            assertTrue(row.next());
            assertEquals("deal", row.getString(1));
        }
        String value = UUID.randomUUID().toString();
        assertEquals(value, KafkaRoundTrip.sendAndReceive(
                Map.of("bootstrap.servers", "127.0.0.1:" + kafkaPort), "techbridge.selftest", value));
    }

    @Test
    @Order(2)
    void infraUpAgainReusesWhatRunsInsteadOfStartingASecondBroker() throws Exception {
        String kafkaPid = Files.readString(STATE.resolve("pids/kafka.pid")).trim();

        Result again = run("infra", "up");

        assertEquals(0, again.exitCode(), again.output());
        assertTrue(again.output().contains("PostgreSQL already running (ours)"), again.output());
        assertTrue(again.output().contains("Kafka already running (ours, pid " + kafkaPid + ")"), again.output());
        assertEquals(kafkaPid, Files.readString(STATE.resolve("pids/kafka.pid")).trim());
        assertEquals(1, brokersOn(STATE), "exactly one broker on the state directory");
    }

    @Test
    @Order(3)
    void infraDownStopsBothAndLeavesNoProcessBehind() throws Exception {
        long kafkaPid = Long.parseLong(Files.readString(STATE.resolve("pids/kafka.pid")).trim());
        long postgresPid = Long.parseLong(Files.readAllLines(STATE.resolve("postgres/data/postmaster.pid")).get(0));

        Result down = run("infra", "down");

        assertEquals(0, down.exitCode(), down.output());
        assertFalse(ProcessHandle.of(kafkaPid).map(ProcessHandle::isAlive).orElse(false));
        assertFalse(ProcessHandle.of(postgresPid).map(ProcessHandle::isAlive).orElse(false));
        assertFalse(listening(kafkaPort));
        assertFalse(listening(pgPort));
        assertEquals(0, brokersOn(STATE));
    }

    @Test
    @Order(4)
    void kafkaIsNotStartedWhenItsControllerPortIsTaken() throws Exception {
        try (ServerSocket squatter = new ServerSocket(controllerPort, 50, InetAddress.getLoopbackAddress())) {
            Result up = run("infra", "up");

            assertNotEquals(0, up.exitCode(), up.output());
            assertTrue(up.output().contains("port " + controllerPort + " is taken"), up.output());
            assertEquals(0, brokersOn(STATE));
        } finally {
            run("infra", "down");
        }
    }

    private static Result run(String... args) throws Exception {
        return Script.run(Map.of(
                "TECHBRIDGE_RUN_DIR", STATE.toString(),
                "PGHOST", "127.0.0.1",
                "PGPORT", String.valueOf(pgPort),
                "KAFKA_PORT", String.valueOf(kafkaPort),
                "KAFKA_CONTROLLER_PORT", String.valueOf(controllerPort),
                "KAFKA_HEAP", "-Xmx256m"), args);
    }

    private static long brokersOn(Path state) {
        String serverProperties = state.resolve("kafka/server.properties").toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(serverProperties)).orElse(false))
                .count();
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
