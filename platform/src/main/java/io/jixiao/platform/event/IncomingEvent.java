package io.jixiao.platform.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A CloudEvent read from a Kafka record: the envelope from the headers, the payload as JSON text. */
public record IncomingEvent(UUID id, String type, String source, String subject, Instant time, String key, String data) {

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEvents.ID);
        if (id == null) {
            throw new IllegalArgumentException("record without " + CloudEvents.ID + " header at offset " + record.offset());
        }
        String time = header(record, CloudEvents.TIME);
        return new IncomingEvent(UUID.fromString(id), header(record, CloudEvents.TYPE), header(record, CloudEvents.SOURCE),
                header(record, CloudEvents.SUBJECT), time == null ? null : Instant.parse(time), record.key(), record.value());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
