package io.jixiao.evaluation.evaluation;

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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 项目支出绩效自评表 of one approved target table. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "table_id")
    public UUID tableId;

    @Column(name = "table_version")
    public int tableVersion;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "project_name")
    public String projectName;

    @Column(name = "org_code")
    public String orgCode;

    @Column(name = "org_path")
    public String orgPath;

    @Column(name = "fiscal_year")
    public Integer fiscalYear;

    @Column(name = "amount_unit")
    public String amountUnit;

    @Enumerated(EnumType.STRING)
    public EvaluationStatus status;
    /** 年度总体目标: 预期目标 */
    @Column(name = "goal_expected")
    public String goalExpected;
    /** 年度总体目标: 实际完成情况 */
    @Column(name = "goal_actual")
    public String goalActual;

    @Column(name = "budget_initial")
    public BigDecimal budgetInitial;

    @Column(name = "budget_adjusted")
    public BigDecimal budgetAdjusted;

    @Column(name = "budget_executed")
    public BigDecimal budgetExecuted;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "budget_breakdown")
    public String budgetBreakdown;

    /** 全年预算数 of this government level (本级财政) and from above (上级补助); null where nobody split it. */
    @Column(name = "budget_own_level")
    public BigDecimal budgetOwnLevel;

    @Column(name = "budget_upper_level")
    public BigDecimal budgetUpperLevel;

    /** 受益情况 as JSON: a list of {@link Beneficiary}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String beneficiaries;

    @Column(name = "budget_weight")
    public BigDecimal budgetWeight;

    @Column(name = "budget_rate")
    public BigDecimal budgetRate;

    @Column(name = "budget_score")
    public BigDecimal budgetScore;

    @Column(name = "total_score")
    public BigDecimal totalScore;

    public String grade;
    /** 复核: a reviewer's adjusted total, kept beside the computed one with the reason. */
    @Column(name = "reviewed_total")
    public BigDecimal reviewedTotal;

    @Column(name = "review_reason")
    public String reviewReason;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "submitted_version")
    public int submittedVersion;

    @Column(name = "last_opinion")
    public String lastOpinion;

    @Column(name = "last_grade")
    public String lastGrade;

    @Column(name = "was_submitted")
    public boolean wasSubmitted;

    @Column(name = "finalized_at")
    public OffsetDateTime finalizedAt;

    @ElementCollection
    @CollectionTable(name = "evaluation_indicator", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    public List<EvaluationIndicator> indicators = new ArrayList<>();

    @Version
    public int revision;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    // --- transitions: each move checks that it is allowed, records who and when; JPA raises revision on flush

    /** The unit's entries are taken only while PENDING, DRAFT or RETURNED. */
    void requireEditable() {
        if (!status.editable()) {
            throw new ProblemException(Problem.of(
                    409,
                    "Locked",
                    "Evaluation " + id + " is " + status + "; it can be edited again if the review returns it"));
        }
    }

    /** The unit entered figures: a fresh sheet becomes a DRAFT. */
    void entered(String actor, OffsetDateTime at) {
        requireEditable();
        if (status == EvaluationStatus.PENDING) {
            move(EvaluationStatus.DRAFT);
        }
        touch(actor, at);
    }

    void requireSubmittable() {
        if (!status.editable()) {
            throw new ProblemException(Problem.of(409, "Not submittable", "Evaluation " + id + " is " + status));
        }
    }

    /** 提交: the sheet goes to review as its next version. */
    void submit(String actor, OffsetDateTime at) {
        requireSubmittable();
        move(EvaluationStatus.SUBMITTED);
        submittedVersion++;
        wasSubmitted = true;
        touch(actor, at);
    }

    /** The end of the review of {@code version}; false, and nothing changes, when stale or repeated. */
    boolean concludeReview(int version, boolean approved, String grade, String opinion, OffsetDateTime at) {
        if (status != EvaluationStatus.SUBMITTED || submittedVersion != version) {
            return false;
        }
        move(approved ? EvaluationStatus.APPROVED : EvaluationStatus.RETURNED);
        lastGrade = grade;
        lastOpinion = opinion;
        touch(SystemActors.REVIEW, at);
        return true;
    }

    /** 复核: a reviewer's total with the reason, between submission and the year's close. */
    void reviewScore(BigDecimal total, String reason, String reviewer, OffsetDateTime at) {
        if (status != EvaluationStatus.SUBMITTED && status != EvaluationStatus.APPROVED) {
            throw new ProblemException(Problem.of(
                    409,
                    "Not under review",
                    "Evaluation " + id + " is " + status
                            + "; scores are reviewed between submission and the year's close"));
        }
        reviewedTotal = total;
        reviewReason = reason;
        reviewedBy = reviewer;
        reviewedAt = at;
    }

    /** The year's close: FINAL when approved, NOT_APPROVED when submitted but not approved, NOT_SUBMITTED otherwise. */
    void close(OffsetDateTime at) {
        move(
                status == EvaluationStatus.APPROVED
                        ? EvaluationStatus.FINAL
                        : wasSubmitted ? EvaluationStatus.NOT_APPROVED : EvaluationStatus.NOT_SUBMITTED);
        finalizedAt = at;
    }

    private void move(EvaluationStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("evaluation " + id + ": " + status + " → " + next + " is not a move");
        }
        status = next;
    }

    private void touch(String actor, OffsetDateTime at) {
        updatedBy = actor;
        updatedAt = at;
    }
}
