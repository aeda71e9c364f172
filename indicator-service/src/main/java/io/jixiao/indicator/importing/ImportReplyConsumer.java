package io.jixiao.indicator.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jixiao.platform.event.ImportEvents;
import io.jixiao.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** project-service's answers to an import's project requests; each acts once. */
@ApplicationScoped
public class ImportReplyConsumer {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ImportReplyConsumer.class);
    static final String CONSUMER = "indicator.import-replies";

    private final Inbox inbox;
    private final ObjectMapper json;
    private final ImportService imports;

    ImportReplyConsumer(Inbox inbox, ObjectMapper json, ImportService imports) {
        this.inbox = inbox;
        this.json = json;
        this.imports = imports;
    }

    @Incoming("imports")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) throws Exception {
        var event = inbox.accept(record, CONSUMER, Set.of(ImportEvents.RESOLVED, ImportEvents.REJECTED));
        if (event.isEmpty()) {
            return;
        }
        JsonNode d = json.readTree(event.get().data());
        UUID batch;
        try {
            batch = UUID.fromString(d.path("batchId").asText());
        } catch (IllegalArgumentException e) {
            // a poison pill would stop the channel (and restart the service) forever: say it loudly and move on
            LOG.errorf("import answer %s has no valid batchId and is skipped: %s", event.get().id(), event.get().data());
            return;
        }
        String key = d.path("key").asText();
        if (ImportEvents.RESOLVED.equals(event.get().type())) {
            imports.resolved(batch, key, d.path("project"));
        } else {
            List<String> problems = new ArrayList<>();
            d.path("problems").forEach(p -> problems.add(p.asText()));
            imports.rejected(batch, key, problems);
        }
    }
}
