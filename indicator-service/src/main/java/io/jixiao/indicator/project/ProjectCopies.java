package io.jixiao.indicator.project;

import io.jixiao.platform.event.ProjectEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

/**
 * The local copies of project-service's projects (项目), kept from its events: the project-copy consumer applies them,
 * and so does an import when project-service answers with the project it registered for the import's table.
 */
@ApplicationScoped
public class ProjectCopies {
    /**
     * Applies a project's state unless a newer version is already here. The same project arrives on two topics (projects,
     * and an import's answer on imports) and may be applied by both consumers at once: the row is created with
     * {@code ON CONFLICT DO NOTHING} and then locked, so the two serialise instead of one failing on the primary key.
     */
    public ProjectCopy apply(ProjectEvents.Project p) {
        ProjectCopy.getEntityManager()
                .createNativeQuery("""
                INSERT INTO project_copy (id, fiscal_year, org_code, org_path, name, amount_unit, version, updated_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, -1, now()) ON CONFLICT (id) DO NOTHING""")
                .setParameter(1, p.id())
                .setParameter(2, p.fiscalYear())
                .setParameter(3, p.orgCode())
                .setParameter(4, p.orgPath())
                .setParameter(5, p.name())
                .setParameter(6, p.amountUnitOrYuan())
                .executeUpdate();
        ProjectCopy copy = ProjectCopy.findById(p.id(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (copy.version > p.version()) {
            return copy;
        }
        boolean moved = copy.version >= 0 && !p.orgPath().equals(copy.orgPath);
        copy.fiscalYear = p.fiscalYear();
        copy.orgCode = p.orgCode();
        copy.orgPath = p.orgPath();
        if (moved) {
            // an admin moved the project to another organisation: its tables follow, so the new owner writes them and
            // the old one no longer can (access is decided on the table's own org)
            ProjectCopy.getEntityManager()
                    .createNativeQuery(
                            "UPDATE target_table SET org_code = ?2, org_path = ?3" + " WHERE project_id = ?1")
                    .setParameter(1, p.id())
                    .setParameter(2, copy.orgCode)
                    .setParameter(3, copy.orgPath)
                    .executeUpdate();
        }
        copy.name = p.name();
        copy.amountUnit = p.amountUnitOrYuan();
        copy.yearAmount = p.yearAmount();
        copy.unitName = p.unitName();
        copy.departmentName = p.departmentName();
        copy.leader = p.leader();
        copy.phone = p.phone();
        copy.version = p.version();
        copy.updatedAt = OffsetDateTime.now();
        copy.persist();
        return copy;
    }
}
