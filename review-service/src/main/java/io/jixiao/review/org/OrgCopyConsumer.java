package io.jixiao.review.org;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.platform.consumer.EventConsumer;
import io.jixiao.platform.consumer.Intake;
import io.jixiao.platform.event.EventData;
import io.jixiao.platform.event.IncomingEvent;
import io.jixiao.platform.event.OrgEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the copy of the organisation tree that review chains are resolved on; each event acts once. */
@ApplicationScoped
public class OrgCopyConsumer implements EventConsumer {
    static final String CONSUMER = "review.org-copy";
    private static final Set<String> TYPES = Set.of(OrgEvents.REGISTERED, OrgEvents.UPDATED);

    private final Intake intake;
    private final ObjectMapper json;

    OrgCopyConsumer(Intake intake, ObjectMapper json) {
        this.intake = intake;
        this.json = json;
    }

    @Incoming("orgs")
    @Blocking // ordered: one partition's events are applied in order
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
        apply(EventData.contract(json, event, OrgEvents.Org.class));
    }

    void apply(OrgEvents.Org o) {
        String code = o.code();
        String path = o.path();
        OrgCopy org = OrgCopy.findById(code);
        if (org == null) {
            org = new OrgCopy();
            org.code = code;
        }
        org.name = o.name();
        org.type = o.type();
        org.parentCode = o.parentCode();
        org.path = path;
        org.updatedAt = OffsetDateTime.now();
        org.persist();
    }
}
