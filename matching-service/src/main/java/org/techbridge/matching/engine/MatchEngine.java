package org.techbridge.matching.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The matcher, one entry point for the REST API and the offline evaluation. Text relevance is
 * BM25 (Lucene) over title, keywords, summary and description, each read as words and as
 * bigrams, with the need's words widened by the {@link Glossary}; the best text candidates are
 * then re-ranked with the structured {@link Factors} into a score in [0, 1]. Thread-safe: updates
 * and matches may run concurrently.
 */
public final class MatchEngine implements AutoCloseable {

    /** Text fields and how much a hit in each counts. */
    private static final Map<String, Float> FIELDS = Map.of(
            "title", 3.0f, "keywords", 2.5f, "summary", 1.5f, "description", 0.8f);
    private static final float WORDS_WEIGHT = 1.0f;
    private static final float BIGRAMS_WEIGHT = 0.6f;
    private static final float EXPANSION_WEIGHT = 1.0f;
    private static final int TEXT_CANDIDATES = 100;

    static {
        IndexSearcher.setMaxClauseCount(16_384);
    }

    private final Glossary glossary;
    private final Weights weights;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, Candidate> candidates = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> candidateWords = new ConcurrentHashMap<>();

    public MatchEngine(Glossary glossary, Weights weights) {
        this.glossary = glossary;
        this.weights = weights;
        Map<String, Analyzer> perField = new HashMap<>();
        FIELDS.keySet().forEach(field -> {
            perField.put(field + "_w", Analysis.WORDS);
            perField.put(field + "_b", Analysis.BIGRAMS);
        });
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(
                    new PerFieldAnalyzerWrapper(Analysis.WORDS, perField)));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces candidates; they are matchable when this returns. */
    public void upsert(Collection<Candidate> batch) {
        try {
            for (Candidate candidate : batch) {
                writer.updateDocument(new Term("id", candidate.id()), document(candidate));
                candidates.put(candidate.id(), candidate);
                candidateWords.put(candidate.id(), new HashSet<>(Analysis.terms(Analysis.WORDS, text(candidate))));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void upsert(Candidate candidate) {
        upsert(List.of(candidate));
    }

    public void remove(String id) {
        try {
            writer.deleteDocuments(new Term("id", id));
            candidates.remove(id);
            candidateWords.remove(id);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public java.util.Optional<Candidate> candidate(String id) {
        return java.util.Optional.ofNullable(candidates.get(id));
    }

    public boolean contains(String id) {
        return candidates.containsKey(id);
    }

    public int size() {
        return candidates.size();
    }

    /** The candidates that fit the need best, best first, at most {@code limit}. */
    public List<Match> match(NeedQuery need, int limit) {
        String needText = String.join(" ", need.title(), need.title(), need.description(),
                String.join(" ", need.keywords()));
        List<String> expansions = glossary.expansions(needText);
        Map<String, Double> textScores = textCandidates(needText, String.join(" ", expansions));
        double best = textScores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);

        Set<String> queryWords = new LinkedHashSet<>(Analysis.terms(Analysis.WORDS, needText));
        queryWords.addAll(Analysis.terms(Analysis.WORDS, String.join(" ", expansions)));
        List<Match> matches = new ArrayList<>();
        textScores.forEach((id, textScore) -> {
            Candidate candidate = candidates.get(id);
            if (candidate != null) {
                matches.add(score(need, candidate, textScore / best, queryWords));
            }
        });
        matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::candidateId));
        return matches.subList(0, Math.min(limit, matches.size()));
    }

    /**
     * How one candidate fits a need, scored as in {@link #match}; empty when its text is not among
     * the need's best text candidates (then it is no match at all).
     */
    public java.util.Optional<Match> matchOne(NeedQuery need, String candidateId) {
        return match(need, TEXT_CANDIDATES).stream().filter(m -> m.candidateId().equals(candidateId)).findFirst();
    }

    /**
     * A bare BM25 query of the text's words over the word fields, without glossary, bigrams or
     * re-ranking: the baseline the benchmark compares full matching with.
     */
    public List<String> bareBm25(String text, int limit) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Set<String> terms = new LinkedHashSet<>(Analysis.terms(Analysis.WORDS, text));
        for (String field : FIELDS.keySet()) {
            terms.forEach(term -> query.add(new TermQuery(new Term(field + "_w", term)), BooleanClause.Occur.SHOULD));
        }
        List<String> ids = new ArrayList<>();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
                    ids.add(searcher.storedFields().document(hit.doc).get("id"));
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    /** The structured factors for a candidate, given its normalised text relevance. */
    Match score(NeedQuery need, Candidate candidate, double text, Set<String> queryWords) {
        Map<String, Double> breakdown = new LinkedHashMap<>();
        breakdown.put("text", round(text));
        breakdown.put("domain", Factors.domain(need.industry(), candidate.domain()));
        breakdown.put("trl", Factors.trl(need.minTrl(), candidate.trl()));
        breakdown.put("price", round(Factors.price(need.budget(), candidate.askingPrice())));
        breakdown.put("mode", Factors.mode(need.preferredModes(), candidate.transferModes()));
        breakdown.put("region", Factors.region(need.region(), candidate.region()));
        double score = weights.text() * text
                + weights.domain() * breakdown.get("domain")
                + weights.trl() * breakdown.get("trl")
                + weights.price() * breakdown.get("price")
                + weights.mode() * breakdown.get("mode")
                + weights.region() * breakdown.get("region");
        Set<String> words = candidateWords.getOrDefault(candidate.id(), Set.of());
        // single characters say little about why two texts fit
        List<String> matched = queryWords.stream().filter(w -> w.length() > 1 && words.contains(w)).limit(12).toList();
        return new Match(candidate.id(), round(Math.min(1.0, score)), breakdown, matched);
    }

    private Map<String, Double> textCandidates(String needText, String expansionText) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        addTerms(query, Analysis.WORDS, "_w", needText, WORDS_WEIGHT);
        addTerms(query, Analysis.BIGRAMS, "_b", needText, BIGRAMS_WEIGHT);
        addTerms(query, Analysis.WORDS, "_w", expansionText, WORDS_WEIGHT * EXPANSION_WEIGHT);
        addTerms(query, Analysis.BIGRAMS, "_b", expansionText, BIGRAMS_WEIGHT * EXPANSION_WEIGHT);
        Map<String, Double> scores = new LinkedHashMap<>();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query.build(), TEXT_CANDIDATES);
                for (ScoreDoc hit : top.scoreDocs) {
                    scores.put(searcher.storedFields().document(hit.doc).get("id"), (double) hit.score);
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scores;
    }

    private static void addTerms(BooleanQuery.Builder query, Analyzer analyzer, String suffix, String text,
            float weight) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Analysis.terms(analyzer, text).forEach(term -> counts.merge(term, 1, Integer::sum));
        if (counts.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
            BooleanQuery.Builder perField = new BooleanQuery.Builder();
            counts.forEach((term, count) -> {
                Query termQuery = new TermQuery(new Term(field.getKey() + suffix, term));
                // a word the need repeats matters more, with diminishing returns
                perField.add(new BoostQuery(termQuery, (float) (1 + Math.log(count))), BooleanClause.Occur.SHOULD);
            });
            query.add(new BoostQuery(perField.build(), field.getValue() * weight), BooleanClause.Occur.SHOULD);
        }
    }

    private static Document document(Candidate candidate) {
        Document doc = new Document();
        doc.add(new StringField("id", candidate.id(), Field.Store.YES));
        Map<String, String> texts = Map.of("title", candidate.title(), "keywords",
                String.join(" ", candidate.keywords()), "summary", candidate.summary(),
                "description", candidate.description());
        texts.forEach((field, text) -> {
            doc.add(new TextField(field + "_w", text, Field.Store.NO));
            doc.add(new TextField(field + "_b", text, Field.Store.NO));
        });
        return doc;
    }

    private static String text(Candidate c) {
        return String.join(" ", c.title(), String.join(" ", c.keywords()), c.summary(), c.description());
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
