package io.jixiao.platform.event;

import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an event's payload strictly: a required field that is missing or of the wrong kind is an
 * {@link IllegalArgumentException} naming it, which parks the record as a dead letter instead of applying a silent
 * default (an org path of "", a version of 0).
 */
public final class EventData {
    private EventData() {
    }

    public static JsonNode tree(ObjectMapper json, IncomingEvent event) {
        if (event.data() == null || event.data().isBlank()) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " has no payload");
        }
        try {
            JsonNode node = json.readTree(event.data());
            if (!node.isObject()) {
                throw new IllegalArgumentException(event.type() + " " + event.id() + " payload is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " payload is not JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    public static <T> T read(ObjectMapper json, IncomingEvent event, Class<T> type) {
        tree(json, event);
        try {
            return json.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " payload does not fit "
                    + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The payload read into its contract record and checked: what every consumer of a contracted event calls. */
    public static <T extends EventContract<T>> T contract(ObjectMapper json, IncomingEvent event, Class<T> type) {
        return read(json, event, type).requireValid();
    }

    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()) {
            throw new IllegalArgumentException("the event lacks " + field);
        }
        return value.asText();
    }

    public static UUID uuid(JsonNode node, String field) {
        String text = text(node, field);
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the event's " + field + " is not a UUID", e);
        }
    }

    public static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new IllegalArgumentException("the event lacks " + field + " as a whole number");
        }
        return value.asInt();
    }

    public static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException("the event lacks the object " + field);
        }
        return value;
    }
}
