package io.jixiao.review.org;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    /** The chain from this organisation up to the root, nearest first: the order review stages climb. */
    public java.util.List<String> ancestorsNearestFirst() {
        java.util.List<String> codes = new java.util.ArrayList<>(java.util.List.of(path.substring(1).split("/")));
        java.util.Collections.reverse(codes);
        return codes.subList(1, codes.size());
    }
}
