package io.jixiao.evaluation.budget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A project's budget execution as project-service last announced it, in 元. */
@Entity
@Table(name = "budget_copy")
public class BudgetCopy extends PanacheEntityBase {
    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "fiscal_year")
    public Integer fiscalYear;

    @Column(name = "org_code")
    public String orgCode;

    @Column(name = "initial_total")
    public BigDecimal initialTotal;

    @Column(name = "adjusted_total")
    public BigDecimal adjustedTotal;

    @Column(name = "executed_total")
    public BigDecimal executedTotal;

    /** 全年预算数 split by government level (本级财政 / 上级补助), when project-service's figures carry it. */
    @Column(name = "adjusted_own_level")
    public BigDecimal adjustedOwnLevel;

    @Column(name = "adjusted_upper_level")
    public BigDecimal adjustedUpperLevel;

    /** 年初预算数 / 全年预算数 / 全年执行数 by source (当年财政拨款, 上年结转资金, 其他资金), as sent. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String breakdown;

    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
