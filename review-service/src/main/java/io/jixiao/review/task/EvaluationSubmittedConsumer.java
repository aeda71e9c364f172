package io.jixiao.review.task;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jixiao.platform.consumer.EventConsumer;
import io.jixiao.platform.consumer.Intake;
import io.jixiao.platform.event.EventData;
import io.jixiao.platform.event.IncomingEvent;
import io.jixiao.review.chain.SubjectType;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/** Opens a review round for every submitted self-evaluation; each event acts once. */
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
        return Set.of("evaluation.submitted.v1");
    }

    @Override
    public void apply(IncomingEvent event) {
        JsonNode e = EventData.tree(json, event);
        JsonNode evaluation = EventData.object(e, "evaluation");
        EventData.uuid(evaluation, "id");
        EventData.text(evaluation, "orgPath");
        String title = evaluation.path("projectName").asText("") + " 绩效自评 " + evaluation.path("fiscalYear").asText();
        reviews.openRound(Submission.of(SubjectType.EVALUATION, evaluation, EventData.integer(e, "version"),
                e.path("changes"), title.strip()));
    }
}
