package io.jixiao.project.importing;

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

/** Registers the projects an import asks for; each request acts once, its answer commits with it (outbox). */
@ApplicationScoped
public class ImportRequestConsumer implements EventConsumer {
    static final String CONSUMER = "project.import-requests";

    private final Intake intake;
    private final ObjectMapper json;
    private final ImportedProjects projects;

    ImportRequestConsumer(Intake intake, ObjectMapper json, ImportedProjects projects) {
        this.intake = intake;
        this.json = json;
        this.projects = projects;
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
        return Set.of(ImportEvents.REQUESTED);
    }

    @Override
    public void apply(IncomingEvent event) {
        projects.resolve(EventData.contract(json, event, ImportEvents.Requested.class));
    }
}
