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

/** Opens a review round for every submitted target table and adjustment; each event acts once. */
@ApplicationScoped
public class TableSubmittedConsumer implements EventConsumer {
    private final Intake intake;
    private final ObjectMapper json;
    private final ReviewService reviews;

    TableSubmittedConsumer(Intake intake, ObjectMapper json, ReviewService reviews) {
        this.intake = intake;
        this.json = json;
        this.reviews = reviews;
    }

    @Incoming("target-tables")
    @Blocking // ordered
    public void on(ConsumerRecord<String, String> record) {
        intake.take(record, this);
    }

    @Override
    public String name() {
        return "review.target-table-submitted";
    }

    @Override
    public Set<String> types() {
        return Set.of("target-table.submitted.v1");
    }

    @Override
    public void apply(IncomingEvent event) {
        JsonNode e = EventData.tree(json, event);
        JsonNode table = EventData.object(e, "table");
        EventData.uuid(table, "id");
        EventData.text(table, "orgPath");
        SubjectType type = "ADJUSTMENT".equals(e.path("subjectType").asText()) ? SubjectType.ADJUSTMENT
                : SubjectType.TARGET_TABLE;
        String title = table.path("projectName").asText("") + " 绩效目标表 " + table.path("periodStartYear").asText()
                + (table.path("period").asText().equals("MID_TERM") ? "–" + table.path("periodEndYear").asText() + " 中期" : "");
        reviews.openRound(Submission.of(type, table, EventData.integer(e, "version"), e.path("changes"), title.strip()));
    }
}
