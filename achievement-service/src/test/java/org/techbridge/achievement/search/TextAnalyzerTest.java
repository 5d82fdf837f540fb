package org.techbridge.achievement.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    @Test
    void chineseIsSegmentedIntoWords() {
        assertEquals(List.of("机器人", "精密", "谐波", "减速器", "关键", "技术"), TextAnalyzer.terms("机器人精密谐波减速器关键技术"));
    }

    @Test
    void englishIsLowerCasedStemmedAndStopWordsDropped() {
        assertEquals(List.of("harmon", "reduc", "robot"), TextAnalyzer.terms("Harmonic reducers for the robots"));
    }

    @Test
    void aChineseQueryMatchesWhateverWayTheDocumentWasSegmented() {
        List<String> document = TextAnalyzer.documentTerms("苹果新品种“晋艳”");

        assertTrue(document.containsAll(TextAnalyzer.queryTerms("苹果品种")), document.toString());
        assertTrue(document.containsAll(TextAnalyzer.queryTerms("新品种")), document.toString());
    }
}
