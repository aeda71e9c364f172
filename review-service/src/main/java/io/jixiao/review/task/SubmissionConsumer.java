package io.jixiao.review.task;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jixiao.platform.inbox.Inbox;
import io.jixiao.review.chain.SubjectType;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Opens a review round for every submitted target table, adjustment and self-evaluation; each event acts once. */
@ApplicationScoped
public class SubmissionConsumer {
    private final Inbox inbox;
    private final ObjectMapper json;
    private final ReviewService reviews;

    SubmissionConsumer(Inbox inbox, ObjectMapper json, ReviewService reviews) {
        this.inbox = inbox;
        this.json = json;
        this.reviews = reviews;
    }

    @Incoming("target-tables")
    @Blocking // ordered
    @Transactional
    public void onTargetTable(ConsumerRecord<String, String> record) throws Exception {
        var event = inbox.accept(record, "review.target-table-submitted", Set.of("target-table.submitted.v1"));
        if (event.isPresent()) {
            JsonNode e = json.readTree(event.get().data());
            JsonNode table = e.path("table");
            SubjectType type = "ADJUSTMENT".equals(e.path("subjectType").asText()) ? SubjectType.ADJUSTMENT
                    : SubjectType.TARGET_TABLE;
            String title = table.path("projectName").asText("") + " 绩效目标表 " + table.path("periodStartYear").asText()
                    + (table.path("period").asText().equals("MID_TERM") ? "–" + table.path("periodEndYear").asText() + " 中期" : "");
            reviews.openRound(Submission.of(type, table, e.path("version").asInt(), e.path("changes"), title.strip()));
        }
    }

    @Incoming("evaluations")
    @Blocking // ordered
    @Transactional
    public void onEvaluation(ConsumerRecord<String, String> record) throws Exception {
        var event = inbox.accept(record, "review.evaluation-submitted", Set.of("evaluation.submitted.v1"));
        if (event.isPresent()) {
            JsonNode e = json.readTree(event.get().data());
            JsonNode evaluation = e.path("evaluation");
            String title = evaluation.path("projectName").asText("") + " 绩效自评 " + evaluation.path("fiscalYear").asText();
            reviews.openRound(Submission.of(SubjectType.EVALUATION, evaluation, e.path("version").asInt(),
                    e.path("changes"), title.strip()));
        }
    }
}
