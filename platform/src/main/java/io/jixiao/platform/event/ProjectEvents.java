package io.jixiao.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The budget figures event on the {@code projects} topic, keyed by the project id: written by project-service, read by
 * evaluation-service to score budget execution without calling back. project.registered.v1 and project.updated.v1
 * carry the project as its API shows it; {@link Project} is the part of it that consumers rely on.
 */
public final class ProjectEvents {
    public static final String TOPIC = "projects";
    public static final String REGISTERED = "project.registered.v1";
    public static final String UPDATED = "project.updated.v1";
    public static final String BUDGET_EXECUTED = "project.budget-executed.v1";

    private ProjectEvents() {}

    /**
     * project.registered.v1 / project.updated.v1 as indicator-service (its project copy) and evaluation-service (a moved
     * project's evaluations) read them; the event carries more (the whole header), which they ignore.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Project(
            UUID id,
            Integer fiscalYear,
            String orgCode,
            String orgPath,
            String name,
            String amountUnit,
            BigDecimal yearAmount,
            String unitName,
            String departmentName,
            String leader,
            String phone,
            Integer version)
            implements EventContract<Project> {
        private static final String TYPE = "project event";

        public Project requireValid() {
            EventContract.required(id, TYPE, "id");
            EventContract.required(fiscalYear, TYPE, "fiscalYear");
            EventContract.required(orgCode, TYPE, "orgCode");
            EventContract.orgPath(orgPath, TYPE, "orgPath");
            EventContract.required(name, TYPE, "name");
            EventContract.required(version, TYPE, "version");
            if (amountUnit != null && !amountUnit.equals("YUAN") && !amountUnit.equals("WAN_YUAN")) {
                throw new IllegalArgumentException(TYPE + " has amountUnit " + amountUnit + ", not YUAN or WAN_YUAN");
            }
            return this;
        }

        /** The unit the project's amounts are written in; YUAN when the event leaves it out. */
        public String amountUnitOrYuan() {
            return amountUnit == null ? "YUAN" : amountUnit;
        }
    }

    /**
     * One column of figures (元): the total and its split by source; ownLevel (本级财政) and upperLevel (上级补助) split
     * fiscal, null where nobody split it (and in events sent before they existed).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Column(
            BigDecimal total,
            BigDecimal fiscal,
            BigDecimal carryOver,
            BigDecimal other,
            BigDecimal ownLevel,
            BigDecimal upperLevel) {}

    /** 年初预算数, 全年预算数, 全年执行数. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figures(Column initial, Column adjusted, Column executed) {}

    /** project.budget-executed.v1. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BudgetExecuted(
            UUID projectId,
            Integer fiscalYear,
            String orgCode,
            String orgPath,
            String name,
            String amountUnit,
            Figures budgetExecution,
            Integer version)
            implements EventContract<BudgetExecuted> {

        public BudgetExecuted requireValid() {
            if (projectId == null
                    || fiscalYear == null
                    || orgCode == null
                    || orgPath == null
                    || version == null
                    || budgetExecution == null) {
                throw new IllegalArgumentException("project.budget-executed.v1 lacks projectId, fiscalYear, orgCode,"
                        + " orgPath, version or budgetExecution");
            }
            return this;
        }
    }
}
