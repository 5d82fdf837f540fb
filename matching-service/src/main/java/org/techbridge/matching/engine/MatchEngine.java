package org.techbridge.matching.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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
import org.apache.lucene.index.TermStates;
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

    /** The candidate's text read as words, and as bigrams. */
    private static final String WORDS_FIELD = "text_w";
    private static final String BIGRAMS_FIELD = "text_b";
    /** How often title and keywords are written into the text: a hit there counts more. */
    private static final int TITLE_REPEATS = 2;
    private static final int KEYWORDS_REPEATS = 2;
    private static final float WORDS_WEIGHT = 1.0f;
    private static final float BIGRAMS_WEIGHT = 0.6f;
    private static final float EXPANSION_WEIGHT = 1.0f;
    /** How many of the best text candidates are re-ranked: enough that the factors can lift one. */
    private static final int TEXT_CANDIDATES = 50;
    private static final int ANALYSED_NEEDS = 1_024;
    private static final int MAX_CLAUSES = Integer.getInteger("techbridge.matching.max-clauses", 64);

    static {
        IndexSearcher.setMaxClauseCount(16_384);
    }

    private final Glossary glossary;
    private final Weights weights;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, Candidate> candidates = new ConcurrentHashMap<>();
    /** Each candidate's distinct words, sorted; the strings are shared through {@link #vocabulary}. */
    private final Map<String, String[]> candidateWords = new ConcurrentHashMap<>();
    private final Map<String, String> vocabulary = new ConcurrentHashMap<>();
    /** Recently asked needs, analysed: open needs are asked again with every new achievement. */
    private final Map<String, NeedTerms> analysedNeeds = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, NeedTerms> eldest) {
                    return size() > ANALYSED_NEEDS;
                }
            });

    private volatile CandidateBigrams lastBigrams;

    private record CandidateBigrams(Candidate candidate, Set<String> bigrams) {
    }

    /** A need's text, its glossary expansions and the boosted terms its query is built from. */
    private record NeedTerms(String text, String expansions, Map<Term, Float> boosts) {
    }

    public MatchEngine(Glossary glossary, Weights weights) {
        this.glossary = glossary;
        this.weights = weights;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(
                    new PerFieldAnalyzerWrapper(Analysis.WORDS, Map.of(BIGRAMS_FIELD, Analysis.BIGRAMS))));
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
                candidateWords.put(candidate.id(), Analysis.terms(Analysis.WORDS, text(candidate)).stream()
                        .map(word -> vocabulary.computeIfAbsent(word, w -> w)).distinct().sorted()
                        .toArray(String[]::new));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds a whole catalogue at once, as when the index is rebuilt at start, then merges the index
     * into one segment: a query looks each term up once instead of once per segment.
     */
    public void load(Collection<Candidate> all) {
        upsert(all);
        try {
            writer.forceMerge(1);
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
        Ranking ranking = rank(need, limit);
        return ranking.matches().stream().limit(limit).map(ranking::explained).toList();
    }

    /**
     * How one candidate fits a need, scored as in {@link #match}; empty when its text is not among
     * the need's best text candidates (then it is no match at all).
     */
    public java.util.Optional<Match> matchOne(NeedQuery need, String candidateId) {
        Candidate candidate = candidates.get(candidateId);
        if (candidate == null || !sharesATerm(need, candidate)) {
            // without a term in common it cannot be a text candidate: no need to rank them all
            return java.util.Optional.empty();
        }
        Ranking ranking = rank(need, TEXT_CANDIDATES);
        return ranking.matches().stream().filter(m -> m.candidateId().equals(candidateId)).findFirst()
                .map(ranking::explained);
    }

    /**
     * Whether the candidate's text holds any of the terms the need's query is built from (its
     * words and bigrams, glossary expansions included): one achievement asked against every open
     * need then ranks only the needs it could fit.
     */
    private boolean sharesATerm(NeedQuery need, Candidate candidate) {
        Set<Term> terms = analysed(need).boosts().keySet();
        String[] words = candidateWords.getOrDefault(candidate.id(), new String[0]);
        if (terms.stream().anyMatch(t -> t.field().equals(WORDS_FIELD) && Arrays.binarySearch(words, t.text()) >= 0)) {
            return true;
        }
        Set<String> bigrams = bigramsOf(candidate);
        return terms.stream().anyMatch(t -> t.field().equals(BIGRAMS_FIELD) && bigrams.contains(t.text()));
    }

    /** The candidate's bigrams, kept for the last one asked: it is asked against need after need. */
    private Set<String> bigramsOf(Candidate candidate) {
        CandidateBigrams last = lastBigrams;
        if (last == null || !last.candidate().equals(candidate)) {
            last = new CandidateBigrams(candidate, Set.copyOf(Analysis.terms(Analysis.BIGRAMS, text(candidate))));
            lastBigrams = last;
        }
        return last.bigrams();
    }

    private NeedTerms analysed(NeedQuery need) {
        String text = String.join(" ", need.title(), need.title(), need.description(),
                String.join(" ", need.keywords()));
        NeedTerms known = analysedNeeds.get(text);
        if (known != null) {
            return known;
        }
        String expansions = String.join(" ", glossary.expansions(text));
        Map<Term, Float> boosts = new LinkedHashMap<>();
        addTerms(boosts, Analysis.WORDS, WORDS_FIELD, text, WORDS_WEIGHT);
        addTerms(boosts, Analysis.BIGRAMS, BIGRAMS_FIELD, text, BIGRAMS_WEIGHT);
        addTerms(boosts, Analysis.WORDS, WORDS_FIELD, expansions, WORDS_WEIGHT * EXPANSION_WEIGHT);
        addTerms(boosts, Analysis.BIGRAMS, BIGRAMS_FIELD, expansions, BIGRAMS_WEIGHT * EXPANSION_WEIGHT);
        NeedTerms terms = new NeedTerms(text, expansions, Collections.unmodifiableMap(boosts));
        analysedNeeds.put(text, terms);
        return terms;
    }

    /** The best text candidates for a need, re-ranked with the factors, best first. */
    private Ranking rank(NeedQuery need, int limit) {
        NeedTerms terms = analysed(need);
        Map<String, Double> textScores = textCandidates(terms.boosts(), Math.max(limit, TEXT_CANDIDATES));
        double best = textScores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);

        List<Match> matches = new ArrayList<>();
        textScores.forEach((id, textScore) -> {
            Candidate candidate = candidates.get(id);
            if (candidate != null) {
                matches.add(score(need, candidate, textScore / best));
            }
        });
        matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::candidateId));
        return new Ranking(matches, terms.text() + " " + terms.expansions());
    }

    /** Ranked matches, and the text they were ranked for, to explain the ones returned. */
    private final class Ranking {

        private final List<Match> matches;
        private final String queryText;
        private Set<String> queryWords;

        Ranking(List<Match> matches, String queryText) {
            this.matches = matches;
            this.queryText = queryText;
        }

        List<Match> matches() {
            return matches;
        }

        /** The match with the words need and candidate share, in the need's order. */
        Match explained(Match match) {
            if (queryWords == null) {
                queryWords = new LinkedHashSet<>(Analysis.terms(Analysis.WORDS, queryText));
            }
            String[] words = candidateWords.getOrDefault(match.candidateId(), new String[0]);
            // single characters say little about why two texts fit
            List<String> matched = queryWords.stream()
                    .filter(w -> w.length() > 1 && Arrays.binarySearch(words, w) >= 0).limit(12).toList();
            return new Match(match.candidateId(), match.score(), match.breakdown(), matched);
        }
    }

    /**
     * A bare BM25 query of the text's words over the same index, without glossary, bigrams or
     * re-ranking: the baseline the benchmark compares full matching with.
     */
    public List<String> bareBm25(String text, int limit) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        new LinkedHashSet<>(Analysis.terms(Analysis.WORDS, text)).forEach(term -> query.add(
                new TermQuery(new Term(WORDS_FIELD, term)), BooleanClause.Occur.SHOULD));
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
    Match score(NeedQuery need, Candidate candidate, double text) {
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
        return new Match(candidate.id(), round(Math.min(1.0, score)), breakdown, List.of());
    }

    private Map<String, Double> textCandidates(Map<Term, Float> boosts, int count) {
        Map<String, Double> scores = new LinkedHashMap<>();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(mostTelling(searcher, boosts), count);
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

    /**
     * The query of the {@value #MAX_CLAUSES} terms that can add most to a score (boost times
     * IDF). A need with its glossary expansions reads as a couple of hundred terms; the rare ones
     * decide the ranking, while the common ones mostly cost time walking long posting lists.
     */
    private static Query mostTelling(IndexSearcher searcher, Map<Term, Float> boosts) throws IOException {
        int docs = Math.max(1, searcher.getIndexReader().numDocs());
        List<TermQuery> queries = new ArrayList<>();
        Map<Term, Double> reach = new HashMap<>();
        for (Map.Entry<Term, Float> entry : boosts.entrySet()) {
            // the looked-up statistics go into the query, so the search does not look them up again
            TermStates states = TermStates.build(searcher, entry.getKey(), true);
            int df = states.docFreq();
            if (df > 0) {
                queries.add(new TermQuery(entry.getKey(), states));
                reach.put(entry.getKey(), entry.getValue() * Math.log(1 + (docs - df + 0.5) / (df + 0.5)));
            }
        }
        queries.sort(Comparator.comparingDouble((TermQuery q) -> reach.get(q.getTerm())).reversed());
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        queries.stream().limit(MAX_CLAUSES).forEach(q -> query.add(
                new BoostQuery(q, boosts.get(q.getTerm())), BooleanClause.Occur.SHOULD));
        return query.build();
    }

    /**
     * Adds the text's terms to the query's boosts: the analysis's weight, more for a term the need
     * repeats (with diminishing returns); a term met again, e.g. in a glossary expansion, adds up.
     */
    private static void addTerms(Map<Term, Float> boosts, Analyzer analyzer, String field, String text,
            float weight) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Analysis.terms(analyzer, text).forEach(term -> counts.merge(term, 1, Integer::sum));
        counts.forEach((term, count) -> boosts.merge(new Term(field, term),
                (float) (weight * (1 + Math.log(count))), Float::sum));
    }

    private static Document document(Candidate candidate) {
        String keywords = String.join(" ", candidate.keywords());
        String text = String.join(" ", String.join(" ", Collections.nCopies(TITLE_REPEATS, candidate.title())),
                String.join(" ", Collections.nCopies(KEYWORDS_REPEATS, keywords)), candidate.summary(),
                candidate.description());
        Document doc = new Document();
        doc.add(new StringField("id", candidate.id(), Field.Store.YES));
        doc.add(new TextField(WORDS_FIELD, text, Field.Store.NO));
        doc.add(new TextField(BIGRAMS_FIELD, text, Field.Store.NO));
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
