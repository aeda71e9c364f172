package io.jixiao.indicator.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 指标体系: one version of a template of 一级 → 二级 names. A new version never changes an old one. */
@Entity
@Table(name = "framework")
public class Framework extends PanacheEntityBase {
    @Embeddable
    public record Key(String code, Integer version) implements Serializable {}

    @EmbeddedId
    public Key key;

    public String name;
    public String basis;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Level1> level1;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
