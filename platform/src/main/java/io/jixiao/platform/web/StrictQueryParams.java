package io.jixiao.platform.web;

import io.jixiao.platform.problem.Problem;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Query parameters read strictly, with a 400 that names the parameter instead of JAX-RS's 404 for a value it cannot
 * convert. Booleans take true/false/1/0/yes/no ({@code dryRun=1} is a dry run, never a save), numbers must be
 * numbers, enums one of their values, and no text may carry control characters such as U+0000.
 */
@Provider
public class StrictQueryParams implements ParamConverterProvider {
    private static final List<String> TRUE = List.of("true", "1", "yes", "on");
    private static final List<String> FALSE = List.of("false", "0", "no", "off", "");

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations)
                .filter(QueryParam.class::isInstance)
                .map(a -> ((QueryParam) a).value())
                .findFirst()
                .orElse(null);
        if (name == null) {
            return null; // path parameters keep their 404: a malformed id names nothing that exists
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, "true or false", StrictQueryParams::bool);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, "a whole number", Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, "a whole number", Long::valueOf);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, "a UUID", UUID::fromString);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "a date like 2021-01-31", LocalDate::parse);
        }
        if (rawType == String.class) {
            return (ParamConverter<T>) converter(name, "text without control characters", StrictQueryParams::text);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) converter(
                    name,
                    "one of " + Arrays.toString(type.getEnumConstants()),
                    v -> Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT)));
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, String expected, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (RuntimeException e) {
                    String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
                    String message =
                            "must be " + expected + ", but was \"" + shown.replaceAll("\\p{Cntrl}", "�") + "\"";
                    throw new WebApplicationException(
                            message,
                            Problem.invalid(name + ": " + message, List.of(new Problem.Violation(name, message)))
                                    .toResponse());
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static Boolean bool(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (TRUE.contains(v)) {
            return true;
        }
        if (FALSE.contains(v)) {
            return false;
        }
        throw new IllegalArgumentException(value);
    }

    private static String text(String value) {
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
            throw new IllegalArgumentException("control character");
        }
        return value;
    }
}
