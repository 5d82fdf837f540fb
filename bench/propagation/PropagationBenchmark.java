import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event propagation: how long after an achievement is published through the gateway the
 * matching-service can match it. Publishes N achievements at a steady pace (each a POST then a
 * publish, through the gateway, with a broker's token) while one poller asks the matching-service
 * for each pending achievement's matches; an achievement is matchable when the answer is 200 (it is
 * in the matcher's index). Reports p50/p90/p99/max of publish-request-sent → matchable.
 *
 * <p>Run with {@code bench/propagation.sh}; plain Java, no dependencies:
 * {@code java PropagationBenchmark.java GATEWAY MATCHING COUNT PER_SECOND} with TOKEN set.
 */
public class PropagationBenchmark {

    /** often enough to resolve latency, rarely enough not to load the service measured */
    private static final long POLL_MILLIS = 10;
    /** under the gateway's per-caller rate limit (50/s) */
    private static final long WITHDRAW_PAUSE_MILLIS = 25;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final List<Long> PUBLISH_CALLS = Collections.synchronizedList(new ArrayList<>());
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        URI gateway = URI.create(args[0]);
        URI matching = URI.create(args[1]);
        int count = Integer.parseInt(args[2]);
        double perSecond = Double.parseDouble(args[3]);
        String token = System.getenv("TOKEN");
        String run = Long.toString(System.currentTimeMillis(), 36);

        String institution = id(send(gateway, "POST", "/api/v1/institutions", token, """
                {"name": "传播基准大学 %s", "type": "UNIVERSITY", "region": "山西省太原市"}""".formatted(run), 201));

        Map<String, Long> pending = new ConcurrentHashMap<>();
        List<String> published = Collections.synchronizedList(new ArrayList<>());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Thread poller = new Thread(() -> poll(matching, pending, latencies), "poller");
        poller.setDaemon(true);
        poller.start();

        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = (long) (1_000_000_000L / perSecond);
        for (int i = 0; i < count; i++) {
            int n = i;
            pace.schedule(() -> publishOne(gateway, token, institution, run, n, pending, published), n * periodNanos,
                    TimeUnit.NANOSECONDS);
        }
        pace.shutdown();
        pace.awaitTermination(10, TimeUnit.MINUTES);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (latencies.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        report(count, perSecond, latencies);
        // withdrawn, the run's achievements leave the matcher's index: the next run starts alike
        for (String id : published) {
            send(gateway, "POST", "/api/v1/achievements/" + id + "/withdraw", token, null, 200);
            Thread.sleep(WITHDRAW_PAUSE_MILLIS);
        }
    }

    private static void publishOne(URI gateway, String token, String institution, String run, int n,
            Map<String, Long> pending, List<String> published) {
        try {
            String id = id(send(gateway, "POST", "/api/v1/achievements", token, """
                    {"title": "传播基准成果 %s-%d 高效光伏组件", "summary": "用于测量事件传播时间的基准成果：高效光伏组件封装工艺",
                     "domain": "ENERGY", "keywords": ["光伏", "组件"], "trl": 6, "ipType": "PATENT",
                     "institutionId": "%s", "region": "山西省太原市", "transferModes": ["LICENSE"]}"""
                    .formatted(run, n, institution), 201));
            long sent = System.nanoTime();
            pending.put(id, sent);
            published.add(id);
            send(gateway, "POST", "/api/v1/achievements/" + id + "/publish", token, null, 200);
            PUBLISH_CALLS.add(System.nanoTime() - sent);
        } catch (Exception e) {
            System.err.println("publish " + n + " failed: " + e.getMessage());
        }
    }

    private static void poll(URI matching, Map<String, Long> pending, List<Long> latencies) {
        while (true) {
            for (Map.Entry<String, Long> entry : pending.entrySet()) {
                try {
                    HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(
                            matching.resolve("/api/v1/achievements/" + entry.getKey() + "/matches?limit=1")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (answer.statusCode() == 200) {
                        latencies.add(System.nanoTime() - entry.getValue());
                        pending.remove(entry.getKey());
                    }
                } catch (Exception e) {
                    System.err.println("poll: " + e.getMessage());
                }
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void report(int count, double perSecond, List<Long> latencies) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("published %d achievements at %.1f/s through the gateway; matchable: %d%n", count,
                perSecond, sorted.size());
        if (sorted.isEmpty()) {
            return;
        }
        System.out.printf("publish sent -> matchable: p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                millis(sorted, 0.50), millis(sorted, 0.90), millis(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1e6);
        List<Long> calls = new ArrayList<>(PUBLISH_CALLS);
        Collections.sort(calls);
        System.out.printf("of which the publish request itself: p50 %.0f ms, p99 %.0f ms%n", millis(calls, 0.50),
                millis(calls, 0.99));
    }

    private static double millis(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static String send(URI base, String method, String path, String token, String json, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30));
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return answer.body();
    }

    private static String id(String json) {
        Matcher id = ID.matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return id.group(1);
    }
}
