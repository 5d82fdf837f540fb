package org.techbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbridge.e2e.Script.Result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ./techbridge eval DATASET_DIR RUN_FILE} as written in ../shared/eval/README.md: one line
 * per need, best first, ranked by the matching-service's own engine.
 */
class EvalCommandTest {

    private static final Path SAMPLE = Path.of("src/test/resources/eval-sample").toAbsolutePath();

    @Test
    void writesOneRankingPerNeedWithTheBestFitFirstAcrossLanguages(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run.jsonl");

        Result result = Script.run(Map.of(), "eval", SAMPLE.toString(), run.toString());

        assertEquals(0, result.exitCode(), result.output());
        Map<String, List<String>> rankings = rankings(run);
        assertEquals(List.of("S-N1", "S-N2"), List.copyOf(rankings.keySet()));
        // the English need finds the Chinese reducer through the glossary (gear reducer / 减速器)
        assertEquals("S-A1", rankings.get("S-N1").get(0), rankings.toString());
        assertEquals("S-A4", rankings.get("S-N2").get(0), rankings.toString());
        rankings.values().forEach(ranking -> {
            assertTrue(ranking.size() <= 20, ranking.toString());
            assertEquals(ranking.size(), ranking.stream().distinct().count(), ranking.toString());
        });
    }

    @Test
    void refusesADirectoryWithoutTheDatasetFiles(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run.jsonl");

        Result result = Script.run(Map.of(), "eval", dir.toString(), run.toString());

        assertNotEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("achievements.jsonl"), result.output());
        assertFalse(Files.exists(run));
    }

    private static Map<String, List<String>> rankings(Path run) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<String>> rankings = new LinkedHashMap<>();
        for (String line : Files.readAllLines(run, StandardCharsets.UTF_8)) {
            JsonNode row = json.readTree(line);
            List<String> ranking = new ArrayList<>();
            row.path("ranking").forEach(id -> ranking.add(id.asText()));
            rankings.put(row.path("needId").asText(), ranking);
        }
        return rankings;
    }
}
