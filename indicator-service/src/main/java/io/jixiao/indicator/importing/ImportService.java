package io.jixiao.indicator.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.indicator.project.ProjectCopies;
import io.jixiao.indicator.project.ProjectCopy;
import io.jixiao.indicator.table.IndicatorInput;
import io.jixiao.indicator.table.Period;
import io.jixiao.indicator.table.TargetTableInput;
import io.jixiao.indicator.table.TargetTableService;
import io.jixiao.platform.event.ImportEvents;
import io.jixiao.platform.outbox.Outbox;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.rules.importing.EvaluationSheets;
import io.jixiao.rules.importing.ImportResult;
import io.jixiao.rules.importing.ImportedEvaluation;
import io.jixiao.rules.importing.ImportedTable;
import io.jixiao.rules.importing.ProjectFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Saving an import: the batch and its tables are stored, and project-service is asked (in the same transaction,
 * through the outbox) for the projects they need. Its answers create the tables as DRAFT (or, for history, as approved
 * version 1) or record why not. Nothing is half-created: a table exists only once its project does.
 */
@ApplicationScoped
public class ImportService {
    private final Outbox outbox;
    private final ObjectMapper json;
    private final TargetTableService tables;
    private final ProjectCopies projectCopies;
    private final Validator validator;

    ImportService(
            Outbox outbox,
            ObjectMapper json,
            TargetTableService tables,
            ProjectCopies projectCopies,
            Validator validator) {
        this.outbox = outbox;
        this.json = json;
        this.tables = tables;
        this.projectCopies = projectCopies;
        this.validator = validator;
    }

    @Transactional
    public ImportBatchView start(ImportResult read, String orgCode, boolean approved, Caller caller) {
        ImportBatch b = new ImportBatch();
        b.id = UUID.randomUUID();
        b.orgCode = orgCode;
        b.requestedBy = caller.name();
        b.approved = approved;
        b.status = ImportBatch.Status.WAITING;
        b.warnings = new ArrayList<>(read.warnings());
        b.createdAt = OffsetDateTime.now();
        List<ImportedTable> all = new ArrayList<>(read.tables());
        for (ImportedEvaluation e : read.evaluations()) {
            if (approved) {
                all.add(EvaluationSheets.targets(e, b.warnings));
            } else {
                b.warnings.add(
                        e.projectName() + ": a self-evaluation sheet is imported with POST /api/v1/evaluations/import;"
                                + " here it gives targets only to an admin recording approved history (approved=true)");
            }
        }
        b.persist();
        Map<String, String> keys = new LinkedHashMap<>();
        List<ImportItem> items = new ArrayList<>();
        for (ImportedTable t : all) {
            Object printedName = t.project().get("name");
            if (printedName == null || printedName.toString().isBlank()) {
                // a table whose document names no project cannot become a project's table: said at once, nothing asked
                items.add(item(
                        b,
                        items.size() + 1,
                        t,
                        "none",
                        "",
                        ImportItem.Status.REJECTED,
                        List.of("项目名称: the document gives no project name for \"" + t.title() + "\"")));
                continue;
            }
            String name = printedName.toString();
            String projectKey = name + "|" + t.year();
            boolean first = !keys.containsKey(projectKey);
            String key = keys.computeIfAbsent(projectKey, k -> "import:" + b.id + ":" + (keys.size() + 1));
            items.add(item(b, items.size() + 1, t, key, name, ImportItem.Status.WAITING, null));
            if (first) {
                outbox.publish(
                        ImportEvents.TOPIC,
                        ImportEvents.REQUESTED,
                        b.id.toString(),
                        new ImportEvents.Requested(b.id, key, orgCode, caller.name(), project(t)));
            }
        }
        finish(b);
        return ImportBatchView.of(b, items);
    }

    private ImportItem item(
            ImportBatch b,
            int position,
            ImportedTable t,
            String key,
            String name,
            ImportItem.Status status,
            List<String> problems) {
        ImportItem item = new ImportItem();
        item.id = UUID.randomUUID();
        item.batchId = b.id;
        item.position = position;
        item.projectKey = key;
        item.projectName = name;
        item.period = t.period();
        item.imported = write(t);
        item.status = status;
        item.problems = problems;
        item.persist();
        return item;
    }

    /** project-service registered or found the project: create every table of the batch that waited for it. */
    @Transactional
    public void resolved(UUID batchId, String key, io.jixiao.platform.event.ProjectEvents.Project project) {
        ImportBatch b = ImportBatch.findById(batchId, LockModeType.PESSIMISTIC_WRITE);
        if (b == null) {
            return;
        }
        ProjectCopy copy = projectCopies.apply(project);
        for (ImportItem item : waiting(batchId, key)) {
            item.projectId = copy.id;
            ImportedTable t = read(item.imported);
            TargetTableInput in = input(t, copy.id);
            List<String> problems = problems(in, copy);
            if (problems.isEmpty()) {
                item.targetTableId = tables.createImported(copy, in, b.approved, b.requestedBy);
                item.status = ImportItem.Status.CREATED;
            } else {
                item.status = ImportItem.Status.REJECTED;
                item.problems = problems;
            }
        }
        finish(b);
    }

    @Transactional
    public void rejected(UUID batchId, String key, List<String> problems) {
        ImportBatch b = ImportBatch.findById(batchId, LockModeType.PESSIMISTIC_WRITE);
        if (b == null) {
            return;
        }
        for (ImportItem item : waiting(batchId, key)) {
            item.status = ImportItem.Status.REJECTED;
            item.problems = problems.stream().map(p -> "project: " + p).toList();
        }
        finish(b);
    }

    public ImportBatchView get(UUID id, Caller caller) {
        ImportBatch b = ImportBatch.findById(id);
        if (b == null || !(caller.seesEverything() || b.orgCode.equals(caller.orgCode()))) {
            throw ProblemException.notFound("Import", id);
        }
        return ImportBatchView.of(b, ImportItem.list("batchId = ?1 order by position", id));
    }

    private static List<ImportItem> waiting(UUID batchId, String key) {
        return ImportItem.list(
                "batchId = ?1 and projectKey = ?2 and status = ?3 order by position",
                batchId,
                key,
                ImportItem.Status.WAITING);
    }

    private static void finish(ImportBatch b) {
        List<ImportItem> all = ImportItem.list("batchId", b.id);
        if (all.stream().noneMatch(i -> i.status == ImportItem.Status.WAITING)) {
            b.status = all.stream().allMatch(i -> i.status == ImportItem.Status.CREATED)
                    ? ImportBatch.Status.DONE
                    : ImportBatch.Status.DONE_WITH_PROBLEMS;
            b.finishedAt = OffsetDateTime.now();
        }
    }

    /** Bean validation and the period rule, checked before anything is written so a bad table is reported, not retried. */
    private List<String> problems(TargetTableInput in, ProjectCopy project) {
        List<String> out = new ArrayList<>();
        validator.validate(in).forEach(v -> out.add(v.getPropertyPath() + " " + v.getMessage()));
        TargetTableService.periodProblems(in, project).forEach(v -> out.add(v.field() + " " + v.message()));
        return out;
    }

    static TargetTableInput input(ImportedTable t, UUID projectId) {
        List<IndicatorInput> indicators = t.indicators().stream()
                .filter(i -> i.name() != null)
                .map(i -> new IndicatorInput(
                        i.level1(),
                        i.level2(),
                        i.name(),
                        i.target(),
                        i.standard(),
                        i.expected(),
                        ProjectFields.yuan(i.weight(), "元"),
                        null,
                        null,
                        null))
                .toList();
        Period period = "MID_TERM".equals(t.period()) ? Period.MID_TERM : Period.ANNUAL;
        return new TargetTableInput(
                projectId,
                period,
                period == Period.MID_TERM ? t.periodStartYear() : null,
                period == Period.MID_TERM ? t.periodEndYear() : null,
                t.framework(),
                null,
                t.overallGoal(),
                t.annualGoal(),
                indicators,
                null);
    }

    /** The project header to register, with the cost breakdown in 元. */
    private static Map<String, Object> project(ImportedTable t) {
        Map<String, Object> p = new LinkedHashMap<>(t.project());
        List<Map<String, Object>> costs = new ArrayList<>();
        for (ImportedTable.CostLine c : t.costItems()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("item", c.item());
            line.put("amount", ProjectFields.yuan(c.amount(), t.amountUnit()));
            line.put("basis", c.basis());
            line.put("lastYearActual", ProjectFields.yuan(c.lastYearActual(), t.amountUnit()));
            line.put("thisYearPlan", ProjectFields.yuan(c.thisYearPlan(), t.amountUnit()));
            costs.add(line);
        }
        if (!costs.isEmpty()) {
            p.put("costItems", costs);
        }
        return p;
    }

    private String write(ImportedTable t) {
        try {
            return json.writeValueAsString(t);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportedTable read(String text) {
        try {
            return json.readValue(text, ImportedTable.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored import item is unreadable", e);
        }
    }
}
