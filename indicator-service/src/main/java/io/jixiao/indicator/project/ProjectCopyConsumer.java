package io.jixiao.indicator.project;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jixiao.platform.consumer.EventConsumer;
import io.jixiao.platform.consumer.Intake;
import io.jixiao.platform.event.EventData;
import io.jixiao.platform.event.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps {@link ProjectCopy} up to date from project.registered.v1 / project.updated.v1; each event acts once. */
@ApplicationScoped
public class ProjectCopyConsumer implements EventConsumer {
    static final String CONSUMER = "indicator.project-copy";
    private static final java.util.Set<String> TYPES = java.util.Set.of("project.registered.v1", "project.updated.v1");

    private final Intake intake;
    private final ObjectMapper json;

    ProjectCopyConsumer(Intake intake, ObjectMapper json) {
        this.intake = intake;
        this.json = json;
    }

    @Incoming("projects")
    @Blocking // ordered: one partition's events are applied in order
    public void on(ConsumerRecord<String, String> record) {
        intake.take(record, this);
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public java.util.Set<String> types() {
        return TYPES;
    }

    @Override
    public void apply(IncomingEvent event) {
        apply(EventData.tree(json, event));
    }

    /**
     * Applies a project's state unless a newer version is already here. The same project arrives on two topics (projects,
     * and an import's answer on imports) and may be applied by both consumers at once: the row is created with
     * {@code ON CONFLICT DO NOTHING} and then locked, so the two serialise instead of one failing on the primary key.
     */
    public ProjectCopy apply(JsonNode p) {
        UUID id = EventData.uuid(p, "id");
        int version = EventData.integer(p, "version");
        EventData.text(p, "orgPath");
        EventData.text(p, "orgCode");
        ProjectCopy.getEntityManager().createNativeQuery("""
                INSERT INTO project_copy (id, fiscal_year, org_code, org_path, name, amount_unit, version, updated_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, -1, now()) ON CONFLICT (id) DO NOTHING""")
                .setParameter(1, id).setParameter(2, p.path("fiscalYear").asInt()).setParameter(3, p.path("orgCode").asText())
                .setParameter(4, p.path("orgPath").asText()).setParameter(5, p.path("name").asText())
                .setParameter(6, p.path("amountUnit").asText("YUAN")).executeUpdate();
        ProjectCopy copy = ProjectCopy.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (copy.version > version) {
            return copy;
        }
        boolean moved = copy.version >= 0 && !p.path("orgPath").asText().equals(copy.orgPath);
        copy.fiscalYear = p.path("fiscalYear").asInt();
        copy.orgCode = p.path("orgCode").asText();
        copy.orgPath = p.path("orgPath").asText();
        if (moved) {
            // an admin moved the project to another organisation: its tables follow, so the new owner writes them and
            // the old one no longer can (access is decided on the table's own org)
            ProjectCopy.getEntityManager().createNativeQuery("UPDATE target_table SET org_code = ?2, org_path = ?3"
                    + " WHERE project_id = ?1").setParameter(1, id).setParameter(2, copy.orgCode)
                    .setParameter(3, copy.orgPath).executeUpdate();
        }
        copy.name = p.path("name").asText();
        copy.amountUnit = p.path("amountUnit").asText("YUAN");
        copy.yearAmount = p.hasNonNull("yearAmount") ? p.get("yearAmount").decimalValue() : null;
        copy.unitName = p.path("unitName").asText(null);
        copy.departmentName = p.path("departmentName").asText(null);
        copy.leader = p.path("leader").asText(null);
        copy.phone = p.path("phone").asText(null);
        copy.version = version;
        copy.updatedAt = OffsetDateTime.now();
        copy.persist();
        return copy;
    }
}
