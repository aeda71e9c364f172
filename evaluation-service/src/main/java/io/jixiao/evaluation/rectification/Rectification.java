package io.jixiao.evaluation.rectification;

import io.jixiao.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 问题整改: a problem a reviewer found in an evaluated project, what must be done by when, and the unit's answer. */
@Entity
@Table(name = "rectification")
public class Rectification extends PanacheEntityBase {
    @Id
    public UUID id;

    /** The self-evaluation of the project's approved table (also for a finding of its monitoring sheet). */
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    /** The monitoring sheet the problem was found in, when it came from 运行监控; else null. */
    @Column(name = "monitoring_sheet_id")
    public UUID monitoringSheetId;

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

    @Enumerated(EnumType.STRING)
    public RectificationStatus status;
    /** 存在问题 */
    public String problem;
    /** 整改要求 */
    public String requirement;
    /** 整改期限: the unit answers by this day. */
    public LocalDate deadline;
    /** 整改措施: the unit's answer. */
    public String measures;
    /** The reviewer's last word on a close or reopen. */
    @Column(name = "reviewer_comment")
    public String reviewerComment;

    @Column(name = "raised_by")
    public String raisedBy;

    @Column(name = "raised_at")
    public OffsetDateTime raisedAt;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "reopen_count")
    public int reopenCount;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public int revision;

    /** Overdue: still waiting for the unit after its deadline. */
    public boolean overdue(LocalDate today) {
        return status == RectificationStatus.OPEN && deadline.isBefore(today);
    }

    void answer(String measures, String by, OffsetDateTime at) {
        if (status == RectificationStatus.CLOSED) {
            throw ProblemException.conflict("Rectification " + id + " was closed by " + closedBy
                    + "; a reviewer reopens it before a new answer");
        }
        this.measures = measures;
        status = RectificationStatus.ANSWERED;
        answeredBy = by;
        answeredAt = at;
        updatedAt = at;
    }

    void close(String comment, String by, OffsetDateTime at) {
        if (status != RectificationStatus.ANSWERED) {
            throw ProblemException.conflict(
                    "Rectification " + id + " is " + status + "; it closes once the unit has answered (ANSWERED)");
        }
        status = RectificationStatus.CLOSED;
        reviewerComment = comment;
        closedBy = by;
        closedAt = at;
        updatedAt = at;
    }

    void reopen(String comment, LocalDate newDeadline, OffsetDateTime at) {
        if (status == RectificationStatus.OPEN) {
            throw ProblemException.conflict("Rectification " + id + " is already OPEN");
        }
        status = RectificationStatus.OPEN;
        reviewerComment = comment;
        if (newDeadline != null) {
            deadline = newDeadline;
        }
        closedBy = null;
        closedAt = null;
        reopenCount++;
        updatedAt = at;
    }
}
