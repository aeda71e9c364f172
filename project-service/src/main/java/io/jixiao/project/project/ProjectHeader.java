package io.jixiao.project.project;

import io.jixiao.platform.validation.Money;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The registration header of a project (项目申报) as clients send and read it: every field that appears in the seed
 * documents, validated and documented once for the input (POST/PUT) and the view that extend it. How it is stored is
 * {@link ProjectHeaderColumns}, so a column can change without changing the API and the reverse.
 */
public class ProjectHeader {
    private static final int NAME = 200;
    private static final int TEXT = 20000;

    @NotBlank(message = "is required")
    @Size(max = NAME, message = "must be at most 200 characters")
    @Schema(description = "项目名称", example = "帮扶资金", required = true)
    public String name;

    @Size(max = 32, message = "must be at most 32 characters")
    @Schema(description = "单位编码 as written on the table", example = "093001")
    public String unitCode;

    @Size(max = NAME, message = "must be at most 200 characters")
    @Schema(description = "申报/实施单位 as written", example = "郑州市困难职工帮扶中心")
    public String unitName;

    @Size(max = NAME, message = "must be at most 200 characters")
    @Schema(description = "主管部门 as written", example = "郑州市总工会")
    public String departmentName;

    @Size(max = 100, message = "must be at most 100 characters")
    @Schema(description = "资金用途", example = "业务类")
    public String fundUse;

    @Size(max = 100, message = "must be at most 100 characters")
    @Schema(description = "项目类别", example = "民生保障类")
    public String category;

    @Size(max = 100, message = "must be at most 100 characters")
    @Schema(description = "项目属性/性质", example = "经常性项目")
    public String attribute;

    @Size(max = 50, message = "must be at most 50 characters")
    @Schema(description = "项目负责人", example = "宗亚青")
    public String leader;

    @Size(max = 50, message = "must be at most 50 characters")
    @Schema(description = "联系人", example = "史奕娟")
    public String contact;

    @Size(max = 40, message = "must be at most 40 characters")
    @Pattern(regexp = "[0-9+()\\-/ ,、]*", message = "must contain only digits, spaces and + - ( ) / ,")
    @Schema(description = "联系电话, kept as text (8- and 11-digit numbers both occur)", example = "67883276")
    public String phone;

    @Schema(description = "开始时间", example = "2019-01-01")
    public LocalDate startDate;

    @Schema(description = "结束时间", example = "2019-12-31")
    public LocalDate endDate;

    @Schema(description = "the unit the table was written in (amounts here are always 元)", example = "YUAN")
    public AmountUnit amountUnit;

    @Money
    @Schema(description = "项目总金额, 元", example = "1000000.00")
    public BigDecimal totalAmount;

    @Money
    @Schema(description = "项目本年度金额 / 年度资金总额, 元", example = "1000000.00")
    public BigDecimal yearAmount;

    @Money
    @Schema(description = "上年度项目总金额, 元", example = "1000000.00")
    public BigDecimal prevTotalAmount;

    @Money
    @Schema(description = "项目上年度金额, 元", example = "1000000.00")
    public BigDecimal prevYearAmount;

    @Money
    @Schema(description = "其中：财政拨款, 元", example = "1500000.00")
    public BigDecimal fiscalFunds;

    @Money
    @Schema(description = "上年结转, 元", example = "0")
    public BigDecimal carryOverFunds;

    @Money
    @Schema(description = "其他资金, 元", example = "0")
    public BigDecimal otherFunds;

    @Money
    @Schema(description = "中期资金总额, 元", example = "750000.00")
    public BigDecimal midTermTotal;

    @Money
    @Schema(description = "中期 其中：财政拨款, 元", example = "750000.00")
    public BigDecimal midTermFiscalFunds;

    @Money
    @Schema(description = "中期 其他资金, 元", example = "0")
    public BigDecimal midTermOtherFunds;

    @Min(value = 2000, message = "must be 2000 or later")
    @Max(value = 2100, message = "must be 2100 or earlier")
    @Schema(description = "first year of the mid-term period (中期)", example = "2023")
    public Integer midTermStartYear;

    @Min(value = 2000, message = "must be 2000 or later")
    @Max(value = 2100, message = "must be 2100 or earlier")
    @Schema(description = "last year of the mid-term period", example = "2024")
    public Integer midTermEndYear;

    @Size(max = TEXT, message = "must be at most 20000 characters")
    @Schema(description = "项目概况")
    public String overview;

    @Size(max = TEXT, message = "must be at most 20000 characters")
    @Schema(description = "立项依据")
    public String basis;

    @Size(max = TEXT, message = "must be at most 20000 characters")
    @Schema(description = "项目设立的必要性")
    public String necessity;

    @Size(max = TEXT, message = "must be at most 20000 characters")
    @Schema(description = "项目配套制度措施")
    public String supportingMeasures;

    @Size(max = TEXT, message = "must be at most 20000 characters")
    @Schema(description = "项目实施计划")
    public String implementationPlan;

    @Size(max = TEXT, message = "must be at most 20000 characters")
    @Schema(description = "保障绩效目标实现措施")
    public String safeguards;

    @Size(max = TEXT, message = "must be at most 20000 characters")
    @Schema(description = "备注")
    public String remarks;
}
