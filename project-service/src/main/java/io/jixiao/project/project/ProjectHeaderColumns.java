package io.jixiao.project.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How a project's registration header is stored: the columns of {@code project}. The API's shape is
 * {@link ProjectHeader}; the two copies below are the only places that list every field, and ProjectHeaderTest checks
 * they miss none.
 */
@Embeddable
public class ProjectHeaderColumns {
    public String name;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "unit_name")
    public String unitName;

    @Column(name = "department_name")
    public String departmentName;

    @Column(name = "fund_use")
    public String fundUse;

    public String category;
    public String attribute;
    public String leader;
    public String contact;
    public String phone;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "amount_unit")
    public AmountUnit amountUnit;

    @Column(name = "total_amount")
    public BigDecimal totalAmount;

    @Column(name = "year_amount")
    public BigDecimal yearAmount;

    @Column(name = "prev_total_amount")
    public BigDecimal prevTotalAmount;

    @Column(name = "prev_year_amount")
    public BigDecimal prevYearAmount;

    @Column(name = "fiscal_funds")
    public BigDecimal fiscalFunds;

    @Column(name = "carry_over_funds")
    public BigDecimal carryOverFunds;

    @Column(name = "other_funds")
    public BigDecimal otherFunds;

    @Column(name = "mid_term_total")
    public BigDecimal midTermTotal;

    @Column(name = "mid_term_fiscal_funds")
    public BigDecimal midTermFiscalFunds;

    @Column(name = "mid_term_other_funds")
    public BigDecimal midTermOtherFunds;

    @Column(name = "mid_term_start_year")
    public Integer midTermStartYear;

    @Column(name = "mid_term_end_year")
    public Integer midTermEndYear;

    public String overview;
    public String basis;
    public String necessity;

    @Column(name = "supporting_measures")
    public String supportingMeasures;

    @Column(name = "implementation_plan")
    public String implementationPlan;

    public String safeguards;
    public String remarks;

    /** The header a client sent, normalised: the name trimmed, the amount unit 元 unless given. */
    static ProjectHeaderColumns of(ProjectHeader in) {
        ProjectHeaderColumns h = new ProjectHeaderColumns();
        h.name = in.name == null ? null : in.name.strip();
        h.unitCode = in.unitCode;
        h.unitName = in.unitName;
        h.departmentName = in.departmentName;
        h.fundUse = in.fundUse;
        h.category = in.category;
        h.attribute = in.attribute;
        h.leader = in.leader;
        h.contact = in.contact;
        h.phone = in.phone;
        h.startDate = in.startDate;
        h.endDate = in.endDate;
        h.amountUnit = in.amountUnit == null ? AmountUnit.YUAN : in.amountUnit;
        h.totalAmount = in.totalAmount;
        h.yearAmount = in.yearAmount;
        h.prevTotalAmount = in.prevTotalAmount;
        h.prevYearAmount = in.prevYearAmount;
        h.fiscalFunds = in.fiscalFunds;
        h.carryOverFunds = in.carryOverFunds;
        h.otherFunds = in.otherFunds;
        h.midTermTotal = in.midTermTotal;
        h.midTermFiscalFunds = in.midTermFiscalFunds;
        h.midTermOtherFunds = in.midTermOtherFunds;
        h.midTermStartYear = in.midTermStartYear;
        h.midTermEndYear = in.midTermEndYear;
        h.overview = in.overview;
        h.basis = in.basis;
        h.necessity = in.necessity;
        h.supportingMeasures = in.supportingMeasures;
        h.implementationPlan = in.implementationPlan;
        h.safeguards = in.safeguards;
        h.remarks = in.remarks;
        return h;
    }

    void copyTo(ProjectHeader view) {
        view.name = name;
        view.unitCode = unitCode;
        view.unitName = unitName;
        view.departmentName = departmentName;
        view.fundUse = fundUse;
        view.category = category;
        view.attribute = attribute;
        view.leader = leader;
        view.contact = contact;
        view.phone = phone;
        view.startDate = startDate;
        view.endDate = endDate;
        view.amountUnit = amountUnit;
        view.totalAmount = totalAmount;
        view.yearAmount = yearAmount;
        view.prevTotalAmount = prevTotalAmount;
        view.prevYearAmount = prevYearAmount;
        view.fiscalFunds = fiscalFunds;
        view.carryOverFunds = carryOverFunds;
        view.otherFunds = otherFunds;
        view.midTermTotal = midTermTotal;
        view.midTermFiscalFunds = midTermFiscalFunds;
        view.midTermOtherFunds = midTermOtherFunds;
        view.midTermStartYear = midTermStartYear;
        view.midTermEndYear = midTermEndYear;
        view.overview = overview;
        view.basis = basis;
        view.necessity = necessity;
        view.supportingMeasures = supportingMeasures;
        view.implementationPlan = implementationPlan;
        view.safeguards = safeguards;
        view.remarks = remarks;
    }
}
