package io.jixiao.evaluation.monitoring;

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

/** review.completed.v1 of a monitoring sheet approves or returns it, with the finance measure (once per event). */
@ApplicationScoped
public class MonitoringReviewConsumer implements EventConsumer {
    private final Intake intake;
    private final ObjectMapper json;
    private final SheetService sheets;

    MonitoringReviewConsumer(Intake intake, ObjectMapper json, SheetService sheets) {
        this.intake = intake;
        this.json = json;
        this.sheets = sheets;
    }

    @Incoming("monitoring-reviews")
    @Blocking // ordered
    public void on(ConsumerRecord<String, String> record) {
        intake.take(record, this);
    }

    @Override
    public String name() {
        return "evaluation.monitoring-review-outcome";
    }

    @Override
    public Set<String> types() {
        return Set.of(ReviewEvents.COMPLETED);
    }

    @Override
    public void apply(IncomingEvent event) {
        ReviewEvents.Completed r = EventData.contract(json, event, ReviewEvents.Completed.class);
        if ("MONITORING".equals(r.subjectType())) {
            sheets.applyReview(
                    r.subjectId(), r.version(), r.approved(), r.financeMeasure(), r.opinion(), r.decidedBy());
        }
    }
}
