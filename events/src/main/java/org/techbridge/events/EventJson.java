package org.techbridge.events;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads and writes {@link CloudEvent}s as JSON. Readers ignore fields they do not know, so a
 * producer may add fields without breaking older consumers.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private EventJson() {
    }

    public static String write(CloudEvent<?> event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an envelope whose data is of the given payload type. */
    public static <T> CloudEvent<T> read(String json, Class<T> dataType) {
        JavaType type = MAPPER.getTypeFactory().constructParametricType(CloudEvent.class, dataType);
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new MalformedEventException(e);
        }
    }

    /**
     * Reads an envelope leaving its data as a tree, to dispatch on {@code type} first. An empty
     * record, or one holding JSON null, is as malformed as broken JSON.
     */
    public static CloudEvent<JsonNode> readEnvelope(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException(new IllegalArgumentException("the record is empty"));
        }
        CloudEvent<JsonNode> event = read(json, JsonNode.class);
        if (event == null) {
            throw new MalformedEventException(new IllegalArgumentException("the record is JSON null"));
        }
        return event;
    }

    /** Converts the data of an envelope read by {@link #readEnvelope} to its payload type. */
    public static <T> T dataAs(CloudEvent<JsonNode> event, Class<T> dataType) {
        try {
            return MAPPER.treeToValue(event.data(), dataType);
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedEventException(e);
        }
    }
}
