package io.jixiao.review.task;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.platform.consumer.EventConsumer;
import io.jixiao.platform.consumer.Intake;
import io.jixiao.platform.event.EventData;
import io.jixiao.platform.event.IncomingEvent;
import io.jixiao.platform.event.ProjectEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * project.registered/updated.v1 → where each project is; when an admin moved it to another organisation, its pending
 * review tasks follow it, as its tables (indicator-service) and self-evaluations (evaluation-service) do.
 */
@ApplicationScoped
public class ProjectMovedConsumer implements EventConsumer {
    private final Intake intake;
    private final ObjectMapper json;
    private final ReviewService reviews;

    ProjectMovedConsumer(Intake intake, ObjectMapper json, ReviewService reviews) {
        this.intake = intake;
        this.json = json;
        this.reviews = reviews;
    }

    @Incoming("projects")
    @Blocking // ordered
    public void on(ConsumerRecord<String, String> record) {
        intake.take(record, this);
    }

    @Override
    public String name() {
        return "review.project-moved";
    }

    @Override
    public Set<String> types() {
        return Set.of(ProjectEvents.REGISTERED, ProjectEvents.UPDATED);
    }

    @Override
    public void apply(IncomingEvent event) {
        ProjectEvents.Project p = EventData.contract(json, event, ProjectEvents.Project.class);
        reviews.projectAt(p.id(), p.orgCode(), p.orgPath(), p.version());
    }
}
