package org.techbridge.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The outbox on {@code /q/metrics}: how many committed events have not reached Kafka yet and how
 * old the oldest is. A growing backlog means the broker is away or the relay is stuck; both read
 * the table at scrape time, through the partial index on unsent events.
 */
@ApplicationScoped
class OutboxMetrics {

    private static final String UNSENT = "select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) "
            + "from outbox_event where sent_at is null";

    private final MeterRegistry registry;
    private final AgroalDataSource dataSource;

    OutboxMetrics(MeterRegistry registry, AgroalDataSource dataSource) {
        this.registry = registry;
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent startup) {
        Gauge.builder("techbridge.outbox.backlog", this, metrics -> metrics.unsent(1))
                .description("Outbox events committed but not yet published to Kafka")
                .register(registry);
        Gauge.builder("techbridge.outbox.oldest.age", this, metrics -> metrics.unsent(2))
                .description("Age of the oldest unpublished outbox event (0 when none waits)")
                .baseUnit("seconds")
                .register(registry);
    }

    /** A column of the backlog query, or NaN while the database cannot answer. */
    private double unsent(int column) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(UNSENT)) {
            row.next();
            return row.getDouble(column);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
