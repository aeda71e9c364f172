package io.jixiao.review.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * JSON Schemas of event data for the catalogue. Where an event type has a contract record (platform's event package,
 * what consumers rely on and the outbox checks), the schema is that record's; otherwise it is read off the example.
 * Events may carry more than the schema names (additional properties are allowed: additive changes within a version).
 */
final class EventSchemas {
    private EventSchemas() {}

    static Map<String, Object> ofRecord(Class<?> type) {
        return schema(type);
    }

    private static Map<String, Object> schema(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schema(p.getActualTypeArguments()[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object");
            }
            return schema(raw);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return Map.of("type", "string");
        }
        if (c == UUID.class) {
            return Map.of("type", "string", "format", "uuid");
        }
        if (c == OffsetDateTime.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (c == java.time.LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
            return Map.of("type", "integer");
        }
        if (c == BigDecimal.class || c == Double.class || c == double.class) {
            return Map.of("type", "number");
        }
        if (c == Boolean.class || c == boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c.isEnum()) {
            return Map.of(
                    "type",
                    "string",
                    "enum",
                    Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
        }
        if (c.isRecord()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (RecordComponent rc : c.getRecordComponents()) {
                properties.put(rc.getName(), schema(rc.getGenericType()));
            }
            return Map.of("type", "object", "properties", properties, "additionalProperties", true);
        }
        if (JsonNode.class.isAssignableFrom(c) || c == Object.class) {
            return Map.of(); // any JSON
        }
        return Map.of("type", "object");
    }

    /** The shape of an example: what a type without a contract record is known to carry. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> ofExample(Object example) {
        if (example instanceof Map<?, ?> m) {
            Map<String, Object> properties = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, v) -> properties.put(k, ofExample(v)));
            return Map.of("type", "object", "properties", properties, "additionalProperties", true);
        }
        if (example instanceof List<?> l) {
            return l.isEmpty() ? Map.of("type", "array") : Map.of("type", "array", "items", ofExample(l.get(0)));
        }
        if (example instanceof Integer || example instanceof Long) {
            return Map.of("type", "integer");
        }
        if (example instanceof Number) {
            return Map.of("type", "number");
        }
        if (example instanceof Boolean) {
            return Map.of("type", "boolean");
        }
        return Map.of("type", "string");
    }
}
