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
 * the table at scrape time (one query for both), through the partial index on unsent events.
 */
@ApplicationScoped
class OutboxMetrics {

    private static final String UNSENT = "select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) "
            + "from outbox_event where sent_at is null";

    /** Both gauges are read in one scrape: one query serves them for this long. */
    private static final long FRESH_NANOS = 1_000_000_000L;

    private final MeterRegistry registry;
    private final AgroalDataSource dataSource;
    private volatile Backlog last;

    /** What the query saw, and when. */
    private record Backlog(long readAt, double unsent, double oldestAgeSeconds) {
    }

    OutboxMetrics(MeterRegistry registry, AgroalDataSource dataSource) {
        this.registry = registry;
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent startup) {
        Gauge.builder("techbridge.outbox.backlog", this, metrics -> metrics.backlog().unsent())
                .description("Outbox events committed but not yet published to Kafka")
                .register(registry);
        Gauge.builder("techbridge.outbox.oldest.age", this, metrics -> metrics.backlog().oldestAgeSeconds())
                .description("Age of the oldest unpublished outbox event (0 when none waits)")
                .baseUnit("seconds")
                .register(registry);
    }

    /** The backlog as last read if that was a moment ago, else read now; NaN while the database cannot answer. */
    private Backlog backlog() {
        Backlog known = last;
        long now = System.nanoTime();
        if (known != null && now - known.readAt() < FRESH_NANOS) {
            return known;
        }
        Backlog read;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(UNSENT)) {
            row.next();
            read = new Backlog(now, row.getDouble(1), row.getDouble(2));
        } catch (SQLException e) {
            read = new Backlog(now, Double.NaN, Double.NaN);
        }
        last = read;
        return read;
    }
}
