package io.jixiao.project.importing;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.jixiao.platform.event.ImportEvents;
import io.jixiao.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Registers the projects an import asks for; each request acts once, its answer commits with it (outbox). */
@ApplicationScoped
public class ImportRequestConsumer {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ImportRequestConsumer.class);
    static final String CONSUMER = "project.import-requests";

    private final Inbox inbox;
    private final ObjectMapper json;
    private final ImportedProjects projects;

    ImportRequestConsumer(Inbox inbox, ObjectMapper json, ImportedProjects projects) {
        this.inbox = inbox;
        this.json = json;
        this.projects = projects;
    }

    @Incoming("imports")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) throws Exception {
        var event = inbox.accept(record, CONSUMER, Set.of(ImportEvents.REQUESTED));
        if (event.isEmpty()) {
            return;
        }
        ImportEvents.Requested request;
        try {
            request = json.readValue(event.get().data(), ImportEvents.Requested.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            LOG.errorf("import request %s is unreadable and is skipped (%s): %s", event.get().id(), e.getOriginalMessage(),
                    event.get().data());
            return;
        }
        if (request.batchId() == null || request.key() == null || request.project() == null) {
            LOG.errorf("import request %s lacks batchId, key or project and is skipped: %s", event.get().id(), event.get().data());
            return;
        }
        projects.resolve(request);
    }
}
