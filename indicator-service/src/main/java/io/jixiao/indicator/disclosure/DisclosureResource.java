package io.jixiao.indicator.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jixiao.indicator.project.ProjectCopy;
import io.jixiao.indicator.table.Period;
import io.jixiao.indicator.table.TableStatus;
import io.jixiao.indicator.table.TargetTable;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.Downloads;
import io.jixiao.platform.web.Filters;
import io.jixiao.rules.excel.DisclosureWorkbook;
import io.jixiao.rules.importing.DisclosureList;
import io.jixiao.rules.importing.ProjectFields;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * 拟公开绩效目标项目统计表: the projects of a fiscal year whose approved annual targets are (to be) published, with unit,
 * amount, leader and phone, as JSON or as the .xlsx departments send with their disclosure material.
 */
@Path("/api/v1/target-tables/disclosure-list")
@Tag(name = "import", description = "导入/导出: target tables in and out of the official layouts")
@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF })
public class DisclosureResource {
    private final Caller caller;

    DisclosureResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The year's 拟公开绩效目标项目统计表 in your subtree: approved or published annual targets")
    public Response list(@Parameter(description = "预算年度", required = true) @QueryParam("fiscalYear") Integer fiscalYear,
            @Parameter(description = "only this organisation's subtree") @QueryParam("orgCode") String orgCode,
            @Parameter(description = "金额单位: 万元 (default, as published) or 元") @QueryParam("unit") @DefaultValue("万元") String unit,
            @Parameter(description = "json (default) or xlsx") @QueryParam("format") @DefaultValue("json") String format) {
        if (fiscalYear == null) {
            throw ProblemException.invalid("fiscalYear", "is required");
        }
        if (!unit.equals("万元") && !unit.equals("元")) {
            throw ProblemException.invalid("unit", "must be 万元 or 元");
        }
        if (!format.equals("json") && !format.equals("xlsx")) {
            throw ProblemException.invalid("format", "must be json or xlsx");
        }
        DisclosureList list = build(fiscalYear, orgCode, unit);
        if (format.equals("json")) {
            return Response.ok(list).build();
        }
        return Downloads.xlsx(DisclosureWorkbook.write(list), fiscalYear + "年拟公开绩效目标项目统计表.xlsx");
    }

    /** Two queries whatever the number of projects: the tables, then their projects. */
    private DisclosureList build(int fiscalYear, String orgCode, String unit) {
        Filters f = new Filters().scopedTo(caller, "orgPath").under("orgPath", orgCode).eq("fiscalYear", fiscalYear)
                .eq("period", Period.ANNUAL);
        Map<String, Object> params = new java.util.HashMap<>(f.params());
        params.put("statuses", List.of(TableStatus.APPROVED, TableStatus.PUBLISHED));
        List<TargetTable> tables = TargetTable.list(f.where() + " and status in :statuses", params);
        List<UUID> ids = tables.stream().map(t -> t.projectId).distinct().toList();
        Map<UUID, ProjectCopy> projects = ids.isEmpty() ? Map.of()
                : ProjectCopy.<ProjectCopy>list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<ProjectCopy> rows = ids.stream().map(projects::get).filter(p -> p != null)
                .sorted(Comparator.comparing((ProjectCopy p) -> p.orgPath).thenComparing(p -> p.name)).toList();
        List<DisclosureList.Row> out = new ArrayList<>();
        for (ProjectCopy p : rows) {
            out.add(new DisclosureList.Row(String.valueOf(out.size() + 1), p.unitName != null ? p.unitName : p.orgCode, p.name,
                    ProjectFields.printed(p.yearAmount, unit), p.leader, p.phone));
        }
        List<String> departments = rows.stream().map(p -> p.departmentName).filter(d -> d != null).distinct().toList();
        return new DisclosureList(departments.size() == 1 ? departments.get(0) : null, unit, out);
    }
}
