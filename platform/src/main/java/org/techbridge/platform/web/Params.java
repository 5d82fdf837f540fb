package org.techbridge.platform.web;

import java.util.Arrays;

import org.techbridge.platform.problem.ControlCharacters;
import org.techbridge.platform.problem.ProblemException;

/** Query parameters arrive as text, so a bad value is a 400 naming the parameter. */
public final class Params {

    private Params() {
    }

    public static <E extends Enum<E>> E enumValue(String value, Class<E> type, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static Integer integer(String value, String name, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badRequest(name, "must be an integer from " + min + " to " + max);
    }

    public static String text(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ProblemException.badRequest(name, "must be at most " + maxLength + " characters");
        }
        if (ControlCharacters.present(value)) {
            throw ProblemException.badRequest(name, "must not contain control characters");
        }
        return value.trim();
    }
}
