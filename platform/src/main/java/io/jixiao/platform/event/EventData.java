package io.jixiao.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an event's payload strictly: a required field that is missing or of the wrong kind is an
 * {@link IllegalArgumentException} naming it, which parks the record as a dead letter instead of applying a silent
 * default (an org path of "", a version of 0).
 */
public final class EventData {
    private EventData() {}

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
            throw new IllegalArgumentException(
                    event.type() + " " + event.id() + " payload is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T read(ObjectMapper json, IncomingEvent event, Class<T> type) {
        return read(json, event, tree(json, event), type);
    }

    /** The payload, already parsed as {@code tree}, read into {@code type} (one parse for a consumer that needs both). */
    public static <T> T read(ObjectMapper json, IncomingEvent event, JsonNode tree, Class<T> type) {
        try {
            return json.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    event.type() + " " + event.id() + " payload does not fit " + type.getSimpleName() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /** The payload read into its contract record and checked: what every consumer of a contracted event calls. */
    public static <T extends EventContract<T>> T contract(ObjectMapper json, IncomingEvent event, Class<T> type) {
        return read(json, event, type).requireValid();
    }

    public static <T extends EventContract<T>> T contract(
            ObjectMapper json, IncomingEvent event, JsonNode tree, Class<T> type) {
        return read(json, event, tree, type).requireValid();
    }
}
