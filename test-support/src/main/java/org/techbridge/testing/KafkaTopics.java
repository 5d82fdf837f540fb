package org.techbridge.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/** Writes records to and looks for records on real topics, for tests of producers and consumers. */
public final class KafkaTopics {

    private KafkaTopics() {
    }

    public static void send(Map<String, Object> clientConfig, String topic, String key, String value) {
        try (var producer = new KafkaProducer<>(bootstrap(clientConfig), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** Reads {@code topic} from its start until a record matches, for at most 30 s. */
    public static ConsumerRecord<String, String> await(Map<String, Object> clientConfig, String topic,
            Predicate<ConsumerRecord<String, String>> match) {
        Map<String, Object> config = bootstrap(clientConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "techbridge-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            return Awaitility.await("a matching record on " + topic)
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> poll(consumer, match), Optional::isPresent)
                    .orElseThrow();
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Optional<ConsumerRecord<String, String>> poll(KafkaConsumer<String, String> consumer,
            Predicate<ConsumerRecord<String, String>> match) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
            if (match.test(record)) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> bootstrap(Map<String, Object> clientConfig) {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", clientConfig.get("bootstrap.servers"));
        return config;
    }
}
