package io.jixiao.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error into application/problem+json (docs/api-contract.md), with field-level violations where there are fields. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response beanValidation(ResteasyReactiveViolationException e) {
        return violations(e.getConstraintViolations());
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e) {
        return violations(e.getConstraintViolations());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return Problem.invalid(
                        "The body is not valid JSON: " + e.getOriginalMessage() + " (line "
                                + e.getLocation().getLineNr() + ", column "
                                + e.getLocation().getColumnNr() + ")",
                        List.of())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e) {
        String own = e.getOriginalMessage();
        if (own != null && own.startsWith("must ")) { // a bound of ExactNumbers: say which one
            return field(e, own + ", but was " + quote(e.getValue()));
        }
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return field(e, "must be " + expected + ", but was " + quote(e.getValue()));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return field(e, "is not a known field");
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String expected = e.getTargetType() == null ? "a different JSON value" : describe(e.getTargetType());
        return field(e, "must be " + expected);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return field(e, cause.getMessage() == null ? "has an invalid value" : firstLine(cause.getMessage()));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return Problem.invalid("The body could not be read: " + e.getOriginalMessage(), List.of())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return Response.fromResponse(Problem.of(401, "Unauthenticated", "A valid bearer token is required")
                        .toResponse())
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated(new UnauthorizedException());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "Forbidden", "Your role does not allow this action")
                .toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getResponse() != null && e.getResponse().getEntity() instanceof Problem) {
            return e.getResponse(); // already a problem (a strict query parameter)
        }
        // Quarkus REST wraps a body it cannot parse in a plain 400; answer with what was wrong in it
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return mapping instanceof MismatchedInputException m ? mismatched(m) : mapping(mapping);
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return Problem.of(status, title, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        Response known = DatabaseRefusals.answer(e);
        if (known != null) {
            return known;
        }
        LOG.error("unexpected error", e);
        return Problem.of(500, "Internal error", "The request could not be completed; it has been logged")
                .toResponse();
    }

    static Response violations(Set<? extends ConstraintViolation<?>> violations) {
        List<Problem.Violation> list = violations.stream()
                .map(v -> new Problem.Violation(fieldOf(v.getPropertyPath()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .collect(Collectors.toList());
        String detail = list.size() == 1
                ? list.get(0).field() + ": " + list.get(0).message()
                : list.size() + " fields are invalid";
        return Problem.invalid(detail, list).toResponse();
    }

    /** {@code create.body.costItems[2].amount} → {@code costItems[2].amount}; query parameters keep their own name. */
    static String fieldOf(Path path) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {}
                case PARAMETER -> parameter = node.getName();
                default -> {
                    String name = node.getName() == null ? "" : node.getName();
                    if (node.getIndex() != null && !parts.isEmpty()) {
                        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
                    }
                    if (!name.isEmpty()) {
                        parts.add(name);
                    }
                }
            }
        }
        return parts.isEmpty() ? (parameter == null ? "body" : parameter) : String.join(".", parts);
    }

    private static Response field(JsonMappingException e, String message) {
        String field = pathOf(e);
        return Problem.invalid(field + " " + message, List.of(new Problem.Violation(field, message)))
                .toResponse();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "body" : sb.toString();
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date like 2021-01-01";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        return "an object";
    }

    private static String quote(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
