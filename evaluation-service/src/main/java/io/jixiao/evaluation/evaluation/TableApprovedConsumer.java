package io.jixiao.evaluation.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.platform.consumer.EventConsumer;
import io.jixiao.platform.consumer.Intake;
import io.jixiao.platform.event.EventData;
import io.jixiao.platform.event.IncomingEvent;
import io.jixiao.platform.event.TableEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** An approved target table prepares its self-evaluation (once per event). */
@ApplicationScoped
public class TableApprovedConsumer implements EventConsumer {
    private final Intake intake;
    private final ObjectMapper json;
    private final EvaluationService evaluations;

    TableApprovedConsumer(Intake intake, ObjectMapper json, EvaluationService evaluations) {
        this.intake = intake;
        this.json = json;
        this.evaluations = evaluations;
    }

    @Incoming("target-tables")
    @Blocking // ordered
    public void on(ConsumerRecord<String, String> record) {
        intake.take(record, this);
    }

    @Override
    public String name() {
        return "evaluation.table-approved";
    }

    @Override
    public Set<String> types() {
        return Set.of(TableEvents.APPROVED);
    }

    @Override
    public void apply(IncomingEvent event) {
        evaluations.prepare(EventData.contract(json, event, TableEvents.Approved.class));
    }
}
