package io.jixiao.review.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.platform.consumer.EventConsumer;
import io.jixiao.platform.consumer.Intake;
import io.jixiao.platform.event.EventData;
import io.jixiao.platform.event.IncomingEvent;
import io.jixiao.platform.outbox.AfterCommit;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the topics finance bureaus may subscribe to (its own consumer group, so review-service's other consumers keep
 * their offsets) and stores a delivery per matching subscription, once per event; the dispatcher sends them after the
 * commit.
 */
@ApplicationScoped
public class WebhookEventsConsumer implements EventConsumer {
    private static final Set<String> TYPES =
            EventCatalogue.TYPES.stream().map(EventCatalogue.EventType::type).collect(Collectors.toUnmodifiableSet());

    private final Intake intake;
    private final ObjectMapper json;
    private final Deliveries deliveries;
    private final Dispatcher dispatcher;
    private final TransactionSynchronizationRegistry transactions;

    WebhookEventsConsumer(
            Intake intake,
            ObjectMapper json,
            Deliveries deliveries,
            Dispatcher dispatcher,
            TransactionSynchronizationRegistry transactions) {
        this.intake = intake;
        this.json = json;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.transactions = transactions;
    }

    @Incoming("webhook-target-tables")
    @Blocking
    public void onTargetTable(ConsumerRecord<String, String> record) {
        intake.take(record, this);
    }

    @Incoming("webhook-reviews")
    @Blocking
    public void onReview(ConsumerRecord<String, String> record) {
        intake.take(record, this);
    }

    @Incoming("webhook-evaluations")
    @Blocking
    public void onEvaluation(ConsumerRecord<String, String> record) {
        intake.take(record, this);
    }

    @Incoming("webhook-fiscal-years")
    @Blocking
    public void onFiscalYear(ConsumerRecord<String, String> record) {
        intake.take(record, this);
    }

    @Override
    public String name() {
        return "review.webhooks";
    }

    @Override
    public Set<String> types() {
        return TYPES;
    }

    @Override
    public void apply(IncomingEvent event) {
        if (deliveries.fanOut(event, EventData.tree(json, event)) > 0) {
            AfterCommit.run(transactions, dispatcher::wake);
        }
    }
}
