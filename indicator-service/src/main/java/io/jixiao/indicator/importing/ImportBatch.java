package io.jixiao.indicator.importing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One imported document: WAITING for its projects, then DONE (every table created) or DONE_WITH_PROBLEMS. */
@Entity
@Table(name = "import_batch")
public class ImportBatch extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "org_code")
    public String orgCode;

    @Column(name = "requested_by")
    public String requestedBy;

    public boolean approved;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** WAITING for project-service's answers; then DONE, or DONE_WITH_PROBLEMS when a table was rejected. */
    public enum Status {
        WAITING,
        DONE,
        DONE_WITH_PROBLEMS
    }

    @JdbcTypeCode(SqlTypes.JSON)
    public java.util.List<String> warnings;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
