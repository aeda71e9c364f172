package io.jixiao.review.org;

import java.time.OffsetDateTime;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jixiao.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class OrgCopyConsumer {
    static final String CONSUMER = "review.org-copy";
    private static final Set<String> TYPES = Set.of("org.registered.v1", "org.updated.v1");

    private final Inbox inbox;
    private final ObjectMapper json;

    OrgCopyConsumer(Inbox inbox, ObjectMapper json) {
        this.inbox = inbox;
        this.json = json;
    }

    @Incoming("orgs")
    @Blocking // ordered: one partition's events are applied in order
    @Transactional
    public void on(ConsumerRecord<String, String> record) throws Exception {
        var event = inbox.accept(record, CONSUMER, TYPES);
        if (event.isPresent()) {
            apply(json.readTree(event.get().data()));
        }
    }

    void apply(JsonNode o) {
        String code = o.path("code").asText();
        OrgCopy org = OrgCopy.findById(code);
        if (org == null) {
            org = new OrgCopy();
            org.code = code;
        }
        org.name = o.path("name").asText();
        org.type = o.path("type").asText();
        org.parentCode = o.hasNonNull("parentCode") ? o.get("parentCode").asText() : null;
        org.path = o.path("path").asText();
        org.updatedAt = OffsetDateTime.now();
        org.persist();
    }
}
