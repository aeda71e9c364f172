package io.jixiao.evaluation.monitoring;

import io.jixiao.platform.event.MonitoringEvents.FinanceMeasure;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.rules.monitoring.Light;
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

/** 绩效运行监控表: one approved annual target table's progress in a monitoring round. */
@Entity
@Table(name = "monitoring_sheet")
public class MonitoringSheet extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "round_id")
    public UUID roundId;

    @Column(name = "evaluation_id")
    public UUID evaluationId;

    @Column(name = "table_id")
    public UUID tableId;

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
    public SheetStatus status;
    /** 全年预算数 */
    @Column(name = "budget_adjusted")
    public BigDecimal budgetAdjusted;
    /** 执行数 to the end of the period. */
    @Column(name = "budget_executed")
    public BigDecimal budgetExecuted;
    /** 预算执行率, in percent. */
    @Column(name = "execution_rate")
    public BigDecimal executionRate;

    @Enumerated(EnumType.STRING)
    @Column(name = "execution_light")
    public Light executionLight;

    @Enumerated(EnumType.STRING)
    public Light light;

    @Enumerated(EnumType.STRING)
    @Column(name = "finance_measure")
    public FinanceMeasure financeMeasure;

    @Column(name = "review_opinion")
    public String reviewOpinion;

    @Column(name = "submitted_version")
    public int submittedVersion;

    @ElementCollection
    @CollectionTable(name = "monitoring_row", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "position")
    public List<MonitoringRow> rows = new ArrayList<>();

    @Version
    public int revision;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    void requireEditable() {
        if (!status.editable()) {
            throw ProblemException.conflict(
                    "Monitoring sheet " + id + " is " + status + "; the unit changes it while DRAFT or RETURNED");
        }
    }

    /** A review outcome for the version under review; a stale or repeated one changes nothing. */
    boolean concludeReview(int version, boolean approved, FinanceMeasure measure, String opinion, OffsetDateTime at) {
        if (status != SheetStatus.SUBMITTED || version != submittedVersion) {
            return false;
        }
        status = approved ? SheetStatus.APPROVED : SheetStatus.RETURNED;
        financeMeasure = measure;
        reviewOpinion = opinion;
        updatedAt = at;
        return true;
    }
}
