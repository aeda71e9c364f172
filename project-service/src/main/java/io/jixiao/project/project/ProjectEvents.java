package io.jixiao.project.project;

import java.util.UUID;

/** Event types and payloads on the {@code projects} topic (docs/api-contract.md). */
public final class ProjectEvents {
    public static final String TOPIC = "projects";
    public static final String REGISTERED = "project.registered.v1";
    public static final String UPDATED = "project.updated.v1";
    public static final String BUDGET_EXECUTED = "project.budget-executed.v1";

    private ProjectEvents() {
    }

    /** project.budget-executed.v1: what evaluation-service needs to score budget execution without calling back. */
    public record BudgetExecuted(UUID projectId, Integer fiscalYear, String orgCode, String orgPath, String name,
            AmountUnit amountUnit, BudgetExecution budgetExecution, int version) {
    }
}
