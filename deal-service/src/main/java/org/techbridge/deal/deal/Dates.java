package org.techbridge.deal.deal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.techbridge.platform.problem.ProblemException;

/** Dates in query parameters arrive as text, so a bad one is a 400 naming the parameter. */
public final class Dates {

    private Dates() {
    }

    public static LocalDate parse(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be a date (YYYY-MM-DD)");
        }
    }
}
