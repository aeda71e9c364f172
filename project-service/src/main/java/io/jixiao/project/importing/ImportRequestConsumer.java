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
        if (event.isPresent()) {
            projects.resolve(json.readValue(event.get().data(), ImportEvents.Requested.class));
        }
    }
}
