package org.techbridge.matching.engine;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.techbridge.text.Analyzers;

/**
 * The two ways the matcher reads text. Words: smartcn segments Chinese into words and stems
 * English. Bigrams: Chinese as overlapping character pairs, which still match where the word
 * segmenter cut a phrase differently in need and achievement; English stemmed words.
 */
final class Analysis {

    static final Analyzer WORDS = Analyzers.WORDS;

    static final Analyzer BIGRAMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new CJKBigramFilter(stream);
            stream = new StopFilter(stream, Analyzers.STOP_WORDS);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    private Analysis() {
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return Analyzers.terms(analyzer, text);
    }
}
