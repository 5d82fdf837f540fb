import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A realistic mix through the gateway: 70 % reads (an achievement, a catalog search, a need),
 * 20 % matches (a need's top ten), 10 % writes (an enterprise posts a need). Each caller has its own
 * token and keeps a steady pace under the gateway's per-caller rate limit. Reports throughput,
 * p50/p99 per route, errors and each process's peak resident memory, then checks that every
 * accepted write can be read back.
 *
 * <p>Run with {@code bench/load.sh}; plain Java, no dependencies.
 */
public class LoadMix {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String[] SEARCHES = {"减速器", "苹果", "光伏", "hydrogen", "秸秆", "传感器"};

    private static final Map<String, List<Long>> LATENCIES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> STATUSES = new ConcurrentHashMap<>();
    private static final List<String> ACCEPTED = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws Exception {
        URI gateway = URI.create(args[0]);
        int seconds = Integer.parseInt(args[1]);
        double perCallerPerSecond = Double.parseDouble(args[2]);
        Path pids = Path.of(args[3]);
        List<String> tokens = System.getenv("TOKENS").lines().filter(t -> !t.isBlank()).toList();

        String enterprise = id(call(gateway, "POST", "/api/v1/institutions", tokens.get(0),
                "{\"name\": \"负载测试企业 " + System.nanoTime() + "\", \"type\": \"ENTERPRISE\", \"region\": \"山西省太原市\"}"));
        List<String> achievements = ids(call(gateway, "GET", "/api/v1/achievements?status=PUBLISHED&size=100", null, null));
        List<String> needs = ids(call(gateway, "GET", "/api/v1/needs?size=100", null, null));

        Map<String, Long> peakRss = new TreeMap<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> callers = new ArrayList<>();
        for (String token : tokens) {
            Thread caller = new Thread(() -> drive(gateway, token, enterprise, achievements, needs, end,
                    perCallerPerSecond));
            caller.start();
            callers.add(caller);
        }
        while (System.nanoTime() < end) {
            sampleRss(pids, peakRss);
            Thread.sleep(2_000);
        }
        for (Thread caller : callers) {
            caller.join();
        }
        report(seconds, tokens.size(), perCallerPerSecond, peakRss);
        verify(gateway, enterprise);
    }

    /** One caller: a request every 1/rate seconds, the kind drawn from the mix. */
    private static void drive(URI gateway, String token, String enterprise, List<String> achievements,
            List<String> needs, long end, double perSecond) {
        long period = (long) (1_000_000_000L / perSecond);
        long next = System.nanoTime();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (next < end) {
            int draw = random.nextInt(100);
            try {
                if (draw < 35) {
                    timed("GET /achievements/{id}", gateway, "GET", "/api/v1/achievements/"
                            + achievements.get(random.nextInt(achievements.size())), token, null);
                } else if (draw < 55) {
                    timed("GET /achievements?q=", gateway, "GET", "/api/v1/achievements?q="
                            + java.net.URLEncoder.encode(SEARCHES[random.nextInt(SEARCHES.length)], "UTF-8"), token, null);
                } else if (draw < 70) {
                    timed("GET /needs/{id}", gateway, "GET", "/api/v1/needs/" + needs.get(random.nextInt(needs.size())),
                            token, null);
                } else if (draw < 90) {
                    timed("GET /needs/{id}/matches", gateway, "GET", "/api/v1/needs/"
                            + needs.get(random.nextInt(needs.size())) + "/matches?limit=10", token, null);
                } else {
                    HttpResponse<String> posted = timed("POST /needs", gateway, "POST", "/api/v1/needs", token, """
                            {"enterpriseId": "%s", "title": "负载测试需求 %d", "description": "需要高精度谐波减速器用于机器人关节",
                             "industry": "ADVANCED_MANUFACTURING", "region": "山西省太原市"}""".formatted(enterprise,
                            random.nextInt()));
                    if (posted != null && posted.statusCode() == 201) {
                        ACCEPTED.add(id(posted.body()));
                    }
                }
            } catch (Exception e) {
                STATUSES.computeIfAbsent("exception " + e.getClass().getSimpleName(), k -> new AtomicLong())
                        .incrementAndGet();
            }
            next += period;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static HttpResponse<String> timed(String route, URI gateway, String method, String path, String token,
            String json) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = send(gateway, method, path, token, json);
        LATENCIES.computeIfAbsent(route, k -> Collections.synchronizedList(new ArrayList<>()))
                .add(System.nanoTime() - start);
        STATUSES.computeIfAbsent(route + " " + response.statusCode(), k -> new AtomicLong()).incrementAndGet();
        return response;
    }

    private static void report(int seconds, int callers, double perSecond, Map<String, Long> peakRss) {
        long total = LATENCIES.values().stream().mapToLong(List::size).sum();
        System.out.printf("%d callers at %.0f req/s each for %d s through the gateway: %d requests, %.0f req/s%n",
                callers, perSecond, seconds, total, total / (double) seconds);
        System.out.printf("%-26s %8s %9s %9s%n", "route", "requests", "p50 ms", "p99 ms");
        new TreeMap<>(LATENCIES).forEach((route, list) -> {
            List<Long> sorted = new ArrayList<>(list);
            Collections.sort(sorted);
            System.out.printf("%-26s %8d %9.1f %9.1f%n", route, sorted.size(), at(sorted, 0.50), at(sorted, 0.99));
        });
        long errors = STATUSES.entrySet().stream().filter(e -> !e.getKey().matches(".* (200|201)$"))
                .mapToLong(e -> e.getValue().get()).sum();
        System.out.println("answers: " + new TreeMap<>(STATUSES));
        System.out.println("errors (anything but 200/201): " + errors);
        System.out.println("peak resident memory: " + peakRss.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() / 1024 + " MB").toList());
    }

    /** Every write the gateway accepted can be read back: the enterprise's needs, page by page. */
    private static void verify(URI gateway, String enterprise) throws Exception {
        java.util.Set<String> stored = new java.util.HashSet<>();
        for (int page = 0; ; page++) {
            List<String> ids = ids(call(gateway, "GET", "/api/v1/needs?enterpriseId=" + enterprise
                    + "&size=100&page=" + page, null, null));
            stored.addAll(ids);
            if (ids.isEmpty()) {
                break;
            }
            Thread.sleep(25); // under the rate limit of one anonymous caller
        }
        long missing = ACCEPTED.stream().filter(id -> !stored.contains(id)).count();
        System.out.printf("accepted writes: %d, missing afterwards: %d%n", ACCEPTED.size(), missing);
    }

    private static void sampleRss(Path pids, Map<String, Long> peak) {
        try (var files = Files.list(pids)) {
            files.forEach(file -> {
                try {
                    String pid = Files.readString(file).trim();
                    for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                        if (line.startsWith("VmRSS:")) {
                            long kb = Long.parseLong(line.replaceAll("\\D", ""));
                            peak.merge(file.getFileName().toString().replace(".pid", ""), kb, Math::max);
                        }
                    }
                } catch (Exception e) {
                    // a process that is gone has no memory to report
                }
            });
        } catch (Exception e) {
            System.err.println("no pid files in " + pids);
        }
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.max(0, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    private static HttpResponse<String> send(URI base, String method, String path, String token, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String call(URI base, String method, String path, String token, String json) throws Exception {
        HttpResponse<String> response = send(base, method, path, token, json);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String id(String json) {
        Matcher id = ID.matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return id.group(1);
    }

    private static List<String> ids(String json) {
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }
}
