package io.jixiao.review.task;

import io.jixiao.review.chain.StageType;
import io.jixiao.review.chain.SubjectType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 审核任务: one stage of one review round. Once decided it never changes: it is the audit trail. */
@Entity
@Table(name = "review_task")
public class ReviewTask extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type")
    public SubjectType subjectType;

    @Column(name = "subject_id")
    public UUID subjectId;
    /** The project the subject belongs to: its pending tasks follow it when an admin moves it to another unit. */
    @Column(name = "project_id")
    public UUID projectId;

    /** The submitted version this round reviews. */
    @Column(name = "subject_version")
    public int subjectVersion;

    @Column(name = "subject_title")
    public String subjectTitle;

    @Column(name = "subject_org_code")
    public String subjectOrgCode;

    @Column(name = "subject_org_path")
    public String subjectOrgPath;

    public int stage;

    @Column(name = "stage_count")
    public int stageCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage_type")
    public StageType stageType;

    @Column(name = "reviewer_org_code")
    public String reviewerOrgCode;

    @Column(name = "reviewer_org_path")
    public String reviewerOrgPath;

    @Enumerated(EnumType.STRING)
    public TaskStatus status;
    /** The submitted subject as its owner sent it: all the reviewer needs. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String snapshot;
    /** What changed since the previous version, when there is one. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String changes;
    /** The stages of this round, resolved when it opened; a chain changed meanwhile does not change a running round. */
    @JdbcTypeCode(SqlTypes.JSON)
    public java.util.List<io.jixiao.review.chain.Stage> plan;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "due_at")
    public OffsetDateTime dueAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    public String grade;
    public String opinion;
    /** 财政处理措施: a monitoring decision's measure, else null. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @jakarta.persistence.Column(name = "finance_measure")
    public io.jixiao.platform.event.MonitoringEvents.FinanceMeasure financeMeasure;

    boolean last() {
        return stage == stageCount - 1;
    }
}
