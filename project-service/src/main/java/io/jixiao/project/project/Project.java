package io.jixiao.project.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** 项目支出: a spending project of one unit in one fiscal year. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "fiscal_year")
    public Integer fiscalYear;

    @Column(name = "org_code")
    public String orgCode;
    /** Copied from the owning org so subtree filters need no join. */
    @Column(name = "org_path")
    public String orgPath;

    @Column(name = "source_ref")
    public String sourceRef;

    @Embedded
    public ProjectHeaderColumns header = new ProjectHeaderColumns();

    @ElementCollection
    @CollectionTable(name = "project_cost_item", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<CostItem> costItems = new ArrayList<>();

    @Embedded
    public BudgetExecution budget;

    @Column(name = "budget_updated_at")
    public OffsetDateTime budgetUpdatedAt;
    /** Who entered the figures last: UNIT, FINANCE_BUREAU (a bureau's person or system; these win) or ADMIN. */
    @Column(name = "budget_source")
    public String budgetSource;

    @Column(name = "budget_updated_by")
    public String budgetUpdatedBy;

    @Version
    public int version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
