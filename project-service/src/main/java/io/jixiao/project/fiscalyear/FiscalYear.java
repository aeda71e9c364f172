package io.jixiao.project.fiscalyear;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** 预算年度: projects are registered while it is OPEN; closing it finalises the year's self-evaluations. */
@Entity
@Table(name = "fiscal_year")
public class FiscalYear extends PanacheEntityBase {
    public enum Status {
        OPEN,
        CLOSED
    }

    @Id
    public Integer year;

    @Enumerated(EnumType.STRING)
    public Status status;
    /** The region (a finance bureau's code) whose evaluations closing this year finalises; null for all. */
    @Column(name = "scope_org_code")
    public String scopeOrgCode;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by")
    public String closedBy;
}
