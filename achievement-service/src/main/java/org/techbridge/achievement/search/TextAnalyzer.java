package org.techbridge.achievement.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.techbridge.text.Analyzers;

/**
 * Search terms of the catalog, from the words of {@link Analyzers} (Chinese segmented by smartcn,
 * English stemmed, stop words dropped). Segmentation depends on context (苹果新品种 gives
 * 新品种, 苹果品种 gives 品种), so longer Chinese words are also kept as character bigrams on
 * the document side and matched by their bigrams on the query side, the way Lucene's CJK
 * bigram filter makes search robust to segmentation.
 */
public final class TextAnalyzer {

    private TextAnalyzer() {
    }

    /** The terms of {@code text} in order, without duplicates. */
    public static List<String> terms(String text) {
        return new ArrayList<>(new LinkedHashSet<>(Analyzers.terms(Analyzers.WORDS, text)));
    }

    /** What a document is found by: its terms, plus the bigrams of its longer Chinese words. */
    public static List<String> documentTerms(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            for (String term : terms(text)) {
                terms.add(term);
                if (isChinese(term) && term.length() > 2) {
                    terms.addAll(bigrams(term));
                }
            }
        }
        return new ArrayList<>(terms);
    }

    /** What a query asks for: every one must be among the {@link #documentTerms} of a hit. */
    public static List<String> queryTerms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        for (String term : terms(query)) {
            if (isChinese(term) && term.length() > 2) {
                terms.addAll(bigrams(term));
            } else {
                terms.add(term);
            }
        }
        return new ArrayList<>(terms);
    }

    private static boolean isChinese(String term) {
        return term.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static List<String> bigrams(String term) {
        List<String> bigrams = new ArrayList<>();
        for (int i = 0; i + 2 <= term.length(); i++) {
            bigrams.add(term.substring(i, i + 2));
        }
        return bigrams;
    }
}
