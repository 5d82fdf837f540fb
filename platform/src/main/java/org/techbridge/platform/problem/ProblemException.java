package org.techbridge.platform.problem;

import java.util.List;
import java.util.Map;

import org.techbridge.platform.problem.Problem.FieldError;

/** A client-visible failure that becomes a problem+json answer with its status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String title, String detail, List<FieldError> errors,
            Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
    }

    public static ProblemException badRequest(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "Invalid request", "The request has " + errors.size()
                + " invalid field" + (errors.size() == 1 ? "" : "s") + ".", errors, Map.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not found", "No " + what + " with id " + id + ".", List.of(), Map.of());
    }

    /** The caller is known, but its role or organisation may not do this. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of(), Map.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of(), Map.of());
    }

    public static ProblemException illegalTransition(String what, Enum<?> current, Enum<?> requested) {
        return new ProblemException(409, "Illegal state transition",
                "The " + what + " is " + current + " and cannot become " + requested + ".", List.of(),
                Map.of("currentState", current.name(), "requestedState", requested.name()));
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(428, "Precondition required",
                "Send the ETag of the resource in If-Match; updates without it could overwrite a change "
                        + "you have not seen.", List.of(), Map.of());
    }

    public static ProblemException preconditionFailed(String currentETag) {
        return new ProblemException(412, "Precondition failed",
                "The resource changed since you read it; fetch it again and retry with its new ETag.",
                List.of(), Map.of("currentETag", currentETag));
    }

    public Problem toProblem(String instance) {
        return new Problem("about:blank", title, status, getMessage(), instance, errors, extensions);
    }

    public int status() {
        return status;
    }
}
