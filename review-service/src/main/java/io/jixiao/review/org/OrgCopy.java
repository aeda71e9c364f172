package io.jixiao.review.org;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** This service's copy of an organisation, from org.* events. */
@Entity
@Table(name = "org_copy")
public class OrgCopy extends PanacheEntityBase {
    @Id
    public String code;

    public String name;
    public String type;

    @Column(name = "parent_code")
    public String parentCode;

    public String path;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
