package io.jixiao.evaluation.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.evaluation.budget.BudgetCopy;
import io.jixiao.platform.consumer.EventConsumer;
import io.jixiao.platform.consumer.Intake;
import io.jixiao.platform.event.EventData;
import io.jixiao.platform.event.IncomingEvent;
import io.jixiao.platform.event.ProjectEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

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
        return Set.of(ProjectEvents.BUDGET_EXECUTED, ProjectEvents.UPDATED);
    }

    @Override
    public void apply(IncomingEvent event) throws Exception {
        if (ProjectEvents.UPDATED.equals(event.type())) {
            // an admin moved the project: its self-evaluations follow it to the new organisation
            ProjectEvents.Project p = EventData.contract(json, event, ProjectEvents.Project.class);
            evaluations.moveProject(p.id(), p.orgCode(), p.orgPath());
            return;
        }
        ProjectEvents.BudgetExecuted e = EventData.contract(json, event, ProjectEvents.BudgetExecuted.class);
        evaluations.lockProject(e.projectId());
        BudgetCopy b = BudgetCopy.findById(e.projectId());
        if (b != null && b.version > e.version()) {
            return;
        }
        if (b == null) {
            b = new BudgetCopy();
            b.projectId = e.projectId();
        }
        ProjectEvents.Figures figures = e.budgetExecution();
        b.fiscalYear = e.fiscalYear();
        b.orgCode = e.orgCode();
        b.initialTotal = total(figures.initial());
        b.adjustedTotal = total(figures.adjusted());
        b.executedTotal = total(figures.executed());
        b.adjustedOwnLevel =
                figures.adjusted() == null ? null : figures.adjusted().ownLevel();
        b.adjustedUpperLevel =
                figures.adjusted() == null ? null : figures.adjusted().upperLevel();
        b.breakdown = json.writeValueAsString(figures);
        b.version = e.version();
        b.updatedAt = OffsetDateTime.now();
        b.persist();
        evaluations.applyBudget(b);
    }

    private static BigDecimal total(ProjectEvents.Column column) {
        return column == null ? null : column.total();
    }
}
