package io.jixiao.review.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.platform.consumer.EventConsumer;
import io.jixiao.platform.consumer.Intake;
import io.jixiao.platform.event.EventData;
import io.jixiao.platform.event.IncomingEvent;
import io.jixiao.platform.event.TableEvents;
import io.jixiao.review.chain.SubjectType;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

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
        return Set.of(TableEvents.SUBMITTED);
    }

    @Override
    public void apply(IncomingEvent event) {
        JsonNode tree = EventData.tree(json, event);
        TableEvents.Submitted e = EventData.contract(json, event, tree, TableEvents.Submitted.class);
        TableEvents.Table table = e.table();
        SubjectType type =
                TableEvents.ADJUSTMENT.equals(e.subjectType()) ? SubjectType.ADJUSTMENT : SubjectType.TARGET_TABLE;
        String title =
                Objects.toString(table.projectName(), "") + " 绩效目标表 " + Objects.toString(table.periodStartYear(), "")
                        + (table.midTerm() ? "–" + table.periodEndYear() + " 中期" : "");
        // the reviewers see the table as it was submitted, all of it: the snapshot is the event's own JSON
        JsonNode snapshot = tree.get("table");
        reviews.openRound(new Submission(
                type,
                table.id(),
                table.projectId(),
                e.version(),
                title.strip(),
                table.orgCode(),
                table.orgPath(),
                snapshot.toString(),
                Json.write(e.changes())));
    }
}
