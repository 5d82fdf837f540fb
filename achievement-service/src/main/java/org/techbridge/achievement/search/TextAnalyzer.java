package org.techbridge.achievement.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits Chinese and English text into search terms with Lucene: smartcn segments Chinese into
 * words (机器人精密谐波减速器 → 机器人 / 精密 / 谐波 / 减速器), English is lower-cased and stemmed,
 * stop words of both languages are dropped. Segmentation depends on context (苹果新品种 gives
 * 新品种, 苹果品种 gives 品种), so longer Chinese words are also kept as character bigrams on
 * the document side and matched by their bigrams on the query side, the way Lucene's CJK
 * bigram filter makes search robust to segmentation.
 */
public final class TextAnalyzer {

    private static final Analyzer ANALYZER = new SmartChineseAnalyzer(stopWords());

    private TextAnalyzer() {
    }

    /** The terms of {@code text} in order, without duplicates. */
    public static List<String> terms(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(terms);
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

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), true);
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        words.addAll(List.of("的", "和", "与", "及", "在", "了", "是", "对", "等", "用", "于"));
        return words;
    }
}
