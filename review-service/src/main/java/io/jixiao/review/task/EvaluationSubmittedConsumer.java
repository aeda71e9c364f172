package io.jixiao.review.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.platform.consumer.EventConsumer;
import io.jixiao.platform.consumer.Intake;
import io.jixiao.platform.event.EventData;
import io.jixiao.platform.event.IncomingEvent;
import io.jixiao.platform.event.MonitoringEvents;
import io.jixiao.platform.event.SelfEvaluationEvents;
import io.jixiao.review.chain.SubjectType;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Opens a review round for every submitted self-evaluation and monitoring sheet; each event acts once. */
@ApplicationScoped
public class EvaluationSubmittedConsumer implements EventConsumer {
    private final Intake intake;
    private final ObjectMapper json;
    private final ReviewService reviews;

    EvaluationSubmittedConsumer(Intake intake, ObjectMapper json, ReviewService reviews) {
        this.intake = intake;
        this.json = json;
        this.reviews = reviews;
    }

    @Incoming("evaluations")
    @Blocking // ordered
    public void on(ConsumerRecord<String, String> record) {
        intake.take(record, this);
    }

    @Override
    public String name() {
        return "review.evaluation-submitted";
    }

    @Override
    public Set<String> types() {
        return Set.of(SelfEvaluationEvents.SUBMITTED, MonitoringEvents.SUBMITTED);
    }

    @Override
    public void apply(IncomingEvent event) {
        JsonNode tree = EventData.tree(json, event);
        if (MonitoringEvents.SUBMITTED.equals(event.type())) {
            monitoring(tree, EventData.contract(json, event, tree, MonitoringEvents.Submitted.class));
            return;
        }
        SelfEvaluationEvents.Submitted e = EventData.contract(json, event, tree, SelfEvaluationEvents.Submitted.class);
        SelfEvaluationEvents.Sheet sheet = e.evaluation();
        String title = Objects.toString(sheet.projectName(), "") + " 绩效自评 " + sheet.fiscalYear();
        // the reviewers see the sheet as it was submitted, all of it: the snapshot is the event's own JSON
        JsonNode snapshot = tree.get("evaluation");
        reviews.openRound(new Submission(
                SubjectType.EVALUATION,
                sheet.id(),
                sheet.projectId(),
                e.version(),
                title.strip(),
                sheet.orgCode(),
                sheet.orgPath(),
                snapshot.toString(),
                Json.write(e.changes())));
    }

    /** A monitoring sheet (运行监控表) goes through its own chain; reviewers see it as submitted. */
    private void monitoring(JsonNode tree, MonitoringEvents.Submitted e) {
        MonitoringEvents.Sheet sheet = e.sheet();
        String title = Objects.toString(sheet.projectName(), "") + " 绩效运行监控 " + sheet.fiscalYear();
        reviews.openRound(new Submission(
                SubjectType.MONITORING,
                sheet.id(),
                sheet.projectId(),
                e.version(),
                title.strip(),
                sheet.orgCode(),
                sheet.orgPath(),
                tree.get("sheet").toString(),
                null));
    }
}
