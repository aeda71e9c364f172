package io.jixiao.project.project;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as clients and the project.* events see it. */
@Schema(description = "A project with every header field, its cost breakdown and its budget execution")
public class ProjectView extends ProjectHeader {
    public UUID id;

    @Schema(example = "2019")
    public Integer fiscalYear;

    @Schema(example = "093001")
    public String orgCode;

    @Schema(example = "/410100/197001/093001/")
    public String orgPath;

    public String sourceRef;

    @Schema(description = "单位 label of amountUnit", example = "元")
    public String amountUnitLabel;

    public List<CostItem> costItems;

    @Schema(description = "年初预算数 / 全年预算数 / 全年执行数; absent until entered")
    public BudgetExecution budgetExecution;

    @Schema(
            description = "who entered the budget figures last: UNIT, FINANCE_BUREAU (wins over the unit) or ADMIN",
            example = "FINANCE_BUREAU")
    public String budgetSource;

    @Schema(description = "the login or machine client that sent them", example = "finance-bureau-client")
    public String budgetUpdatedBy;

    public OffsetDateTime budgetUpdatedAt;
    public int version;
    public OffsetDateTime createdAt;
    public String createdBy;
    public OffsetDateTime updatedAt;
    public String updatedBy;

    public static ProjectView of(Project p) {
        ProjectView v = new ProjectView();
        p.header.copyTo(v);
        v.id = p.id;
        v.fiscalYear = p.fiscalYear;
        v.orgCode = p.orgCode;
        v.orgPath = p.orgPath;
        v.sourceRef = p.sourceRef;
        v.amountUnitLabel = v.amountUnit.label;
        v.costItems = List.copyOf(p.costItems);
        v.budgetExecution = p.budget == null || p.budget.isEmpty() ? null : p.budget;
        v.budgetSource = p.budgetSource;
        v.budgetUpdatedBy = p.budgetUpdatedBy;
        v.budgetUpdatedAt = p.budgetUpdatedAt;
        v.version = p.version;
        v.createdAt = p.createdAt;
        v.createdBy = p.createdBy;
        v.updatedAt = p.updatedAt;
        v.updatedBy = p.updatedBy;
        return v;
    }
}
