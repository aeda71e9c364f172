package io.jixiao.indicator.table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One submission of a target table: the snapshot the reviewers saw and how their review ended. */
@Entity
@Table(name = "target_table_version")
public class TableVersion extends PanacheEntityBase {
    public enum Kind {
        SUBMISSION,
        ADJUSTMENT
    }

    @Embeddable
    public record Key(@Column(name = "table_id") UUID tableId, Integer version) implements Serializable {}

    @EmbeddedId
    public Key key;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Kind kind;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;
    /** The TargetTableView as submitted, JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String snapshot;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public io.jixiao.platform.event.ReviewEvents.Outcome outcome;

    public String opinion;
    public String grade;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}
