package io.jixiao.evaluation.yearclose;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 年度关闭 job: finalising the evaluations of one fiscal year within one scope. */
@Entity
@Table(name = "year_close")
public class YearClose extends PanacheEntityBase {
    public enum Status {
        RUNNING,
        COMPLETED,
        FAILED
    }

    @Id
    public UUID id;

    @Column(name = "fiscal_year")
    public Integer fiscalYear;

    @Column(name = "scope_org_code")
    public String scopeOrgCode;

    @Column(name = "scope_org_path")
    public String scopeOrgPath;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int total;
    public int done;
    /** Of those done, how many were never submitted (finalised as NOT_SUBMITTED with what was entered). */
    @Column(name = "not_submitted")
    public int notSubmitted;

    @Column(name = "not_approved")
    public int notApproved;
    /** Why the job stopped, when it is FAILED. */
    public String failure;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
