package org.techbridge.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a seeding run created and what it found already in place, per kind of item. */
public final class Tally {

    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();

    void created(String kind) {
        add(kind, "created", 1);
    }

    void found(String kind) {
        add(kind, "found", 1);
    }

    void add(String kind, String outcome, int n) {
        counts.computeIfAbsent(kind, k -> new LinkedHashMap<>()).merge(outcome, n, Integer::sum);
    }

    public int created() {
        return counts.values().stream().mapToInt(byOutcome -> byOutcome.getOrDefault("created", 0)).sum();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        counts.forEach((kind, byOutcome) -> text.append(String.format("  %-13s %3d created, %3d already there%n",
                kind, byOutcome.getOrDefault("created", 0), byOutcome.getOrDefault("found", 0))));
        return text.toString();
    }
}
