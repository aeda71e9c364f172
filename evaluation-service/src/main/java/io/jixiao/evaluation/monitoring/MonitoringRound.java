package io.jixiao.evaluation.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 监控批次: a finance bureau's call for monitoring sheets for a fiscal year, a period and a deadline, in its region. */
@Entity
@Table(name = "monitoring_round")
public class MonitoringRound extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "fiscal_year")
    public Integer fiscalYear;

    @Column(name = "scope_org_code")
    public String scopeOrgCode;

    @Column(name = "scope_org_path")
    public String scopeOrgPath;
    /** The period ends after this month: 7 for 1–7月, so time progress is 7/12. */
    @Column(name = "months_passed")
    public int monthsPassed;

    public String label;
    public LocalDate deadline;

    @Column(name = "yellow_gap")
    public BigDecimal yellowGap;

    @Column(name = "red_gap")
    public BigDecimal redGap;

    public int sheets;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;
}
