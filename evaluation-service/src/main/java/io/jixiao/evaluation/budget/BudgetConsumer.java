package io.jixiao.evaluation.budget;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jixiao.evaluation.evaluation.EvaluationService;
import io.jixiao.platform.consumer.EventConsumer;
import io.jixiao.platform.consumer.Intake;
import io.jixiao.platform.event.EventData;
import io.jixiao.platform.event.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * project.budget-executed.v1 → the budget block of the project's self-evaluations (which the unit may still correct);
 * project.updated.v1 → the evaluations follow a project an admin moved to another organisation.
 */
@ApplicationScoped
public class BudgetConsumer implements EventConsumer {
    private final Intake intake;
    private final ObjectMapper json;
    private final EvaluationService evaluations;

    BudgetConsumer(Intake intake, ObjectMapper json, EvaluationService evaluations) {
        this.intake = intake;
        this.json = json;
        this.evaluations = evaluations;
    }

    @Incoming("projects")
    @Blocking // ordered
    public void on(ConsumerRecord<String, String> record) {
        intake.take(record, this);
    }

    @Override
    public String name() {
        return "evaluation.budget";
    }

    @Override
    public Set<String> types() {
        return Set.of("project.budget-executed.v1", "project.updated.v1");
    }

    @Override
    public void apply(IncomingEvent event) {
        JsonNode e = EventData.tree(json, event);
        if ("project.updated.v1".equals(event.type())) {
            // an admin moved the project: its self-evaluations follow it to the new organisation
            evaluations.moveProject(EventData.uuid(e, "id"), EventData.text(e, "orgCode"), EventData.text(e, "orgPath"));
            return;
        }
        UUID projectId = EventData.uuid(e, "projectId");
        int version = EventData.integer(e, "version");
        JsonNode figures = EventData.object(e, "budgetExecution");
        evaluations.lockProject(projectId);
        BudgetCopy b = BudgetCopy.findById(projectId);
        if (b != null && b.version > version) {
            return;
        }
        if (b == null) {
            b = new BudgetCopy();
            b.projectId = projectId;
        }
        b.fiscalYear = EventData.integer(e, "fiscalYear");
        b.orgCode = EventData.text(e, "orgCode");
        b.initialTotal = total(figures, "initial");
        b.adjustedTotal = total(figures, "adjusted");
        b.executedTotal = total(figures, "executed");
        b.breakdown = figures.toString();
        b.version = version;
        b.updatedAt = OffsetDateTime.now();
        b.persist();
        evaluations.applyBudget(b);
    }

    private static BigDecimal total(JsonNode figures, String column) {
        JsonNode t = figures.path(column).path("total");
        return t.isMissingNode() || t.isNull() ? null : t.decimalValue();
    }
}
