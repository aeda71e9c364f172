package io.jixiao.evaluation.evaluation;

import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jixiao.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** An approved target table prepares its self-evaluation; a review outcome approves or returns one. Each event acts once. */
@ApplicationScoped
public class EvaluationConsumers {
    private final Inbox inbox;
    private final ObjectMapper json;
    private final EvaluationService evaluations;

    EvaluationConsumers(Inbox inbox, ObjectMapper json, EvaluationService evaluations) {
        this.inbox = inbox;
        this.json = json;
        this.evaluations = evaluations;
    }

    @Incoming("target-tables")
    @Blocking // ordered
    @Transactional
    public void onTargetTable(ConsumerRecord<String, String> record) throws Exception {
        var event = inbox.accept(record, "evaluation.table-approved", Set.of("target-table.approved.v1"));
        if (event.isPresent()) {
            evaluations.prepare(json.readTree(event.get().data()));
        }
    }

    @Incoming("reviews")
    @Blocking // ordered
    @Transactional
    public void onReview(ConsumerRecord<String, String> record) throws Exception {
        var event = inbox.accept(record, "evaluation.review-outcome", Set.of("review.completed.v1"));
        if (event.isEmpty()) {
            return;
        }
        JsonNode r = json.readTree(event.get().data());
        if ("EVALUATION".equals(r.path("subjectType").asText())) {
            evaluations.applyReview(UUID.fromString(r.path("subjectId").asText()), r.path("version").asInt(),
                    "APPROVED".equals(r.path("outcome").asText()), r.hasNonNull("grade") ? r.get("grade").asText() : null,
                    r.hasNonNull("opinion") ? r.get("opinion").asText() : null);
        }
    }
}
