package io.jixiao.review.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Where a project is now, from project-service's events: the organisation its review tasks belong to. */
@Entity
@Table(name = "project_location")
public class ProjectLocation extends PanacheEntityBase {
    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "org_code")
    public String orgCode;

    @Column(name = "org_path")
    public String orgPath;

    /** project-service's version of the project: an older event (redelivered late) never moves it back. */
    public int version;
}
