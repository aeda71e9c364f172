package io.jixiao.indicator.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What this service knows of a project: enough to own target tables and check who may see them. */
@Entity
@Table(name = "project_copy")
public class ProjectCopy extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "fiscal_year")
    public Integer fiscalYear;

    @Column(name = "org_code")
    public String orgCode;

    @Column(name = "org_path")
    public String orgPath;

    public String name;

    @Column(name = "amount_unit")
    public String amountUnit;

    @Column(name = "year_amount")
    public BigDecimal yearAmount;

    @Column(name = "unit_name")
    public String unitName;

    @Column(name = "department_name")
    public String departmentName;

    public String leader;
    public String phone;
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
