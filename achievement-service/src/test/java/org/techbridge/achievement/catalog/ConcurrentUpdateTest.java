package org.techbridge.achievement.catalog;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.techbridge.achievement.Fixtures.apple;
import static org.techbridge.achievement.Fixtures.createdId;
import static org.techbridge.achievement.Fixtures.etag;
import static org.techbridge.achievement.Fixtures.institution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ConcurrentUpdateTest {

    private static final int WRITERS = 8;

    @Test
    void ofParallelUpdatesWithTheSameETagExactlyOneWins() throws Exception {
        String id = createdId(apple(institution("UNIVERSITY")));
        String tag = etag("/api/v1/achievements/" + id);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String title = "苹果新品种 " + i;
            writers.add(() -> {
                start.await();
                return given().contentType("application/merge-patch+json").header("If-Match", tag)
                        .body(Map.of("title", title)).patch("/api/v1/achievements/" + id).statusCode();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Integer>> results = new ArrayList<>();
        writers.forEach(writer -> results.add(pool.submit(writer)));
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(WRITERS - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        given().contentType(ContentType.JSON).get("/api/v1/achievements/" + id).then()
                .header("ETag", "\"1\"");
    }
}
