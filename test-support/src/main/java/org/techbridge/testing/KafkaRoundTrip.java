package org.techbridge.testing;

import java.util.Map;
import java.util.UUID;

/** Sends a record to the real broker and reads it back, with the caller's client settings. */
public final class KafkaRoundTrip {

    private KafkaRoundTrip() {
    }

    /** Produces {@code value} under a fresh key to {@code topic} and returns the value read back under it. */
    public static String sendAndReceive(Map<String, Object> clientConfig, String topic, String value) {
        if (clientConfig.get("bootstrap.servers") == null) {
            throw new IllegalArgumentException("no bootstrap.servers in " + clientConfig.keySet());
        }
        String key = UUID.randomUUID().toString();
        KafkaTopics.send(clientConfig, topic, key, value);
        return KafkaTopics.await(clientConfig, topic, record -> key.equals(record.key())).value();
    }
}
