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

    private record Entry(String word, Pattern english) {
    }

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
                    group.add(new Entry(w, isChinese(w) ? null
                            : Pattern.compile("(?<![a-z0-9])" + Pattern.quote(w) + "(?:s|es)?(?![a-z0-9])")));
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
        Set<String> extra = new LinkedHashSet<>();
        for (List<Entry> group : groups) {
            if (group.stream().anyMatch(entry -> mentions(lower, entry))) {
                group.stream().filter(entry -> !mentions(lower, entry)).forEach(entry -> extra.add(entry.word()));
            }
        }
        return new ArrayList<>(extra);
    }

    public int size() {
        return groups.size();
    }

    private static boolean mentions(String lowerText, Entry entry) {
        return entry.english() == null ? lowerText.contains(entry.word()) : entry.english().matcher(lowerText).find();
    }

    private static boolean isChinese(String word) {
        return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
