package io.jixiao.evaluation.evidence;

import io.jixiao.evaluation.evaluation.Evaluation;
import io.jixiao.evaluation.monitoring.MonitoringSheet;
import io.jixiao.evaluation.rectification.Rectification;
import io.jixiao.evaluation.rectification.RectificationStatus;
import io.jixiao.platform.problem.Problem;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.web.HttpLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** 佐证材料 on self-evaluations and rectification answers: the unit uploads, whoever sees the owner downloads. */
@ApplicationScoped
public class EvidenceService {
    static final int MAX_FILES_PER_OWNER = 50;
    private static final int MAX_NAME = 255;

    private final EvidenceStore store;
    private final long maxBytes;

    EvidenceService(EvidenceStore store, HttpLimits limits) {
        this.store = store;
        this.maxBytes = limits.maxUploadBytes();
    }

    @Transactional
    public EvidenceView upload(EvidenceOwner type, UUID ownerId, String fileName, byte[] content, Caller caller) {
        Owner owner = writableOwner(type, ownerId, caller);
        String name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("body", "is empty: send the file's bytes as the request body");
        }
        if (content.length > maxBytes) {
            throw new ProblemException(Problem.of(
                    413, "Body too large", "The file has " + content.length + " bytes; at most " + maxBytes));
        }
        String kind = FileKinds.detect(content, name);
        if (kind == null) {
            throw new ProblemException(Problem.of(
                    415,
                    "Unsupported file",
                    name + " is not a PDF, an image (JPEG, PNG, GIF, TIFF), a Word or an Excel file by its content;"
                            + " evidence is accepted in those forms only"));
        }
        if (Evidence.count("ownerType = ?1 and ownerId = ?2", type, ownerId) >= MAX_FILES_PER_OWNER) {
            throw ProblemException.conflict(
                    "This " + type + " already has " + MAX_FILES_PER_OWNER + " files; remove one before adding more");
        }
        Evidence e = new Evidence();
        e.id = UUID.randomUUID();
        e.ownerType = type;
        e.ownerId = ownerId;
        e.orgCode = owner.orgCode();
        e.orgPath = owner.orgPath();
        e.fileName = name;
        e.contentType = kind;
        e.sizeBytes = content.length;
        e.sha256 = sha256(content);
        e.uploadedBy = caller.name();
        e.uploadedAt = OffsetDateTime.now();
        e.persist();
        Evidence.flush(); // the record first: the stored bytes refer to it
        store.put(e.id, content);
        return EvidenceView.of(e);
    }

    public List<EvidenceView> list(EvidenceOwner type, UUID ownerId, Caller caller) {
        visibleOwner(type, ownerId, caller);
        return Evidence.<Evidence>list("ownerType = ?1 and ownerId = ?2 order by uploadedAt, id", type, ownerId)
                .stream()
                .map(EvidenceView::of)
                .toList();
    }

    public EvidenceView get(UUID id, Caller caller) {
        return EvidenceView.of(visible(id, caller));
    }

    /** The record and the bytes; the bytes are checked against the stored checksum before they go out. */
    public Download content(UUID id, Caller caller) {
        Evidence e = visible(id, caller);
        byte[] content = store.get(id);
        if (content == null || !sha256(content).equals(e.sha256)) {
            throw new IllegalStateException("evidence " + id + " is missing or damaged in the store");
        }
        return new Download(EvidenceView.of(e), content);
    }

    @Transactional
    public void delete(UUID id, Caller caller) {
        Evidence e = visible(id, caller);
        writableOwner(e.ownerType, e.ownerId, caller);
        store.delete(id);
        e.delete();
    }

    public record Download(EvidenceView evidence, byte[] content) {}

    private Evidence visible(UUID id, Caller caller) {
        Evidence e = Evidence.findById(id);
        if (e == null || !caller.sees(e.orgPath)) {
            throw ProblemException.notFound("Evidence", id);
        }
        return e;
    }

    private record Owner(String orgCode, String orgPath, boolean open, String state) {}

    private static Owner visibleOwner(EvidenceOwner type, UUID id, Caller caller) {
        Owner owner = switch (type) {
            case EVALUATION -> {
                Evaluation e = Evaluation.findById(id);
                yield e == null ? null : new Owner(e.orgCode, e.orgPath, e.status.editable(), e.status.name());
            }
            case MONITORING -> {
                MonitoringSheet m = MonitoringSheet.findById(id);
                yield m == null ? null : new Owner(m.orgCode, m.orgPath, m.status.editable(), m.status.name());
            }
            case RECTIFICATION -> {
                Rectification r = Rectification.findById(id);
                yield r == null
                        ? null
                        : new Owner(r.orgCode, r.orgPath, r.status != RectificationStatus.CLOSED, r.status.name());
            }
        };
        if (owner == null || !caller.sees(owner.orgPath())) {
            throw ProblemException.notFound(type.label(), id);
        }
        return owner;
    }

    /** The unit's own staff (or an admin) add and remove evidence while the owner is still open to the unit. */
    private static Owner writableOwner(EvidenceOwner type, UUID id, Caller caller) {
        Owner owner = visibleOwner(type, id, caller);
        if (!caller.actsForUnit(owner.orgCode())) {
            throw ProblemException.forbidden(
                    "Only staff of " + owner.orgCode() + " and admins add or remove its evidence");
        }
        if (!owner.open()) {
            throw ProblemException.conflict(
                    "The " + type + " " + id + " is " + owner.state() + "; its evidence can no longer change");
        }
        return owner;
    }

    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1); // no client paths
        if (name.isEmpty()) {
            throw ProblemException.invalid("fileName", "is required: the file's name, e.g. 困难证明.pdf");
        }
        if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid(
                    "fileName", "must be at most " + MAX_NAME + " characters without control characters");
        }
        return name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
