package org.techbridge.gateway.routing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which service owns a path under {@code /api/v1} (DESIGN.md). Each resource family belongs to
 * one service, except two sub-paths answered by another: an achievement's matches (matching) and
 * a roadshow's statistics (deal).
 */
public final class Routes {

    /** A family of paths and its owner; the first rule that matches wins. */
    public record Rule(Pattern path, String upstream) {
    }

    private static final String ID = "[^/]+";

    public static final List<Rule> RULES = List.of(
            rule("/api/v1/achievements/" + ID + "/matches", "matching"),
            rule("/api/v1/roadshows/" + ID + "/stats", "deal"),
            family("/api/v1/institutions", "achievement"),
            family("/api/v1/achievements", "achievement"),
            family("/api/v1/roadshows", "achievement"),
            family("/api/v1/needs", "matching"),
            family("/api/v1/deals", "deal"),
            family("/api/v1/stats", "deal"));

    private Routes() {
    }

    /** The upstream that answers this path, or empty when no service does. */
    public static Optional<String> ownerOf(String path) {
        return RULES.stream().filter(rule -> rule.path().matcher(path).matches()).map(Rule::upstream).findFirst();
    }

    private static Rule rule(String regex, String upstream) {
        return new Rule(Pattern.compile(regex + "/?"), upstream);
    }

    private static Rule family(String root, String upstream) {
        return new Rule(Pattern.compile(Pattern.quote(root) + "(/.*)?"), upstream);
    }
}
