package io.jixiao.platform.event;

/**
 * An event payload as its consumers rely on it: one record per event type, read by the consumer and checked at the
 * producer before the event is written (see {@link EventContracts}). {@link #requireValid()} names what is missing with an
 * {@link IllegalArgumentException}; on the consumer side that parks the record as a dead letter.
 */
public interface EventContract<T> {
    T requireValid();

    /** A required field, or the exception that names it. */
    static <V> V required(V value, String type, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new IllegalArgumentException(type + " lacks " + field);
        }
        return value;
    }

    /** An organisation path as every service stores it: /code/…/code/. */
    static String orgPath(String value, String type, String field) {
        required(value, type, field);
        if (!value.startsWith("/") || !value.endsWith("/") || value.length() < 3 || value.contains("//")) {
            throw new IllegalArgumentException(type + " has " + field + " '" + value + "', not an organisation path");
        }
        return value;
    }
}
