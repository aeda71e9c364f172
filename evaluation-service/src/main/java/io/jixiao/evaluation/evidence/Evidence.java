package io.jixiao.evaluation.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 佐证材料: one file's record; its bytes are in the {@link EvidenceStore}. Scoped like its owner (org path). */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type")
    public EvidenceOwner ownerType;

    @Column(name = "owner_id")
    public UUID ownerId;

    @Column(name = "org_code")
    public String orgCode;

    @Column(name = "org_path")
    public String orgPath;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    /** SHA-256 of the content, hex: the download's ETag and a check against a damaged copy. */
    public String sha256;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;
}
