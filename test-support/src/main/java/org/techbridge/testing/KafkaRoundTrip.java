package org.techbridge.testing;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/** Sends a record to the real broker and reads it back, with the caller's client settings. */
public final class KafkaRoundTrip {

    private KafkaRoundTrip() {
    }

    /**
     * Produces {@code value} under a fresh key to {@code topic} and returns the value a new
     * consumer group reads back under that key (older records on the topic are skipped).
     */
    public static String sendAndReceive(Map<String, Object> clientConfig, String topic, String value) {
        String key = UUID.randomUUID().toString();
        try (var producer = new KafkaProducer<>(producerConfig(clientConfig), new StringSerializer(),
                new StringSerializer());
                var consumer = new KafkaConsumer<>(consumerConfig(clientConfig), new StringDeserializer(),
                        new StringDeserializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
            consumer.subscribe(List.of(topic));
            return Awaitility.await("record " + key + " on " + topic)
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> find(consumer, key), Optional::isPresent)
                    .orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka round trip on " + topic + " failed", e);
        }
    }

    private static Optional<String> find(KafkaConsumer<String, String> consumer, String key) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
            if (key.equals(record.key())) {
                return Optional.of(record.value());
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> producerConfig(Map<String, Object> clientConfig) {
        Map<String, Object> config = bootstrapOnly(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }

    private static Map<String, Object> consumerConfig(Map<String, Object> clientConfig) {
        Map<String, Object> config = bootstrapOnly(clientConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "techbridge-selftest-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return config;
    }

    private static Map<String, Object> bootstrapOnly(Map<String, Object> clientConfig) {
        Object servers = clientConfig.get("bootstrap.servers");
        if (servers == null) {
            throw new IllegalArgumentException("no bootstrap.servers in " + clientConfig.keySet());
        }
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", servers);
        return config;
    }
}
