package io.jixiao.indicator.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.platform.consumer.EventConsumer;
import io.jixiao.platform.consumer.Intake;
import io.jixiao.platform.event.EventData;
import io.jixiao.platform.event.IncomingEvent;
import io.jixiao.platform.event.ProjectEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps {@link ProjectCopy} up to date from project.registered.v1 / project.updated.v1; each event acts once. */
@ApplicationScoped
public class ProjectCopyConsumer implements EventConsumer {
    static final String CONSUMER = "indicator.project-copy";
    private static final java.util.Set<String> TYPES =
            java.util.Set.of(ProjectEvents.REGISTERED, ProjectEvents.UPDATED);

    private final Intake intake;
    private final ObjectMapper json;
    private final ProjectCopies copies;

    ProjectCopyConsumer(Intake intake, ObjectMapper json, ProjectCopies copies) {
        this.intake = intake;
        this.json = json;
        this.copies = copies;
    }

    @Incoming("projects")
    @Blocking // ordered: one partition's events are applied in order
    public void on(ConsumerRecord<String, String> record) {
        intake.take(record, this);
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public java.util.Set<String> types() {
        return TYPES;
    }

    @Override
    public void apply(IncomingEvent event) {
        copies.apply(EventData.contract(json, event, ProjectEvents.Project.class));
    }
}
