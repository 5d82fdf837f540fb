package org.techbridge.matching.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.techbridge.events.Domain;
import org.techbridge.events.TransferMode;
import org.techbridge.matching.engine.Candidate;
import org.techbridge.matching.engine.Glossary;
import org.techbridge.matching.engine.Match;
import org.techbridge.matching.engine.MatchEngine;
import org.techbridge.matching.engine.NeedQuery;
import org.techbridge.matching.engine.Weights;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ./techbridge eval DATASET_DIR RUN_FILE}: runs the service's matching engine offline over
 * a labelled dataset ({@code achievements.jsonl}, {@code needs.jsonl}) and writes, per need, its
 * top 20 achievement ids for {@code score.py}.
 */
public final class EvalCommand {

    private static final int TOP = 20;
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ./techbridge eval DATASET_DIR RUN_FILE");
            System.exit(2);
        }
        Path dataset = Path.of(args[0]);
        List<Candidate> candidates = read(dataset.resolve("achievements.jsonl")).stream()
                .map(EvalCommand::candidate).toList();
        List<NeedQuery> needs = read(dataset.resolve("needs.jsonl")).stream().map(EvalCommand::need).toList();
        try (MatchEngine engine = new MatchEngine(Glossary.standard(), weights());
                BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            engine.load(candidates);
            for (NeedQuery need : needs) {
                List<String> ranking = engine.match(need, TOP).stream().map(Match::candidateId).toList();
                out.write(JSON.writeValueAsString(Map.of("needId", need.id(), "ranking", ranking)));
                out.newLine();
            }
        }
        System.err.printf("ranked %d achievements for %d needs into %s%n", candidates.size(), needs.size(), args[1]);
    }

    /** Weights from {@code -Dweights=text,domain,trl,price,mode,region}, else the defaults. */
    private static Weights weights() {
        String given = System.getProperty("weights");
        if (given == null) {
            return Weights.DEFAULT;
        }
        double[] w = java.util.Arrays.stream(given.split(",")).mapToDouble(Double::parseDouble).toArray();
        return new Weights(w[0], w[1], w[2], w[3], w[4], w[5]);
    }

    static Candidate candidate(JsonNode a) {
        return new Candidate(a.path("id").asText(), a.path("title").asText(), a.path("summary").asText(""),
                a.path("description").asText(""), strings(a.path("keywords")), domain(a.path("domain")),
                a.path("trl").asInt(1), wan(a.path("askingPriceWan")), modes(a.path("transferModes")),
                a.path("region").asText(null));
    }

    static NeedQuery need(JsonNode n) {
        return new NeedQuery(n.path("id").asText(), n.path("title").asText(), n.path("description").asText(""),
                strings(n.path("keywords")), domain(n.path("industry")),
                n.hasNonNull("minTrl") ? n.get("minTrl").asInt() : null, wan(n.path("budgetWan")),
                n.path("region").asText(null), modes(n.path("preferredModes")));
    }

    private static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Set<TransferMode> modes(JsonNode array) {
        Set<TransferMode> modes = EnumSet.noneOf(TransferMode.class);
        array.forEach(value -> modes.add(TransferMode.valueOf(value.asText())));
        return modes;
    }

    private static Domain domain(JsonNode value) {
        return value.isTextual() ? Domain.valueOf(value.asText()) : null;
    }

    private static BigDecimal wan(JsonNode value) {
        return value.isNumber() ? value.decimalValue().multiply(WAN) : null;
    }
}
