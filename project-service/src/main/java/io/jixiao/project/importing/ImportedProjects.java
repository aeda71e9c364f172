package io.jixiao.project.importing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.platform.event.ImportEvents;
import io.jixiao.platform.outbox.Outbox;
import io.jixiao.platform.security.OrgPath;
import io.jixiao.project.project.Project;
import io.jixiao.project.project.ProjectInput;
import io.jixiao.project.project.ProjectService;
import io.jixiao.project.project.ProjectView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers an import's request for a project: the existing project of that year and name in the organisation's subtree
 * (or of that key, when the request is repeated), else a newly registered one; or, when the header cannot be registered, every
 * reason in words, so the importer can tell its user.
 */
@ApplicationScoped
public class ImportedProjects {
    private final ProjectService projects;
    private final Outbox outbox;
    private final Validator validator;
    private final ObjectMapper json;

    ImportedProjects(ProjectService projects, Outbox outbox, Validator validator, ObjectMapper json) {
        this.projects = projects;
        this.outbox = outbox;
        this.validator = validator;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    @Transactional
    public void resolve(ImportEvents.Requested r) {
        List<String> problems = new ArrayList<>();
        ProjectInput in = null;
        try {
            in = json.convertValue(r.project(), ProjectInput.class);
            in.orgCode = r.orgCode();
            in.sourceRef = r.key();
            validator.validate(in).forEach(v -> problems.add(v.getPropertyPath() + " " + v.getMessage()));
        } catch (IllegalArgumentException e) {
            problems.add("the project header could not be read: " + e.getMessage());
        }
        if (problems.isEmpty()) {
            // a department importing its units' document attaches the tables to the projects its units registered
            Project existing = Project.find(
                            "(orgCode = ?1 and sourceRef = ?2) or (fiscalYear = ?3 and header.name = ?4 "
                                    + "and orgPath like ?5 escape '\\') order by orgPath desc",
                            r.orgCode(),
                            r.key(),
                            in.fiscalYear,
                            String.valueOf(r.project().get("name")).strip(),
                            OrgPath.underPattern(r.orgCode()))
                    .firstResult();
            if (existing != null) {
                answer(r, false, ProjectView.of(existing));
                return;
            }
            projects.problemsRegistering(in, r.orgCode()).forEach(v -> problems.add(v.field() + " " + v.message()));
            if (problems.isEmpty()) {
                answer(r, true, projects.registerFor(in, r.requestedBy()));
                return;
            }
        }
        outbox.publish(
                ImportEvents.TOPIC,
                ImportEvents.REJECTED,
                r.batchId().toString(),
                new ImportEvents.Rejected(r.batchId(), r.key(), problems));
    }

    private void answer(ImportEvents.Requested r, boolean created, ProjectView view) {
        outbox.publish(
                ImportEvents.TOPIC,
                ImportEvents.RESOLVED,
                r.batchId().toString(),
                new ImportEvents.Resolved(r.batchId(), r.key(), created, view));
    }
}
