package io.jixiao.project.project;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The budget block of a self-evaluation: 年初预算数, 全年预算数, 全年执行数. */
@Embeddable
@Schema(description = "Budget execution: initial budget, adjusted budget, executed amount, each split by source")
public class BudgetExecution {
    @Valid
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "total", column = @Column(name = "initial_total")),
        @AttributeOverride(name = "fiscal", column = @Column(name = "initial_fiscal")),
        @AttributeOverride(name = "carryOver", column = @Column(name = "initial_carry_over")),
        @AttributeOverride(name = "other", column = @Column(name = "initial_other")),
        @AttributeOverride(name = "ownLevel", column = @Column(name = "initial_own_level")),
        @AttributeOverride(name = "upperLevel", column = @Column(name = "initial_upper_level"))
    })
    @Schema(description = "年初预算数")
    public BudgetFigures initial;

    @Valid
    @NotNull(message = "is required: the adjusted budget (全年预算数)")
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "total", column = @Column(name = "adjusted_total")),
        @AttributeOverride(name = "fiscal", column = @Column(name = "adjusted_fiscal")),
        @AttributeOverride(name = "carryOver", column = @Column(name = "adjusted_carry_over")),
        @AttributeOverride(name = "other", column = @Column(name = "adjusted_other")),
        @AttributeOverride(name = "ownLevel", column = @Column(name = "adjusted_own_level")),
        @AttributeOverride(name = "upperLevel", column = @Column(name = "adjusted_upper_level"))
    })
    @Schema(description = "全年预算数")
    public BudgetFigures adjusted;

    @Valid
    @NotNull(message = "is required: the executed amount (全年执行数)")
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "total", column = @Column(name = "executed_total")),
        @AttributeOverride(name = "fiscal", column = @Column(name = "executed_fiscal")),
        @AttributeOverride(name = "carryOver", column = @Column(name = "executed_carry_over")),
        @AttributeOverride(name = "other", column = @Column(name = "executed_other")),
        @AttributeOverride(name = "ownLevel", column = @Column(name = "executed_own_level")),
        @AttributeOverride(name = "upperLevel", column = @Column(name = "executed_upper_level"))
    })
    @Schema(description = "全年执行数")
    public BudgetFigures executed;

    @JsonIgnore // a helper, not a field of the answer (the OpenAPI scanner would list it as "empty")
    boolean isEmpty() {
        return (adjusted == null || adjusted.total == null) && (executed == null || executed.total == null);
    }

    /** The figures as project.budget-executed.v1 carries them (the one definition evaluation-service reads). */
    io.jixiao.platform.event.ProjectEvents.Figures toEvent() {
        return new io.jixiao.platform.event.ProjectEvents.Figures(column(initial), column(adjusted), column(executed));
    }

    private static io.jixiao.platform.event.ProjectEvents.Column column(BudgetFigures f) {
        return f == null
                ? null
                : new io.jixiao.platform.event.ProjectEvents.Column(
                        f.total, f.fiscal, f.carryOver, f.other, f.ownLevel, f.upperLevel);
    }
}
