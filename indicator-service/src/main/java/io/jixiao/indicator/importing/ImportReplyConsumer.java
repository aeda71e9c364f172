package io.jixiao.indicator.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.platform.consumer.EventConsumer;
import io.jixiao.platform.consumer.Intake;
import io.jixiao.platform.event.EventData;
import io.jixiao.platform.event.ImportEvents;
import io.jixiao.platform.event.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

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
        if (ImportEvents.RESOLVED.equals(event.type())) {
            ImportEvents.ResolvedProject r = EventData.contract(json, event, ImportEvents.ResolvedProject.class);
            imports.resolved(r.batchId(), r.key(), r.project());
        } else {
            ImportEvents.Rejected r = EventData.contract(json, event, ImportEvents.Rejected.class);
            imports.rejected(r.batchId(), r.key(), r.problems());
        }
    }
}
