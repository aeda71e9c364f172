package io.jixiao.indicator.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jixiao.platform.event.ImportEvents;
import io.jixiao.platform.consumer.EventConsumer;
import io.jixiao.platform.consumer.Intake;
import io.jixiao.platform.event.EventData;
import io.jixiao.platform.event.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/** project-service's answers to an import's project requests; each acts once. */
@ApplicationScoped
public class ImportReplyConsumer implements EventConsumer {
    static final String CONSUMER = "indicator.import-replies";
    private static final Set<String> TYPES = Set.of(ImportEvents.RESOLVED, ImportEvents.REJECTED);

    private final Intake intake;
    private final ObjectMapper json;
    private final ImportService imports;

    ImportReplyConsumer(Intake intake, ObjectMapper json, ImportService imports) {
        this.intake = intake;
        this.json = json;
        this.imports = imports;
    }

    @Incoming("imports")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        intake.take(record, this);
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public Set<String> types() {
        return TYPES;
    }

    @Override
    public void apply(IncomingEvent event) {
        JsonNode d = EventData.tree(json, event);
        UUID batch = EventData.uuid(d, "batchId");
        String key = EventData.text(d, "key");
        if (ImportEvents.RESOLVED.equals(event.type())) {
            imports.resolved(batch, key, EventData.object(d, "project"));
        } else {
            List<String> problems = new ArrayList<>();
            d.path("problems").forEach(p -> problems.add(p.asText()));
            imports.rejected(batch, key, problems);
        }
    }
}
