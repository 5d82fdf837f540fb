package org.techbridge.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The word analysis of TechBridge texts: smartcn segments Chinese into words
 * (机器人精密谐波减速器 → 机器人 / 精密 / 谐波 / 减速器), English is lower-cased and stemmed, and the
 * stop words of both languages, including the filler of needs (我们, 希望, we, need), are dropped.
 */
public final class Analyzers {

    /** Stop words of Chinese and English text. */
    public static final CharArraySet STOP_WORDS = stopWords();

    /** Chinese words and stemmed English words. */
    public static final Analyzer WORDS = new SmartChineseAnalyzer(STOP_WORDS);

    private Analyzers() {
    }

    /** The terms {@code analyzer} makes of {@code text}, in order, repeats included. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), true);
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        words.addAll(List.of("的", "和", "与", "及", "在", "了", "是", "对", "等", "用", "于", "我们", "希望", "需要",
                "想", "要", "能", "可", "一", "个", "有", "也", "都", "很", "就", "还", "这", "那", "把", "被", "让",
                "we", "our", "want", "need", "looking", "would", "like", "can", "us"));
        return CharArraySet.unmodifiableSet(words);
    }
}
