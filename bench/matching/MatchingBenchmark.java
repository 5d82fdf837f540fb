import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.techbridge.events.Domain;
import org.techbridge.events.TransferMode;
import org.techbridge.matching.engine.Candidate;
import org.techbridge.matching.engine.Glossary;
import org.techbridge.matching.engine.MatchEngine;
import org.techbridge.matching.engine.NeedQuery;
import org.techbridge.matching.engine.Weights;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Matching at scale, single thread: builds an index of N achievements generated from the dev
 * set's vocabulary, then times top-10 matching of every dev need against a bare BM25 query on the
 * same index. Run by bench/matching.sh.
 */
public class MatchingBenchmark {

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> achievements = read(json, dataset.resolve("achievements.jsonl"));
        List<JsonNode> needs = read(json, dataset.resolve("needs.jsonl"));

        List<Candidate> candidates = generate(achievements, size, new Random(42));
        MatchEngine engine = new MatchEngine(Glossary.standard(), Weights.DEFAULT);
        long start = System.nanoTime();
        engine.load(candidates);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        heapSettle();
        long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;

        List<NeedQuery> queries = needs.stream().map(MatchingBenchmark::need).toList();
        for (int warm = 0; warm < 5; warm++) {
            queries.forEach(q -> engine.match(q, 10));
            queries.forEach(q -> engine.bareBm25(q.title() + " " + q.description(), 10));
        }
        long[] full = time(rounds, queries, q -> engine.match(q, 10));
        long[] bare = time(rounds, queries, q -> engine.bareBm25(q.title() + " " + q.description(), 10));
        System.out.printf("achievements=%d build=%.1fs heapUsed=%dMB%n", size, buildSeconds, heapMb);
        System.out.printf("full matching top-10: p50=%.2fms p99=%.2fms (%d queries)%n", pct(full, 50), pct(full, 99),
                full.length);
        System.out.printf("bare BM25 top-10:     p50=%.2fms p99=%.2fms%n", pct(bare, 50), pct(bare, 99));
        System.out.printf("ratio full/bare: p50=%.2f p99=%.2f%n", pct(full, 50) / pct(bare, 50),
                pct(full, 99) / pct(bare, 99));
        engine.close();
    }

    /** Achievements recombined from the dev set: a base text with keywords and sentences of others. */
    static List<Candidate> generate(List<JsonNode> base, int size, Random random) {
        List<Candidate> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            JsonNode a = base.get(random.nextInt(base.size()));
            JsonNode b = base.get(random.nextInt(base.size()));
            List<String> keywords = new ArrayList<>(strings(a.path("keywords")));
            List<String> other = strings(b.path("keywords"));
            if (!other.isEmpty()) {
                keywords.add(other.get(random.nextInt(other.size())));
            }
            String[] sentences = b.path("summary").asText("").split("[。.]");
            String summary = a.path("summary").asText("") + sentences[random.nextInt(sentences.length)];
            Set<TransferMode> modes = EnumSet.noneOf(TransferMode.class);
            a.path("transferModes").forEach(m -> modes.add(TransferMode.valueOf(m.asText())));
            out.add(new Candidate("G" + i, a.path("title").asText() + " " + other.stream().findFirst().orElse(""),
                    summary, "", keywords, Domain.valueOf(a.path("domain").asText()),
                    Math.max(1, Math.min(9, a.path("trl").asInt(5) + random.nextInt(3) - 1)),
                    BigDecimal.valueOf(a.path("askingPriceWan").asLong(100) * (8_000 + random.nextInt(4_000))),
                    modes, a.path("region").asText()));
        }
        return out;
    }

    static NeedQuery need(JsonNode n) {
        Set<TransferMode> modes = EnumSet.noneOf(TransferMode.class);
        n.path("preferredModes").forEach(m -> modes.add(TransferMode.valueOf(m.asText())));
        return new NeedQuery(n.path("id").asText(), n.path("title").asText(), n.path("description").asText(),
                List.of(), Domain.valueOf(n.path("industry").asText()), n.path("minTrl").asInt(),
                BigDecimal.valueOf(n.path("budgetWan").asLong() * 10_000), n.path("region").asText(), modes);
    }

    interface Query {
        void run(NeedQuery need);
    }

    static long[] time(int rounds, List<NeedQuery> queries, Query query) {
        long[] nanos = new long[rounds * queries.size()];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (NeedQuery q : queries) {
                long t = System.nanoTime();
                query.run(q);
                nanos[i++] = System.nanoTime() - t;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    static double pct(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static List<JsonNode> read(ObjectMapper json, Path file) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(json.readTree(line));
            }
        }
        return rows;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    static void heapSettle() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }
}
