package org.techbridge.matching.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The bilingual domain glossary: groups of words that mean the same to a broker (减速器 ≈ 减速机
 * ≈ gear reducer), Chinese and English. A need that uses one word of a group is also searched for
 * the others, which is what lets an English need find a Chinese achievement and the reverse.
 *
 * <p>The data file has one group a line, words separated by {@code |}; {@code #} starts a comment.
 */
public final class Glossary {

    /** A word of a group; English words are matched as whole words, by their normalised form. */
    private record Entry(String word, String english) {
    }

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final int LONGEST_ENGLISH = 5;

    private final List<List<Entry>> groups;

    private Glossary(List<List<Entry>> groups) {
        this.groups = groups;
    }

    public static Glossary empty() {
        return new Glossary(List.of());
    }

    /** The glossary shipped with the service ({@code matching/glossary.txt} on the classpath). */
    public static Glossary standard() {
        try (InputStream in = Glossary.class.getResourceAsStream("/matching/glossary.txt")) {
            if (in == null) {
                throw new IllegalStateException("matching/glossary.txt is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Glossary read(InputStream in) throws IOException {
        List<List<Entry>> groups = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String content = line.replaceFirst("#.*", "").trim();
            if (content.isEmpty()) {
                continue;
            }
            List<Entry> group = new ArrayList<>();
            for (String word : content.split("\\|")) {
                String w = word.trim().toLowerCase(Locale.ROOT);
                if (!w.isEmpty()) {
                    group.add(new Entry(w, isChinese(w) ? null : normalise(w)));
                }
            }
            if (group.size() > 1) {
                groups.add(List.copyOf(group));
            }
        }
        return new Glossary(List.copyOf(groups));
    }

    /** The words of every group that {@code text} mentions, except those it already contains. */
    public List<String> expansions(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> phrases = englishPhrases(lower);
        Set<String> extra = new LinkedHashSet<>();
        for (List<Entry> group : groups) {
            if (group.stream().anyMatch(entry -> mentions(lower, phrases, entry))) {
                group.stream().filter(entry -> !mentions(lower, phrases, entry))
                        .forEach(entry -> extra.add(entry.word()));
            }
        }
        return new ArrayList<>(extra);
    }

    public int size() {
        return groups.size();
    }

    private static boolean mentions(String lowerText, Set<String> englishPhrases, Entry entry) {
        return entry.english() == null ? lowerText.contains(entry.word()) : englishPhrases.contains(entry.english());
    }

    /**
     * Every run of up to five consecutive words of the text, normalised, also with a plural s or
     * es dropped from its last word: what an English glossary word can match, found in one pass.
     */
    private static Set<String> englishPhrases(String lowerText) {
        String[] words = normalise(lowerText).split(" ");
        Set<String> phrases = new java.util.HashSet<>();
        for (int start = 0; start < words.length; start++) {
            StringBuilder phrase = new StringBuilder();
            for (int end = start; end < Math.min(words.length, start + LONGEST_ENGLISH); end++) {
                if (end > start) {
                    phrase.append(' ');
                }
                phrase.append(words[end]);
                String p = phrase.toString();
                phrases.add(p);
                if (p.endsWith("es")) {
                    phrases.add(p.substring(0, p.length() - 2));
                }
                if (p.endsWith("s")) {
                    phrases.add(p.substring(0, p.length() - 1));
                }
            }
        }
        return phrases;
    }

    private static String normalise(String text) {
        return NOT_ALPHANUMERIC.matcher(text).replaceAll(" ").trim();
    }

    private static boolean isChinese(String word) {
        return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
