package io.jixiao.indicator.disclosure;

import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.Downloads;
import io.jixiao.rules.excel.DisclosureWorkbook;
import io.jixiao.rules.importing.DisclosureList;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 拟公开绩效目标项目统计表: the projects of a fiscal year whose approved annual targets are (to be) published, with unit,
 * amount, leader and phone, as JSON or as the .xlsx departments send with their disclosure material.
 */
@Path("/api/v1/target-tables/disclosure-list")
@Tag(name = "import", description = "导入/导出: target tables in and out of the official layouts")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
public class DisclosureResource {
    private final DisclosureService disclosures;
    private final Caller caller;

    DisclosureResource(DisclosureService disclosures, Caller caller) {
        this.disclosures = disclosures;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "getDisclosureList",
            summary = "The year's 拟公开绩效目标项目统计表 in your subtree: approved or published annual targets",
            description =
                    "拟公开绩效目标项目统计表: the year's approved or published annual targets in the caller's subtree, amounts in 万元 (as published) or 元; format=xlsx gives the sheet.")
    @APIResponse(
            responseCode = "200",
            description = "the list (format=json) or the published sheet (format=xlsx)",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = DisclosureList.class)),
                @Content(mediaType = Downloads.XLSX)
            })
    public Response list(
            @Parameter(description = "预算年度", required = true) @QueryParam("fiscalYear") Integer fiscalYear,
            @Parameter(description = "only this organisation's subtree") @QueryParam("orgCode") String orgCode,
            @Parameter(description = "金额单位: 万元 (default, as published) or 元") @QueryParam("unit") @DefaultValue("万元")
                    String unit,
            @Parameter(description = "json (default) or xlsx") @QueryParam("format") @DefaultValue("json")
                    String format) {
        if (fiscalYear == null) {
            throw ProblemException.invalid("fiscalYear", "is required");
        }
        if (!unit.equals("万元") && !unit.equals("元")) {
            throw ProblemException.invalid("unit", "must be 万元 or 元");
        }
        if (!format.equals("json") && !format.equals("xlsx")) {
            throw ProblemException.invalid("format", "must be json or xlsx");
        }
        DisclosureList list = disclosures.list(fiscalYear, orgCode, unit, caller);
        if (format.equals("json")) {
            return Response.ok(list).build();
        }
        return Downloads.xlsx(DisclosureWorkbook.write(list), fiscalYear + "年拟公开绩效目标项目统计表.xlsx");
    }
}
