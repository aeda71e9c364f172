package io.jixiao.indicator.table;

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

/** review.completed.v1 for a target table or an adjustment: APPROVED locks it, RETURNED opens it for edits again. */
@ApplicationScoped
public class ReviewOutcomeConsumer implements EventConsumer {
    static final String CONSUMER = "indicator.review-outcome";
    private static final Set<String> TYPES = Set.of(ReviewEvents.COMPLETED);
    private static final Set<String> SUBJECTS = Set.of("TARGET_TABLE", "ADJUSTMENT");

    private final Intake intake;
    private final ObjectMapper json;
    private final TargetTableService tables;

    ReviewOutcomeConsumer(Intake intake, ObjectMapper json, TargetTableService tables) {
        this.intake = intake;
        this.json = json;
        this.tables = tables;
    }

    @Incoming("reviews")
    @Blocking // ordered: one subject's rounds are applied in order
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
        ReviewEvents.Completed r = EventData.contract(json, event, ReviewEvents.Completed.class);
        if (SUBJECTS.contains(r.subjectType())) {
            tables.applyReview(r.subjectId(), r.version(), r.approved(), r.grade(), r.opinion());
        }
    }
}
