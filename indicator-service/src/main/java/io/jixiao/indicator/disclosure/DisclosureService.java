package io.jixiao.indicator.disclosure;

import io.jixiao.indicator.project.ProjectCopy;
import io.jixiao.indicator.table.Period;
import io.jixiao.indicator.table.TableStatus;
import io.jixiao.indicator.table.TargetTable;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.web.Filters;
import io.jixiao.rules.importing.DisclosureList;
import io.jixiao.rules.importing.ProjectFields;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 拟公开绩效目标项目统计表: the projects whose approved annual targets of a year are (to be) published, in the caller's subtree. */
@ApplicationScoped
public class DisclosureService {
    /** Two queries whatever the number of projects: the tables, then their projects. */
    public DisclosureList list(int fiscalYear, String orgCode, String unit, Caller caller) {
        Filters f = new Filters()
                .scopedTo(caller, "orgPath")
                .under("orgPath", orgCode)
                .eq("fiscalYear", fiscalYear)
                .eq("period", Period.ANNUAL);
        Map<String, Object> params = new java.util.HashMap<>(f.params());
        params.put("statuses", List.of(TableStatus.APPROVED, TableStatus.PUBLISHED));
        List<TargetTable> tables = TargetTable.list(f.where() + " and status in :statuses", params);
        List<UUID> ids = tables.stream().map(t -> t.projectId).distinct().toList();
        Map<UUID, ProjectCopy> projects = ids.isEmpty()
                ? Map.of()
                : ProjectCopy.<ProjectCopy>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<ProjectCopy> rows = ids.stream()
                .map(projects::get)
                .filter(p -> p != null)
                .sorted(Comparator.comparing((ProjectCopy p) -> p.orgPath).thenComparing(p -> p.name))
                .toList();
        List<DisclosureList.Row> out = new ArrayList<>();
        for (ProjectCopy p : rows) {
            out.add(new DisclosureList.Row(
                    String.valueOf(out.size() + 1),
                    p.unitName != null ? p.unitName : p.orgCode,
                    p.name,
                    ProjectFields.printed(p.yearAmount, unit),
                    p.leader,
                    p.phone));
        }
        List<String> departments = rows.stream()
                .map(p -> p.departmentName)
                .filter(d -> d != null)
                .distinct()
                .toList();
        return new DisclosureList(departments.size() == 1 ? departments.get(0) : null, unit, out);
    }
}
