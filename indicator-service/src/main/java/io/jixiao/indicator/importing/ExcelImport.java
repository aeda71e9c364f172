package io.jixiao.indicator.importing;

import io.jixiao.rules.excel.SafeWorkbooks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.jixiao.indicator.project.ProjectCopy;
import io.jixiao.indicator.table.IndicatorView;
import io.jixiao.indicator.table.TargetTableService;
import io.jixiao.indicator.table.TargetTableView;
import io.jixiao.platform.web.Downloads;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.rules.excel.TargetTableWorkbook;
import io.jixiao.rules.importing.ImportResult;
import io.jixiao.rules.importing.ImportedTable;
import io.jixiao.rules.importing.ProjectFields;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** Excel in and out: a target table as the official .xlsx, and that .xlsx read back into a table. */
@Path("/api/v1/target-tables")
public class ExcelImport {
    public static final String XLSX = Downloads.XLSX;

    private final TargetTableService tables;
    private final ImportResource imports;
    private final Caller caller;

    ExcelImport(TargetTableService tables, ImportResource imports, Caller caller) {
        this.tables = tables;
        this.imports = imports;
        this.caller = caller;
    }

    @GET
    @Path("/{id}/export")
    @Produces(XLSX)
    @RolesAllowed({ Roles.ADMIN, Roles.UNIT_STAFF, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER, Roles.AUDITOR })
    @Operation(summary = "导出: the target table as .xlsx in the official layout (一级/二级 merged, amounts in the table's unit)")
    public Response export(@PathParam("id") UUID id,
            @Parameter(description = "only xlsx so far") @QueryParam("format") @DefaultValue("xlsx") String format) {
        if (!"xlsx".equals(format)) {
            throw ProblemException.invalid("format", "must be xlsx");
        }
        TargetTableView t = tables.get(id, caller);
        byte[] file = TargetTableWorkbook.write(imported(t, ProjectCopy.findById(t.projectId())));
        String name = (t.projectName() == null ? "target-table" : t.projectName()) + "-" + t.fiscalYear() + ".xlsx";
        return Downloads.xlsx(file, name);
    }

    @POST
    @Path("/import")
    @Consumes(XLSX)
    @RolesAllowed({ Roles.ADMIN, Roles.UNIT_STAFF, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER })
    @Operation(summary = "Read a target table from an .xlsx in the layout the export writes; dryRun=true returns it")
    public Response importXlsx(byte[] body, @QueryParam("dryRun") boolean dryRun, @QueryParam("orgCode") String orgCode,
            @QueryParam("approved") boolean approved) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "is empty: upload an .xlsx file");
        }
        ImportResult r;
        try {
            r = TargetTableWorkbook.read(new ByteArrayInputStream(body));
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("body", SafeWorkbooks.problem(e));
        }
        return imports.answer(r, dryRun, orgCode, approved);
    }

    /** A stored table in the importer's terms, so export and import share one layout. */
    static ImportedTable imported(TargetTableView t, ProjectCopy p) {
        String unit = ProjectFields.unitLabel(p == null ? null : p.amountUnit);
        Map<String, String> header = new LinkedHashMap<>();
        header.put("项目名称", t.projectName() == null ? "" : t.projectName());
        if (p != null) {
            putIfKnown(header, "实施单位", p.unitName);
            putIfKnown(header, "主管部门", p.departmentName);
            putIfKnown(header, "项目负责人", p.leader);
            putIfKnown(header, "联系电话", p.phone);
        }
        if (p != null && p.yearAmount != null) {
            header.put("年度资金总额", ProjectFields.printed(p.yearAmount, unit));
        }
        List<ImportedTable.Indicator> indicators = t.indicators().stream().map(ExcelImport::indicator).toList();
        return new ImportedTable(t.projectName() + " 项目支出绩效目标表", t.fiscalYear(), t.period().name(), t.periodStartYear(),
                t.periodEndYear(), t.frameworkCode(), unit, header, Map.of(), t.overallGoal(), t.annualGoal(), List.of(),
                indicators);
    }

    private static void putIfKnown(Map<String, String> header, String label, String value) {
        if (value != null && !value.isBlank()) {
            header.put(label, value);
        }
    }

    private static ImportedTable.Indicator indicator(IndicatorView i) {
        return new ImportedTable.Indicator(i.level1(), i.level2(), i.name(), i.target(), i.standard(), i.expectedValue());
    }
}
