package org.techbridge.platform.web;

import java.util.UUID;

import org.techbridge.platform.problem.ProblemException;

/** Ids arrive as text so a malformed one is a 400 naming the parameter, not a bare 404. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String value, String name) {
        try {
            if (value != null && value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ProblemException.badRequest(name, "must be a UUID");
    }
}
