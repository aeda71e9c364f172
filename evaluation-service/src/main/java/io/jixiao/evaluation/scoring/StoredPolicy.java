package io.jixiao.evaluation.scoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The scoring policy of one fiscal year and region ('*' for all regions), as JSON. */
@Entity
@Table(name = "scoring_policy")
public class StoredPolicy extends PanacheEntityBase {
    @Embeddable
    public record Key(
            @Column(name = "fiscal_year") Integer fiscalYear,
            @Column(name = "region_code") String regionCode) implements Serializable {}

    @EmbeddedId
    public Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    public String policy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
