package io.jixiao.indicator.importing;

import io.jixiao.indicator.project.ProjectCopy;
import io.jixiao.indicator.table.IndicatorView;
import io.jixiao.indicator.table.TargetTableService;
import io.jixiao.indicator.table.TargetTableView;
import io.jixiao.platform.security.Caller;
import io.jixiao.rules.excel.TargetTableWorkbook;
import io.jixiao.rules.importing.ImportedTable;
import io.jixiao.rules.importing.ProjectFields;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** 导出: a stored target table as the official .xlsx, written through the importer's terms so export and import agree. */
@ApplicationScoped
public class TableExports {
    private final TargetTableService tables;

    TableExports(TargetTableService tables) {
        this.tables = tables;
    }

    /** A file to download: its bytes and the name it is saved under. */
    public record File(byte[] bytes, String name) {}

    public File xlsx(UUID id, Caller caller) {
        TargetTableView t = tables.get(id, caller);
        byte[] bytes = TargetTableWorkbook.write(imported(t, ProjectCopy.findById(t.projectId())));
        String name = (t.projectName() == null ? "target-table" : t.projectName()) + "-" + t.fiscalYear() + ".xlsx";
        return new File(bytes, name);
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
        List<ImportedTable.Indicator> indicators =
                t.indicators().stream().map(TableExports::indicator).toList();
        return new ImportedTable(
                t.projectName() + " 项目支出绩效目标表",
                t.fiscalYear(),
                t.period().name(),
                t.periodStartYear(),
                t.periodEndYear(),
                t.frameworkCode(),
                unit,
                header,
                Map.of(),
                t.overallGoal(),
                t.annualGoal(),
                List.of(),
                indicators);
    }

    private static void putIfKnown(Map<String, String> header, String label, String value) {
        if (value != null && !value.isBlank()) {
            header.put(label, value);
        }
    }

    private static ImportedTable.Indicator indicator(IndicatorView i) {
        return new ImportedTable.Indicator(
                i.level1(), i.level2(), i.name(), i.target(), i.standard(), i.expectedValue());
    }
}
