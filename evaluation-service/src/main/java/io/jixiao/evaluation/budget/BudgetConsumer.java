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
import io.jixiao.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** project.budget-executed.v1 → the budget block of the project's self-evaluations (which the unit may still correct). */
@ApplicationScoped
public class BudgetConsumer {
    private final Inbox inbox;
    private final ObjectMapper json;
    private final EvaluationService evaluations;

    BudgetConsumer(Inbox inbox, ObjectMapper json, EvaluationService evaluations) {
        this.inbox = inbox;
        this.json = json;
        this.evaluations = evaluations;
    }

    @Incoming("projects")
    @Blocking // ordered
    @Transactional
    public void on(ConsumerRecord<String, String> record) throws Exception {
        var event = inbox.accept(record, "evaluation.budget", Set.of("project.budget-executed.v1"));
        if (event.isEmpty()) {
            return;
        }
        JsonNode e = json.readTree(event.get().data());
        UUID projectId = UUID.fromString(e.path("projectId").asText());
        evaluations.lockProject(projectId);
        int version = e.path("version").asInt();
        BudgetCopy b = BudgetCopy.findById(projectId);
        if (b != null && b.version > version) {
            return;
        }
        if (b == null) {
            b = new BudgetCopy();
            b.projectId = projectId;
        }
        JsonNode figures = e.path("budgetExecution");
        b.fiscalYear = e.path("fiscalYear").asInt();
        b.orgCode = e.path("orgCode").asText();
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
