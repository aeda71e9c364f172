package io.jixiao.evaluation.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.platform.consumer.EventConsumer;
import io.jixiao.platform.consumer.Intake;
import io.jixiao.platform.event.EventData;
import io.jixiao.platform.event.IncomingEvent;
import io.jixiao.platform.event.ReviewEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** review.completed.v1 of a self-evaluation approves or returns it (once per event). */
@ApplicationScoped
public class EvaluationReviewConsumer implements EventConsumer {
    private final Intake intake;
    private final ObjectMapper json;
    private final EvaluationService evaluations;

    EvaluationReviewConsumer(Intake intake, ObjectMapper json, EvaluationService evaluations) {
        this.intake = intake;
        this.json = json;
        this.evaluations = evaluations;
    }

    @Incoming("reviews")
    @Blocking // ordered
    public void on(ConsumerRecord<String, String> record) {
        intake.take(record, this);
    }

    @Override
    public String name() {
        return "evaluation.review-outcome";
    }

    @Override
    public Set<String> types() {
        return Set.of(ReviewEvents.COMPLETED);
    }

    @Override
    public void apply(IncomingEvent event) {
        ReviewEvents.Completed r = EventData.contract(json, event, ReviewEvents.Completed.class);
        if ("EVALUATION".equals(r.subjectType())) {
            evaluations.applyReview(r.subjectId(), r.version(), r.approved(), r.grade(), r.opinion());
        }
    }
}
