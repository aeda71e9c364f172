package io.jixiao.indicator.importing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One table of an imported document: WAITING for its project, CREATED, or REJECTED with the reasons. */
@Entity
@Table(name = "import_item")
public class ImportItem extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "batch_id")
    public UUID batchId;

    public int position;

    @Column(name = "project_key")
    public String projectKey;

    @Column(name = "project_name")
    public String projectName;

    public String period;
    /** the table as read (ImportedTable as JSON) */
    @JdbcTypeCode(SqlTypes.JSON)
    public String imported;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** A table of the document: WAITING for its project, then CREATED, or REJECTED with its problems. */
    public enum Status {
        WAITING,
        CREATED,
        REJECTED
    }

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "target_table_id")
    public UUID targetTableId;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> problems;
}
