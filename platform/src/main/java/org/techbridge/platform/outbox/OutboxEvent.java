package org.techbridge.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An event waiting in the outbox table to be relayed to Kafka (see V1__baseline.sql). */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(insertable = false, updatable = false)
    public Long seq;
    public String topic;
    public String aggregateId;
    public String type;
    /** The whole CloudEvent, as sent. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String event;
    public Instant createdAt;
    public Instant sentAt;
    /** The W3C trace context the event was written in, sent as the record's traceparent header. */
    public String traceparent;
}
