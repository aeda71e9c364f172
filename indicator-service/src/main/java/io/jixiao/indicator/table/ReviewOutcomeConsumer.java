package io.jixiao.indicator.table;

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

/** review.completed.v1 for a target table or an adjustment: APPROVED locks it, RETURNED opens it for edits again. */
@ApplicationScoped
public class ReviewOutcomeConsumer {
    static final String CONSUMER = "indicator.review-outcome";
    private static final Set<String> TYPES = Set.of("review.completed.v1");
    private static final Set<String> SUBJECTS = Set.of("TARGET_TABLE", "ADJUSTMENT");

    private final Inbox inbox;
    private final ObjectMapper json;
    private final TargetTableService tables;

    ReviewOutcomeConsumer(Inbox inbox, ObjectMapper json, TargetTableService tables) {
        this.inbox = inbox;
        this.json = json;
        this.tables = tables;
    }

    @Incoming("reviews")
    @Blocking // ordered: one subject's rounds are applied in order
    @Transactional
    public void on(ConsumerRecord<String, String> record) throws Exception {
        var event = inbox.accept(record, CONSUMER, TYPES);
        if (event.isEmpty()) {
            return;
        }
        JsonNode r = json.readTree(event.get().data());
        if (!SUBJECTS.contains(r.path("subjectType").asText())) {
            return;
        }
        tables.applyReview(UUID.fromString(r.path("subjectId").asText()), r.path("version").asInt(),
                "APPROVED".equals(r.path("outcome").asText()), text(r, "grade"), text(r, "opinion"));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
