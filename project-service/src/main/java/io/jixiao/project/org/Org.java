package io.jixiao.project.org;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "org")
public class Org extends PanacheEntityBase {
    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public OrgType type;

    @Column(name = "parent_code")
    public String parentCode;
    /** "/410100/197001/093001/": this org and its ancestors, see OrgPath. */
    public String path;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
