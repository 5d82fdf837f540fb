package org.techbridge.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A CloudEvents 1.0 envelope in JSON structured mode: the one shape of every record on every
 * TechBridge topic. The record key is the aggregate id, which is also {@code subject}.
 *
 * @param traceparent the W3C trace context of the request that caused the event (CloudEvents
 *                    distributed-tracing extension), so one request can be followed across Kafka
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent<T>(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String traceparent,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public CloudEvent {
        if (!SPEC_VERSION.equals(specversion)) {
            throw new IllegalArgumentException("specversion must be " + SPEC_VERSION + ", was " + specversion);
        }
        requireText(id, "id");
        requireText(source, "source");
        requireText(type, "type");
    }

    /** A new event with a fresh id, stamped now. */
    public static <T> CloudEvent<T> of(String source, String type, String subject, T data) {
        return new CloudEvent<>(SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject,
                Instant.now(), JSON, null, data);
    }

    public CloudEvent<T> withTraceparent(String traceparent) {
        return new CloudEvent<>(specversion, id, source, type, subject, time, datacontenttype, traceparent, data);
    }

    private static void requireText(String value, String name) {
        if (Objects.requireNonNull(value, name + " is required").isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
