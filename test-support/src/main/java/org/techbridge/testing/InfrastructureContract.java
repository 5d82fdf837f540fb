package org.techbridge.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.smallrye.common.annotation.Identifier;

/**
 * What every stateful service must show against the real infrastructure: its migrations ran on
 * its own PostgreSQL database, it reaches the real Kafka broker with its own settings, and its
 * readiness says so. A service's {@code @QuarkusTest} extends this and names its database.
 */
public abstract class InfrastructureContract {

    @Inject
    DataSource dataSource;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    /** The test database of the service, e.g. {@code achievement_test}. */
    protected abstract String expectedDatabase();

    @Test
    void baselineMigrationRanOnTheServicesOwnDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(expectedDatabase(), single(connection, "select current_database()"));
            assertEquals("true", single(connection,
                    "select success::text from flyway_schema_history where version = '1'"));
            assertEquals("outbox_event", single(connection, "select to_regclass('outbox_event')::text"));
            assertEquals("processed_event", single(connection, "select to_regclass('processed_event')::text"));
        }
    }

    @Test
    void aRecordProducedWithTheServicesKafkaSettingsIsConsumedBack() {
        String value = expectedDatabase() + " " + UUID.randomUUID();

        assertEquals(value, KafkaRoundTrip.sendAndReceive(kafkaConfig, "techbridge.selftest", value));
    }

    @Test
    void readinessReachesDatabaseAndKafka() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem(startsWith("Database")))
                .body("checks.name", hasItem(startsWith("Kafka")))
                .body("checks.status", everyItem(is("UP")));
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            assertTrue(rows.next(), "no row for " + sql);
            return rows.getString(1);
        }
    }
}
