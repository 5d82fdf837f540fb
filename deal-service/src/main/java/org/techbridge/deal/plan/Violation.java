package org.techbridge.deal.plan;

/** A rule of the terms that a field breaks, named by its JSON path. */
public record Violation(String field, String message) {

    public Violation under(String prefix) {
        return new Violation(prefix + "." + field, message);
    }
}
