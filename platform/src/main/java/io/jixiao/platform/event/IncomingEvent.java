package io.jixiao.platform.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A CloudEvent read from a Kafka record: the envelope from the headers, the payload as JSON text. */
public record IncomingEvent(
        UUID id,
        String type,
        String source,
        String subject,
        Instant time,
        String key,
        String data,
        String correlationId) {

    /** @throws IllegalArgumentException saying which part of the envelope is missing or malformed */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEvents.ID);
        String type = header(record, CloudEvents.TYPE);
        if (id == null || type == null) {
            throw new IllegalArgumentException("record without " + (id == null ? CloudEvents.ID : CloudEvents.TYPE)
                    + " header (not a CloudEvent)");
        }
        String time = header(record, CloudEvents.TIME);
        try {
            return new IncomingEvent(
                    UUID.fromString(id),
                    type,
                    header(record, CloudEvents.SOURCE),
                    header(record, CloudEvents.SUBJECT),
                    time == null ? null : Instant.parse(time),
                    record.key(),
                    record.value(),
                    header(record, Correlation.EVENT_HEADER));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(CloudEvents.TIME + " is not an instant: " + abbreviate(time), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(CloudEvents.ID + " is not a UUID: " + abbreviate(id), e);
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
