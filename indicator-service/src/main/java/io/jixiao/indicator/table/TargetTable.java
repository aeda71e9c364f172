package io.jixiao.indicator.table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 绩效目标表 of one project and one period. */
@Entity
@Table(name = "target_table")
public class TargetTable extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "org_code")
    public String orgCode;
    @Column(name = "org_path")
    public String orgPath;
    @Column(name = "fiscal_year")
    public Integer fiscalYear;
    @Enumerated(EnumType.STRING)
    public Period period;
    @Column(name = "period_start_year")
    public Integer periodStartYear;
    @Column(name = "period_end_year")
    public Integer periodEndYear;
    @Column(name = "framework_code")
    public String frameworkCode;
    @Column(name = "framework_version")
    public Integer frameworkVersion;
    /** 总体目标 / 中期目标 */
    @Column(name = "overall_goal")
    public String overallGoal;
    /** 年度绩效目标 */
    @Column(name = "annual_goal")
    public String annualGoal;
    @Enumerated(EnumType.STRING)
    public TableStatus status;
    /** How many times it was submitted: the number of the newest version. */
    @Column(name = "submitted_version")
    public int submittedVersion;
    @Column(name = "approved_version")
    public Integer approvedVersion;
    /** The version the public reads (信息公开); it stays while an adjustment is under way. */
    @Column(name = "published_version")
    public Integer publishedVersion;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "last_opinion")
    public String lastOpinion;
    @Column(name = "last_grade")
    public String lastGrade;
    @ElementCollection
    @CollectionTable(name = "target_indicator", joinColumns = @JoinColumn(name = "table_id"))
    @OrderColumn(name = "position")
    public List<Indicator> indicators = new ArrayList<>();
    @Version
    public int revision;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
