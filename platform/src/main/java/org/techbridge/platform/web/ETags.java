package org.techbridge.platform.web;

import org.techbridge.platform.problem.ProblemException;

/** Strong entity tags from an entity's optimistic-lock version, and If-Match checks. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks a required If-Match header against the current version: missing is 428, stale is 412.
     * The database update still checks the version, so two requests with the same tag never both win.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        checkMatch(ifMatch, currentVersion);
    }

    /** Checks an optional If-Match header; absent means the caller does not ask for a check. */
    public static void checkMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = of(currentVersion);
        for (String tag : ifMatch.split(",")) {
            // If-Match compares strongly (RFC 9110): a weak tag never matches
            String candidate = tag.trim();
            if (candidate.equals("*") || candidate.equals(current)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed(current);
    }
}
