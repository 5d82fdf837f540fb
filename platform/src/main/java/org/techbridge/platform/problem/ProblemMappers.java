package org.techbridge.platform.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.techbridge.platform.problem.Problem.FieldError;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into an RFC 9457 problem: client mistakes into a 4xx that names what is
 * wrong, anything else into a 500 that reveals no internals (the details go to the log).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return answer(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response invalidBean(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return answer(ProblemException.invalid(errors).toProblem(path(uri)));
    }

    /** Quarkus maps this subtype itself; this mapper answers it as a problem like the others. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return answer(ProblemException.badRequest(jsonPath(mapping), describe(mapping)).toProblem(path(uri)));
        }
        String detail = e instanceof MismatchedInputException
                ? "The request body does not have the expected shape (a JSON object with the documented fields)."
                : "The request body is not valid JSON.";
        return answer(new ProblemException(400, "Malformed JSON", detail, List.of(), Map.of())
                .toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized("This needs a bearer token", uri);
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized("The bearer token is not valid: expired, or not signed by the trusted issuer", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(ProblemException.forbidden("Your role may not do this").toProblem(path(uri)));
    }

    private Response unauthorized(String detail, UriInfo uri) {
        Response problem = answer(new ProblemException(401, "Unauthorized", detail, List.of(), Map.of())
                .toProblem(path(uri)));
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(OptimisticLockException e, UriInfo uri) {
        return answer(staleUpdate(uri));
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(StaleStateException e, UriInfo uri) {
        return answer(staleUpdate(uri));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("request failed", e);
        }
        return answer(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                status.getStatusCode() >= 500 ? "The server could not handle the request." : e.getMessage(),
                path(uri), List.of(), Map.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            LOG.warnf("database unavailable: %s", e.getMessage());
            return Response.fromResponse(answer(new Problem("about:blank", "Service Unavailable", 503,
                    "The database cannot be reached; nothing was changed. Try again shortly.", path(uri),
                    List.of(), Map.of()))).header("Retry-After", "5").build();
        }
        LOG.error("unexpected failure", e);
        return answer(new Problem("about:blank", "Internal Server Error", 500,
                "The server could not handle the request.", path(uri), List.of(), Map.of()));
    }

    /**
     * Whether the failure is the database being away (refused, cut off, shutting down, or no
     * connection to be had from the pool), not something about the request.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                // class 08: connection exception; 57P0x: the server is shutting down or starting
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))
                        || String.valueOf(sql.getMessage()).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Problem staleUpdate(UriInfo uri) {
        return new Problem("about:blank", "Precondition failed", 412,
                "The resource was changed by another request at the same time; fetch it again and retry.",
                path(uri), List.of(), Map.of());
    }

    private static Response answer(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /** The JSON path of a violated constraint, without the method and parameter names. */
    private static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, PARAMETER, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> names.clear();
                case CONTAINER_ELEMENT -> names.add("[" + node.getIndex() + "]");
                default -> names.add(node.getIndex() != null && !names.isEmpty()
                        ? "[" + node.getIndex() + "]." + node.getName()
                        : node.getName());
            }
        }
        return names.stream().collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "must be one of " + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants());
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            return invalid.getOriginalMessage();
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return "'" + invalid.getValue() + "' is not a valid " + typeName(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be " + typeName(mismatched.getTargetType());
        }
        return "cannot be read";
    }

    private static String typeName(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "UUID" -> "UUID";
            case "Integer", "int", "Long", "long" -> "an integer";
            case "BigDecimal" -> "a decimal number";
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant" -> "an ISO-8601 instant";
            case "List", "Set" -> "an array";
            case "String" -> "a string";
            case "Boolean", "boolean" -> "true or false";
            default -> "an object";
        };
    }
}
