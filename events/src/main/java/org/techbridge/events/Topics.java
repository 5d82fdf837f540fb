package org.techbridge.events;

/** Kafka topics, one per aggregate type; the record key is the aggregate id. */
public final class Topics {

    public static final String ACHIEVEMENTS = "techbridge.achievements";
    public static final String NEEDS = "techbridge.needs";
    public static final String MATCHES = "techbridge.matches";
    public static final String DEALS = "techbridge.deals";

    private Topics() {
    }

    /** Where a consumer sends the records of {@code topic} it cannot process. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
