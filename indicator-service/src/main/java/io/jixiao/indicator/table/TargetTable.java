package io.jixiao.indicator.table;

import io.jixiao.platform.problem.Problem;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.SystemActors;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

    // --- transitions: each move checks that it is allowed, records who and when; JPA raises revision on flush

    /** Targets are edited only while DRAFT, RETURNED or ADJUSTING: 409 otherwise, saying how to get there. */
    void requireEditable() {
        if (!status.editable()) {
            throw new ProblemException(Problem.of(
                    409,
                    "Locked",
                    "Target table " + id + " is " + status
                            + (status == TableStatus.APPROVED
                                    ? "; approved targets change only through an adjustment (POST .../adjust)"
                                    : "; it can be edited again once the review returns it")));
        }
    }

    /** An edit of the targets by {@code actor} (the caller has set them). */
    void edited(String actor, OffsetDateTime at) {
        requireEditable();
        touch(actor, at);
    }

    /** 提交: the table goes to review as its next version; true when that is an adjustment round (调整). */
    boolean submit(String actor, OffsetDateTime at) {
        requireSubmittable();
        boolean adjustment = status == TableStatus.ADJUSTING;
        move(TableStatus.SUBMITTED);
        submittedVersion++;
        touch(actor, at);
        return adjustment;
    }

    void requireSubmittable() {
        if (!status.editable()) {
            throw new ProblemException(Problem.of(
                    409,
                    "Not submittable",
                    "Target table " + id + " is " + status
                            + "; only DRAFT, RETURNED or ADJUSTING tables are submitted"));
        }
    }

    /** 调整: approved targets open for a new round of review; the approved version stays readable. */
    void startAdjustment(String actor, OffsetDateTime at) {
        if (!status.canMoveTo(TableStatus.ADJUSTING)) {
            throw new ProblemException(Problem.of(
                    409,
                    "Not approved",
                    "Target table " + id + " is " + status + "; only approved targets are adjusted"));
        }
        move(TableStatus.ADJUSTING);
        touch(actor, at);
    }

    /** 信息公开: the approved version becomes readable by everyone. */
    void publish(String actor, OffsetDateTime at) {
        if (status != TableStatus.APPROVED) {
            throw new ProblemException(Problem.of(
                    409, "Not approved", "Target table " + id + " is " + status + "; approved targets are published"));
        }
        move(TableStatus.PUBLISHED);
        publishedVersion = approvedVersion;
        publishedAt = at;
        touch(actor, at);
    }

    /**
     * The end of the review round of {@code version}: approved or returned with the reviewer's grade and opinion.
     * False, and nothing changes, when the outcome is stale (another version is under review) or repeated.
     */
    boolean concludeReview(int version, boolean approved, String grade, String opinion, OffsetDateTime at) {
        if (status != TableStatus.SUBMITTED || submittedVersion != version) {
            return false;
        }
        move(approved ? TableStatus.APPROVED : TableStatus.RETURNED);
        if (approved) {
            approvedVersion = version;
        }
        lastGrade = grade;
        lastOpinion = opinion;
        touch(SystemActors.REVIEW, at);
        return true;
    }

    /** 导入 of history: a table decided on paper before this system, recorded as approved version 1. */
    void approvedBeforeThisSystem(String actor, String opinion) {
        submit(actor, createdAt);
        concludeReview(1, true, null, opinion, createdAt);
        touch(actor, createdAt); // the admin who imported it recorded the decision, not a review of this system
    }

    private void move(TableStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("target table " + id + ": " + status + " → " + next + " is not a move");
        }
        status = next;
    }

    private void touch(String actor, OffsetDateTime at) {
        updatedBy = actor;
        updatedAt = at;
    }
}
