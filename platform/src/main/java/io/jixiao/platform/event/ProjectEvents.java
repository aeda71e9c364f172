package io.jixiao.platform.event;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The budget figures event on the {@code projects} topic, keyed by the project id: written by project-service, read by
 * evaluation-service to score budget execution without calling back. (project.registered.v1 and project.updated.v1
 * carry the project as its API shows it.)
 */
public final class ProjectEvents {
    public static final String TOPIC = "projects";
    public static final String REGISTERED = "project.registered.v1";
    public static final String UPDATED = "project.updated.v1";
    public static final String BUDGET_EXECUTED = "project.budget-executed.v1";

    private ProjectEvents() {
    }

    /** One column of figures (元): the total and its split by source. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Column(BigDecimal total, BigDecimal fiscal, BigDecimal carryOver, BigDecimal other) {
    }

    /** 年初预算数, 全年预算数, 全年执行数. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figures(Column initial, Column adjusted, Column executed) {
    }

    /** project.budget-executed.v1. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BudgetExecuted(UUID projectId, Integer fiscalYear, String orgCode, String orgPath, String name,
            String amountUnit, Figures budgetExecution, Integer version) {

        public BudgetExecuted requireValid() {
            if (projectId == null || fiscalYear == null || orgCode == null || orgPath == null || version == null
                    || budgetExecution == null) {
                throw new IllegalArgumentException("project.budget-executed.v1 lacks projectId, fiscalYear, orgCode,"
                        + " orgPath, version or budgetExecution");
            }
            return this;
        }
    }
}
